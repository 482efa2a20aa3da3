import { expect, test } from '@playwright/test';
import { restateSampleFact, withSample } from './sample-store';

/**
 * A fact in Chinese, Japanese and Korean with emoji, on a machine with no font for them (the test
 * machine has DejaVu only): the library shows each character in the app's own Noto fonts, the PDF's,
 * not as a box. Chromium says which fonts drew a node's text (CSS.getPlatformFontsForNode).
 */
const STATEMENT = '北京会谈：東京のかな、서울 대표단 🌍🤝';

test('a fact in Chinese, Japanese and Korean with emoji shows its glyphs in the bundled Noto fonts, not boxes', async ({
  page,
}) => {
  await withSample(page, async () => {
    await restateSampleFact(page, STATEMENT);

    const card = page.locator('.fact-open', { hasText: STATEMENT });
    await expect(card).toBeVisible();
    await page.evaluate(() => document.fonts.ready);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: '.fact-open',
    });
    // The card whose text is the statement: the fonts that drew it and how many glyphs each.
    const index = await page
      .locator('.fact-open')
      .evaluateAll((els, text) => els.findIndex((e) => e.textContent === text), STATEMENT);
    expect(index).toBeGreaterThanOrEqual(0);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: nodeIds[index]! });

    const used = new Map(fonts.map((f) => [f.familyName, f.glyphCount]));

    // Every CJK character in Noto Sans SC (hanzi, kanji, kana), every hangul syllable in Noto Sans KR,
    // both emoji in Noto Emoji; the spaces and punctuation in whatever the UI's font is.
    const count = (re: RegExp) => [...STATEMENT.matchAll(re)].length;
    expect(used.get('Noto Sans SC')).toBe(count(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/gu));
    expect(used.get('Noto Sans KR')).toBe(count(/[\uac00-\ud7af]/gu));
    expect(used.get('Noto Emoji')).toBe(count(/\p{Extended_Pictographic}/gu));
    expect(fonts.every((f) => f.isCustomFont || !/Noto/.test(f.familyName))).toBe(true);

    await card.screenshot({ path: test.info().outputPath('cjk-and-emoji-fact.png') });
  });
});
