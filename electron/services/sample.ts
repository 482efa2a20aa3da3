import { inlineFromLegacy, type Inline } from '../core/rich-text';
import type { BriefingSection, FactInput } from '../core/schemas';
import type { Services } from './services';

/** The seed article's metadata. The text carries no byline, so the outlet names it as sample coverage. */
export const SAMPLE_SOURCE = {
  title: 'Zelenskyy rules out recognising Donbas as Russian after Berlin talks',
  outlet: 'Berlin talks coverage (sample article)',
  published: '2025-12-15',
  grade: 'B',
} as const;

type SampleFact = Omit<FactInput, 'sourceId'> & { key: string };

const tags = ['ukraine', 'peace-talks'];

/** Facts drawn from the seed article, attributed as the text attributes them. */
export const SAMPLE_FACTS: readonly SampleFact[] = [
  {
    key: 'zelenskyy-recognition',
    statement: 'Ukraine will not recognise the Donbas as Russian, either in practice or in law.',
    quote: 'de jure or de facto',
    tags: [...tags, 'territory'],
    credibility: 2,
    status: 'verified',
    speaker: 'Volodymyr Zelenskyy',
    speakerRole: 'President of Ukraine',
  },
  {
    key: 'tusk-military',
    statement: 'American negotiators described a response that would be “military” if Russia attacked again.',
    quote: 'military',
    speaker: 'Donald Tusk',
    speakerRole: 'Polish prime minister',
  },
  {
    key: 'donetsk-withdrawal',
    statement:
      'US officials were leaning on Ukraine to pull its forces back from the eastern Donetsk region.',
    speaker: 'US officials',
    relayedBy: 'Reuters',
  },
  {
    key: 'peskov-nato',
    statement: 'Russia’s demand that Ukraine not join NATO is a fundamental issue in any peace settlement.',
    speaker: 'Dmitry Peskov',
    speakerRole: 'Kremlin spokesman',
  },
  {
    key: 'le-monde-guarantees',
    statement: 'Zelenskyy argued for legally binding assurances, ratified by the US Congress.',
    quote: 'legally binding',
    speaker: 'Volodymyr Zelenskyy',
    relayedBy: 'Le Monde',
  },
  {
    key: 'ninety-percent',
    statement: 'The talks had resolved about 90% of issues, with territory still outstanding.',
    speaker: 'US officials',
  },
  {
    key: 'russia-not-agreed',
    statement: 'Russia had yet to agree to the changes under discussion.',
    // Reuters' own reporting ("Reuters noted that…"): an outlet relays, it does not speak.
    relayedBy: 'Reuters',
  },
];

/**
 * Saves the seed article as a source, its facts, and a situation brief citing them. Returns the
 * briefing id. Used by `briefing demo` and the integration tests.
 */
export function createSampleBriefing(services: Services, articleText: string): Promise<string> {
  return services.library.transaction(async (store) => {
    const source = await store.createSource({ ...SAMPLE_SOURCE, text: articleText });
    const ids = new Map<string, string>();
    for (const { key, ...f } of SAMPLE_FACTS)
      ids.set(key, (await store.createFact({ ...f, sourceId: source.id })).id);
    const id = (key: string) => ids.get(key) ?? '';
    const template = services.templates.get('situation-brief');
    const briefing = await store.createBriefing(
      {
        templateId: template.id,
        title: 'Berlin peace talks: territory remains the sticking point',
        date: '2025-12-16',
      },
      template,
    );
    const block = (n: number, text: string, factIds: string[]) => ({
      id: `b${n}`,
      content: inlineFromLegacy(text, factIds),
    });
    const cite = (key: string): Inline => ({ type: 'cite', factId: id(key) });
    const sections: BriefingSection[] = [
      {
        id: 'bottom-line',
        blocks: [
          {
            // One sentence, two sources, each chip right after the claim it supports.
            id: 'b1',
            content: [
              { type: 'text', text: 'Washington says ' },
              { type: 'text', text: 'most issues are settled', bold: true },
              cite('ninety-percent'),
              { type: 'text', text: ', but Kyiv still refuses to cede Donbas ' },
              { type: 'text', text: 'de jure or de facto', italic: true },
              { type: 'text', text: '.' },
              cite('zelenskyy-recognition'),
            ],
          },
        ],
      },
      {
        id: 'key-developments',
        blocks: [
          block(2, 'US negotiators are pressing Kyiv to withdraw from the part of Donetsk it still holds.', [
            id('donetsk-withdrawal'),
          ]),
          block(3, 'Zelenskyy ruled out any recognition of Russian sovereignty over Donbas.', [
            id('zelenskyy-recognition'),
          ]),
          block(4, 'The US has floated Article 5-style guarantees backed by a military response.', [
            id('tusk-military'),
          ]),
          block(5, 'Kyiv wants guarantees to be legally binding and ratified by Congress.', [
            id('le-monde-guarantees'),
          ]),
          block(6, 'Moscow insists that Ukraine stay out of NATO.', [id('peskov-nato')]),
        ],
      },
      {
        id: 'outlook',
        blocks: [
          block(7, 'Russia has not accepted the proposals; a deal depends on the territorial question.', [
            id('russia-not-agreed'),
          ]),
        ],
      },
    ];
    await store.updateBriefing(briefing.id, { ...briefing, sections }, template);
    return briefing.id;
  });
}
