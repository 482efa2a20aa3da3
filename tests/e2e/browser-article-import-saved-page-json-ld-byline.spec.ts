import { expect, test } from '@playwright/test';
import { withArticleImport, SHORT_STORY } from './article-import';

// A small saved news page whose JSON-LD NewsArticle names its authors (one as an object, one in a list
// with an organisation), headline, date and publisher, while its Open Graph tags say otherwise (a
// shortened social headline, the site's section, the time it was last shared): the article's own JSON-LD
// is read first, and its byline becomes the source's authors.
const jsonLd = {
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', name: 'Valley Courier', url: 'https://courier.example/' },
    {
      '@type': 'NewsArticle',
      headline: 'Aid convoys held at the border for a week',
      datePublished: '2024-03-06T09:15:00+01:00',
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Person', name: 'Omar Haddad' },
        { '@type': 'Organization', name: 'Valley Courier' },
      ],
      publisher: { '@type': 'Organization', name: 'Valley Courier' },
    },
  ],
};
const savedPage = `<!doctype html><html><head>
<title>Convoys held | World | Courier</title>
<meta property="og:title" content="Convoys held 🚚">
<meta property="og:site_name" content="World">
<meta property="article:published_time" content="2024-03-09T18:00:00Z">
<meta name="author" content="Courier staff">
<link rel="canonical" href="https://courier.example/world/convoys-held">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
</head><body><article>${SHORT_STORY.split('\n\n')
  .map((p) => `<p>${p}</p>`)
  .join('')}</article></body></html>`;

test('article import: a saved page’s JSON-LD gives the headline, byline, outlet and date first, and the byline is saved as the authors', async ({
  page,
}) => {
  await withArticleImport(page, 'json-ld', async (dialog) => {
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'convoys.html',
      mimeType: 'text/html',
      buffer: Buffer.from(savedPage),
    });
    await expect(dialog.getByLabel('Title')).toHaveValue('Aid convoys held at the border for a week');
    await expect(dialog.getByLabel('Byline')).toHaveValue('Jane Doe, Omar Haddad');
    await expect(dialog.getByLabel('Outlet')).toHaveValue('Valley Courier');
    await expect(dialog.getByLabel('Published')).toHaveValue('2024-03-06');
    await expect(dialog.getByTestId('opened-page')).toContainText(
      'Filled from the page itself: title, byline, outlet, address, publication date',
    );

    await dialog.getByRole('button', { name: 'Find attributed facts' }).click();
    await dialog.getByRole('button', { name: 'Save source and 2 facts' }).click();
    await expect(dialog).toHaveCount(0);
    await page.getByRole('tab', { name: 'Sources (1)' }).click();
    await expect(page.getByRole('list', { name: 'Sources' })).toContainText(
      'Doe and Haddad (2024). Aid convoys held at the border for a week — Valley Courier',
    );
  });
});
