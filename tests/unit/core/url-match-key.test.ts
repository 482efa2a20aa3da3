import { describe, expect, it } from 'vitest';
import { urlMatchKey } from '../../../electron/core/source-item';

describe('urlMatchKey (sources matched by their address)', () => {
  it('gives one key to the common ways of writing one address', () => {
    const key = 'reuters.com/world/europe/talks-resume';
    for (const url of [
      'https://www.reuters.com/world/europe/talks-resume/',
      'http://reuters.com/world/europe/talks-resume',
      'HTTPS://WWW.Reuters.COM/world/europe/talks-resume//',
      'https://www.reuters.com:443/world/europe/talks-resume#comments',
      'https://reuters.com/world/europe/talks-resume?utm_source=rss&utm_medium=feed&UTM_Campaign=x',
      'https://reuters.com/world/europe/talks-resume/?fbclid=IwAR0&gclid=abc&msclkid=1&mc_cid=2&mc_eid=3',
      'www.reuters.com/world/europe/talks-resume',
      '//reuters.com/world/europe/talks-resume',
      '  https://reuters.com./world/europe/talks-resume  ',
    ])
      expect(urlMatchKey(url), url).toBe(key);
  });

  it('keeps what may name another page: path case, other parameters in their order, a port, a route', () => {
    expect(urlMatchKey('https://example.org/Report.PDF')).toBe('example.org/Report.PDF');
    expect(urlMatchKey('https://example.org/story?id=7&page=2&utm_source=x')).toBe(
      'example.org/story?id=7&page=2',
    );
    expect(urlMatchKey('https://example.org/story?page=2&id=7')).toBe('example.org/story?page=2&id=7');
    expect(urlMatchKey('https://example.org:8443/a')).toBe('example.org:8443/a');
    expect(urlMatchKey('https://app.example.org/#!/item/4')).toBe('app.example.org#!/item/4');
    expect(urlMatchKey('https://sub.www.example.org/a')).toBe('sub.www.example.org/a');
  });

  it('gives no key to a front page, to what is not a web address, or to an address too long to index', () => {
    for (const url of [
      'https://www.reuters.com/',
      'https://reuters.com',
      'https://reuters.com/?utm_source=x#top',
      'ftp://example.org/file',
      'mailto:desk@example.org',
      'not a url',
      '',
      undefined,
      42,
      `https://example.org/${'a'.repeat(2100)}`,
    ])
      expect(urlMatchKey(url), String(url)).toBeUndefined();
  });
});
