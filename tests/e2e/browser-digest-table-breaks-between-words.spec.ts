import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceRecord } from '../../electron/core/schemas';
import { block, makeFact, makeSource } from '../helpers/builders';
import { startHost } from './browser-host';
import { briefingFileBytes } from './briefing-file';
import { openBriefingFile } from './user-flow';

/**
 * The tester's digest in the narrow preview pane: the table squeezed its columns to a letter a line
 * ("Reute rs", "G r a d e"), a Reuters fact with no speaker had "reported by Reuters" as who said it,
 * a regulation its printer as its source, and the library card said "reported by Reuters · Reuters".
 */
function briefingFile(): Buffer {
  const reuters = makeSource('reuters', 'Reuters', {
    title: 'EU member states split',
    published: '2024-10-04',
  });
  const regulation = sourceRecord('reg', {
    item: {
      id: 'reg',
      type: 'report',
      author: [{ literal: 'European Commission' }],
      title: 'Commission Implementing Regulation (EU) 2024/2754',
      publisher: 'Publications Office of the European Union',
      issued: { 'date-parts': [[2024, 10, 29]] },
    },
    grade: 'F',
  });
  const facts = [
    makeFact('vote', 'reuters', {
      relayedBy: 'Reuters',
      statement:
        'Ten member states backed the duties, five opposed and twelve abstained in the 4 October vote.',
    }),
    makeFact('duty', 'reg', {
      statement:
        'The EU imposed definitive countervailing duties of up to 35.3% on Chinese-made battery electric vehicles.',
      credibility: 1,
    }),
  ];
  return briefingFileBytes('daily-news-digest', {
    title: 'Digest',
    sections: [{ id: 'reporting', blocks: facts.map((f) => block(`b-${f.id}`, f.statement, [f.id])) }],
    sources: [reuters, regulation],
    facts,
  });
}

test('the digest table in the narrow preview breaks lines between words, says who spoke and who wrote', async ({
  page,
}) => {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'briefing-e2e-digest-words-')));
  try {
    await page.setViewportSize({ width: 1400, height: 900 });
    await openBriefingFile(page, host.url, briefingFile(), 'digest.briefing.json');
    const table = page.locator('.pv-page .pv-table');
    await expect(table).toContainText('Grade');
    // Every word of the header and of the narrow columns on one line: none cut between two.
    const cut = await table.evaluate((t) => {
      const broken: string[] = [];
      for (const cell of Array.from(t.querySelectorAll('th, td:not(:first-child)'))) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          for (const m of node.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
            if (tops.size > 1) broken.push(m[0]);
          }
        }
      }
      return broken;
    });
    expect(cut).toEqual([]);
    // Still within the page.
    const fits = await table.evaluate((t) => {
      const page = t.closest('.pv-page')!;
      const style = getComputedStyle(page);
      return (
        t.getBoundingClientRect().right <=
        page.getBoundingClientRect().right - parseFloat(style.paddingRight) + 1
      );
    });
    expect(fits).toBe(true);
    const row = (text: string) => table.locator('tr', { hasText: text }).locator('td');
    await expect(row('Ten member states')).toHaveText([
      /Ten member states/,
      '—',
      'Reuters',
      '4 October 2024',
      'B2',
    ]);
    await expect(row('countervailing')).toHaveText([
      /countervailing/,
      '—',
      'European Commission',
      '29 October 2024',
      'F1',
    ]);
    // The library card names the outlet once.
    const card = page.locator('[data-testid="fact"]', { hasText: 'Ten member states' });
    await expect(card.locator('.meta')).toContainText('Reuters');
    expect((await card.locator('.meta').innerText()).match(/Reuters/g)).toHaveLength(1);
    await expect(card.locator('.meta')).not.toContainText('reported by');
  } finally {
    await host.stop();
  }
});
