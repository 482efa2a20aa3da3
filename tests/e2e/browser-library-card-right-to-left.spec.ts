import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JAZEERA_NET, makeFact, makeSource } from '../helpers/builders';
import { startHost } from './browser-host';
import { briefingFileBytes } from './briefing-file';
import { layoutOf } from './text-layout';
import { openBriefingFile } from './user-flow';

const SPEAKER = 'رياض مزور';
const ROLE = 'وزير الصناعة والتجارة';

/**
 * A new analyst's card: an Arabic speaker and role quoted in an Arabic outlet read, left to right as the
 * English words around them, "الجزيرة نت quoted in ,رياض مزور, وزير…" — the outlet first, as if the
 * outlet were quoted in the minister. Each name is its own isolate: speaker, role, "quoted in", outlet.
 */
test('a library card keeps an Arabic speaker, role and outlet in the order of its English words', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-card-rtl-')));
  try {
    const file = briefingFileBytes('situation-brief', {
      title: 'Trade',
      sections: [],
      sources: [makeSource('s', JAZEERA_NET, { title: 'المغرب يراهن على الاستثمارات' })],
      facts: [
        makeFact('f', 's', {
          statement: 'Morocco expects new car plants.',
          speaker: SPEAKER,
          speakerRole: ROLE,
          quote: 'نتوقع مصانع جديدة',
        }),
      ],
    });
    await openBriefingFile(page, host.url, file, 'trade.briefing.json');
    const credit = page.getByTestId('fact-credit');
    await expect(credit).toContainText('quoted in');
    // Isolated by elements: no isolate or marker characters in the text (some fonts draw them as boxes).
    expect(await credit.textContent()).not.toMatch(/[\ue000\ue001\u2066-\u2069]/u);
    await expect(credit.locator('bdi')).toHaveText([SPEAKER, ROLE, JAZEERA_NET]);
    const { direction, boxes } = await layoutOf(credit, {
      speaker: SPEAKER,
      role: ROLE,
      quoted: 'quoted in',
      outlet: JAZEERA_NET,
    });
    expect(direction).toBe('ltr');
    // Each piece after the one before: further right on its line, or on a later line.
    const order = [boxes.speaker, boxes.role, boxes.quoted, boxes.outlet];
    order.slice(1).forEach((box, i) => {
      const before = order[i]!;
      expect(box.top > before.top + 4 || box.left >= before.right - 1, `piece ${i + 1}`).toBe(true);
    });
  } finally {
    await host.stop();
  }
});
