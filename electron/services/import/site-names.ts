// Which of the names a saved page gives itself is its outlet's. `og:site_name` is often a section ("U.S." on
// Reuters' pages) or a host ("Hosted" on AP's syndicated pages), and a `<title>` often ends with the outlet's
// full name ("… | PolitiFact West Virginia", "… - The New York Times"). A name is the outlet's when something
// else on the page that names the site agrees with it: the registered domain of its address
// (politifact.com), its Twitter account (@hawaiinewsnow) or its Facebook page (facebook.com/Reuters).

/**
 * A site name as an outlet: the first part of "WSVN 7News | Miami News, Weather", a domain without its
 * suffix ("MacRumors.com" → "MacRumors", "Telegraph.co.uk" → "Telegraph"); none for an address or a handle.
 */
export function outletName(value: string): string | undefined {
  const first = value.split(/\s+[|–—]\s+/)[0]?.trim() ?? '';
  if (!first || /^(?:https?:|www\.|@)/i.test(first)) return undefined;
  const domain = /^([\p{L}\p{N}-]+)(?:\.(?:com|net|org|co|info|news|tv))?(?:\.[a-z]{2})?$/iu.exec(first);
  // "al.com" stays whole: two letters are no name.
  return domain?.[1] && /\./.test(first) && domain[1].length >= 4 ? domain[1] : first;
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');

/** Second-level labels under which names are registered ("bbc.co.uk", "abc.net.au"). */
const SECOND_LEVEL = /^(?:co|com|org|net|gov|ac|edu|or|ne|go)$/;

/** The label a site registered: "ap" for hosted.ap.org, "bbc" for www.bbc.co.uk. */
export function registeredLabel(address: string): string | undefined {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  labels.pop();
  if (labels.length >= 2 && SECOND_LEVEL.test(labels.at(-1) ?? '')) labels.pop();
  return labels.at(-1);
}

/** A Twitter account ("@Reuters", "PolitiFactWV") or a Facebook page's address as the site's handle. */
export function handleOf(value: string): string | undefined {
  const v = value.trim();
  const facebook = /^https?:\/\/(?:[\w-]+\.)?facebook\.com\/([\w.-]+)\/?$/i.exec(v);
  if (facebook) return facebook[1];
  if (/^@?\w{2,30}$/.test(v) && /\p{L}/u.test(v)) return v.replace(/^@/, '');
  return undefined;
}

/**
 * Whether a name agrees with a handle or domain label: the label is spelt by the starts of the name's words
 * in order ("nytimes" by New York Times, "ap" by Associated Press, "politifactwestvirginia" by PolitiFact West
 * Virginia; a leading "The" may be skipped), or the name's first word begins it ("abc7news" by ABC7 San
 * Francisco, "oregonlive" by OregonLive), or a short label is taken from a one-word name ("qz" for Quartz).
 */
export function agrees(name: string, token: string): boolean {
  const target = letters(token);
  if (target.length < 2) return false;
  const words = name
    .split(/[\s\-–—:|/]+/)
    .map(letters)
    .filter(Boolean);
  if (words.length === 0) return false;
  // "The Sun" for thesun.co.uk, "The Root" for @theroot, "The Tribune" for tribune242.com.
  if (words[0] === 'the' && words.length > 1 && agrees(words.slice(1).join(' '), token)) return true;
  const first = words[0] ?? '';
  if (first.length >= 3 && target.startsWith(first)) return true;
  // A label of a few letters taken from a one-word name in order, first letter first ("qz" for Quartz).
  if (words.length === 1 && target.length <= 4 && first.startsWith(target[0] ?? '')) {
    let at = 0;
    for (const c of first) if (c === target[at]) at++;
    if (at === target.length) return true;
  }
  // Spelling the label with a prefix (possibly empty) of each word in turn: reachable[i] says the first i
  // letters of the label are spelt by the words read so far.
  let reachable = new Set([0]);
  for (const word of words) {
    const next = new Set(reachable);
    for (const at of reachable)
      for (let k = 1; k <= word.length && at + k <= target.length && target[at + k - 1] === word[k - 1]; k++)
        next.add(at + k);
    reachable = next;
  }
  return reachable.has(target.length) && letters(name).length >= 2;
}

/** A handle written as a name, spaced: "HawaiiNewsNow" → "Hawaii News Now", "APNews" → "AP News"; none in lower case. */
export function handleAsName(handle: string): string | undefined {
  if (!/^\p{Lu}/u.test(handle) || /[_\d]/.test(handle)) return undefined;
  return handle.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
}
