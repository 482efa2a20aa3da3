/**
 * Social networks words pass through, as data: "said on Twitter", "wrote on Instagram", "posted on X"
 * ("X" only as written, a capital letter standing alone), and "social media" where the text names no
 * network (the fixtures README's convention settled in session 24). The article importer reads a claim's
 * channel with them (`platformRelay`); a note says "posting on X", not "quoted in X" (`notePrefix`).
 */
export const PLATFORMS =
  'Twitter|Instagram|Facebook|TikTok|YouTube|LinkedIn|Snapchat|Reddit|Weibo|Telegram|Threads|Truth Social|Bluesky|Quora|X|social media';

const PLATFORM_NAMES: readonly string[] = PLATFORMS.split('|');

/** The network as it is written ("twitter" → "Twitter"); "X" only as written. */
export const platformNamed = (name: string): string | undefined =>
  PLATFORM_NAMES.find((p) => p === name || (p !== 'X' && p.toLowerCase() === name.toLowerCase()));

/** A relay that is a social network or "social media". */
export const isPlatform = (relay: string): boolean => platformNamed(relay.trim()) !== undefined;
