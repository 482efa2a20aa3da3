/* global window, document, requestAnimationFrame */
// Article review benchmark (a script, not a timed test): 1 MB of article text pasted (the texts of
// tests/fixtures/articles/text/ end to end), then in Debian's Chromium via playwright-core:
//  - how long after the app's answer the review is on screen (the answer arrives → a frame is painted),
//  - per-keystroke handling in a candidate's Statement field (keydown → the next frame),
//  - "Select all" and "Set credibility" for the selected (click → the next frame),
//  - the width of the "Select only a speaker" list.
// Prints the numbers and ends with `RESULT {json}`. Run with `npm run bench:article-review` (builds first);
// BENCH_SCREENSHOT=path.png also saves a screenshot of the review.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const repoRoot = join(import.meta.dirname, '..');
const BYTES = Number(process.env.BENCH_BYTES ?? 1_000_000);
const KEYS = 20;
const dataDir = mkdtempSync(join(tmpdir(), 'briefing-bench-review-'));

const folder = join(repoRoot, 'tests', 'fixtures', 'articles', 'text');
let text = '';
for (const name of readdirSync(folder).sort()) {
  if (text.length >= BYTES) break;
  text += `${readFileSync(join(folder, name), 'utf8').trim()}\n\n`;
}
text = text.slice(0, BYTES);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const round = (n) => Math.round(n);

const host = spawn(
  process.execPath,
  [join(repoRoot, 'bin', 'briefing.mjs'), 'serve', '--no-open', '--port', '0', '--data', dataDir],
  { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise((resolve, reject) => {
  let out = '';
  host.stdout.on('data', (c) => {
    out += c.toString();
    const m = /running at (http:\/\/127\.0\.0\.1:\d+\/)#launch=/.exec(out);
    if (m) {
      const { token } = JSON.parse(readFileSync(join(dataDir, 'browser-session.json'), 'utf8'));
      resolve(`${m[1]}#token=${token}`);
    }
  });
  host.once('exit', () => reject(new Error(`host exited: ${out}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const result = {};
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByRole('button', { name: 'Import article' }).click();
  await page.locator('#article-title').fill('A 1 MB wire file');
  // As a paste does it: the whole text in one input event (fill types it in pieces, slowly at 1 MB).
  await page.locator('#article-text').evaluate((el, value) => {
    const setter = Object.getOwnPropertyDescriptor(window.HTMLTextAreaElement.prototype, 'value').set;
    setter.call(el, value);
    el.dispatchEvent(new window.Event('input', { bubbles: true }));
  }, text);
  const answer = page.waitForResponse(/\/api\/import%3Aarticle-candidates$/, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Find attributed facts' }).click();
  await answer;
  const answered = Date.now();
  await page.getByLabel('Statement 1', { exact: true }).waitFor({ timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  result.reviewAppearsMs = Date.now() - answered;
  result.candidates = Number(
    /(\d[\d,]*) candidate facts found/.exec(await page.locator('body').innerText())?.[1]?.replace(/,/g, ''),
  );
  result.rowsInDom = await page.getByTestId('candidate').count();

  // Each key's handling: from its keydown to the next frame (React re-renders during the input event).
  await page.evaluate(() => {
    window.__keys = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const t = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t)));
      },
      true,
    );
  });
  await page.getByLabel('Statement 1', { exact: true }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press('x');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  }
  const keys = await page.evaluate(() => window.__keys.slice(1));
  result.keystrokeP50Ms = round(pct(keys, 50));
  result.keystrokeP95Ms = round(pct(keys, 95));

  const clickToFrame = async (name) => {
    const t = Date.now();
    await page.getByRole('button', { name, exact: true }).click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    return Date.now() - t;
  };
  result.selectAllMs = await clickToFrame('Select all');
  await page.getByLabel('Credibility for selected').selectOption('2');
  result.setCredibilityMs = await clickToFrame('Set credibility');
  result.speakerListWidthPx = round((await page.getByLabel('Select by speaker').boundingBox())?.width ?? NaN);
  if (process.env.BENCH_SCREENSHOT) await page.screenshot({ path: process.env.BENCH_SCREENSHOT });
} finally {
  await browser.close();
  host.kill('SIGTERM');
  await new Promise((r) => host.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(22)} ${v}`);
console.log(`RESULT ${JSON.stringify(result)}`);
