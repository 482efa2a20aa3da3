import { expect, test } from '@playwright/test';
import { withArticleImport, SHORT_STORY } from './article-import';

// A small saved news page whose metadata names its headline, site, date and address but no author, while the
// page shows "By Andrei Popescu and Ioana Rusu" in an element marked as the byline: the byline it shows fills
// the Byline field, names only, and is saved as the source's authors (not the outlet).
const savedPage = `<!doctype html><html><head>
<title>Grid link agreed | Balkan Energy Monitor</title>
<meta property="og:title" content="Grid link agreed">
<meta property="og:site_name" content="Balkan Energy Monitor">
<meta property="article:published_time" content="2025-03-06T09:30:00+02:00">
<link rel="canonical" href="https://energymonitor.example/2025/03/grid-link">
</head><body><nav><a href="/">Home</a> | <a href="/energy">Energy</a></nav>
<header><h1>Grid link agreed</h1><p class="byline">By Andrei Popescu and Ioana Rusu</p>
<p class="date">6 March 2025</p></header>
<article>${SHORT_STORY.split('\n\n')
  .map((p) => `<p>${p}</p>`)
  .join('')}</article><footer><p>© 2025 Balkan Energy Monitor</p></footer></body></html>`;

test('article import: a saved page’s shown byline fills the Byline when its metadata names no author', async ({
  page,
}) => {
  await withArticleImport(page, 'shown-byline', async (dialog) => {
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'grid-link.html',
      mimeType: 'text/html',
      buffer: Buffer.from(savedPage),
    });
    await expect(dialog.getByLabel('Title')).toHaveValue('Grid link agreed');
    await expect(dialog.getByLabel('Byline')).toHaveValue('Andrei Popescu, Ioana Rusu');
    await expect(dialog.getByLabel('Outlet')).toHaveValue('Balkan Energy Monitor');
    await expect(dialog.getByTestId('opened-page')).toContainText(
      'Filled from the page itself: title, byline, outlet, address, publication date',
    );

    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await dialog.getByRole('button', { name: /^Save source and \d+ facts?$/ }).click();
    await expect(dialog).toHaveCount(0);
    await page.getByRole('tab', { name: 'Sources (1)' }).click();
    await expect(page.getByRole('list', { name: 'Sources' })).toContainText(
      'Popescu and Rusu (2025). Grid link agreed — Balkan Energy Monitor',
    );
  });
});
