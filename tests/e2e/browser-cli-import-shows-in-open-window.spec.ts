import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from './browser-host';
import { briefingCli } from './sample-store';
import { waitReady } from './user-flow';

// `npx briefing import facts …` while browser mode runs on the same data folder is done through the app,
// which pushes the change: the open window's facts list, its count and the Sources tab follow, no reload.
test('a CLI import while browser mode runs shows in the open window without a reload', async ({ page }) => {
  const work = mkdtempSync(join(tmpdir(), 'briefing-e2e-cli-import-'));
  const data = join(work, 'data');
  const first = join(work, 'facts.csv');
  writeFileSync(
    first,
    'statement,source_title,source_outlet,event_date,speaker\n' +
      'Finland will double its reservist training budget.,Helsinki update,Yle,2024-03-15,Antti Häkkänen\n',
  );
  const second = join(work, 'facts2.csv');
  writeFileSync(
    second,
    'statement,source_title,source_outlet,event_date,speaker\n' +
      'Estonia will buy more artillery shells.,Tallinn update,ERR,2024-03-16,Hanno Pevkur\n',
  );
  const host = await startHost(data);
  try {
    await page.goto(host.url);
    await waitReady(page);
    await expect(page.getByText('No facts yet.')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Sources (0)' })).toBeVisible();

    const said = briefingCli(['import', 'facts', first, '--data', data]);
    expect(said).toContain('Added 1 source and 1 fact');
    await expect(page.getByText('Finland will double its reservist training budget.')).toBeVisible();
    await expect(page.getByText('No facts yet.')).toHaveCount(0);
    await expect(page.getByText('1 fact', { exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Sources (1)' })).toBeVisible();

    briefingCli(['import', 'facts', second, '--data', data]);
    await expect(page.getByText('Estonia will buy more artillery shells.')).toBeVisible();
    await expect(page.getByText('2 facts', { exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Sources (2)' })).toBeVisible();
    await page.getByRole('tab', { name: 'Sources (2)' }).click();
    await expect(page.getByText('Tallinn update')).toBeVisible();
  } finally {
    await host.stop();
  }
});
