import { describe, expect, it } from 'vitest';
import { templateChangeNotice } from '../../../renderer/src/app/template-change-notice';
import { block, makeBriefing, makeTemplate } from '../../helpers/builders';

const v1 = makeTemplate(
  'desk',
  [
    { id: 'bottom-line', heading: 'Bottom line' },
    { id: 'positions', heading: 'Positions' },
    { id: 'outlook', heading: 'Outlook' },
  ],
  {},
);
const v2 = { ...makeTemplate('desk', [{ id: 'bottom-line', heading: 'Bottom line' }], {}), version: 2 };

describe('the open briefing’s template changing under it', () => {
  it('names the sections with text the new version lacks, and where their text is', () => {
    const briefing = makeBriefing('desk', 'T', [
      { id: 'bottom-line', blocks: [block('a', 'Talks stall.')] },
      { id: 'positions', blocks: [block('b', 'Kyiv refuses.')] },
      { id: 'outlook', blocks: [] },
    ]);
    expect(templateChangeNotice(briefing, v1, v2)).toBe(
      'The template “desk” changed (now version 2): “Positions” is no longer one of its sections. Its text is kept apart at the end of the briefing, to move into a section or delete.',
    );
  });

  it('says nothing when none of the writer’s text moved, or for another template', () => {
    const empty = makeBriefing('desk', 'T', [{ id: 'positions', blocks: [] }]);
    expect(templateChangeNotice(empty, v1, v2)).toBeNull();
    expect(templateChangeNotice(empty, v1, v1)).toBeNull();
    expect(templateChangeNotice(null, v1, v2)).toBeNull();
    expect(templateChangeNotice(empty, v1, { ...v2, id: 'other' })).toBeNull();
  });
});
