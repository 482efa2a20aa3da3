// URLs as reference files write them: kept, and given a scheme when they have none (flagged).

export function normaliseUrl(raw: string): { url: string; note?: string } {
  const url = raw
    .trim()
    .replace(/^<|>$/g, '')
    .replace(/^\\url\{(.*)\}$/, '$1');
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return { url };
  if (url.startsWith('//'))
    return { url: `https:${url}`, note: `the URL "${url}" has no scheme: read as https:${url}` };
  if (/^[\w-]+(\.[\w-]+)+(\/|$)/.test(url))
    return { url: `https://${url}`, note: `the URL "${url}" has no scheme: read as https://${url}` };
  return { url, note: `"${url}" does not look like a URL: kept as written` };
}
