// The one reading of a byline's names, for every place that takes names from a byline: the import review's
// Byline field (a pasted text's or a saved page's byline) and the authors the CLI saves from it.

/** Names written in capitals, as some bylines are ("JANE DOE", "Ana Roe and LI WEI"), in the case names are written in. */
const nameCase = (names: string): string =>
  names.replace(/[\p{Lu}'’-]{2,}/gu, (word) =>
    word
      .toLowerCase()
      .replace(/(^|['’-])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase()),
  );

/**
 * The names a byline gives, in its order: "By JANE DOE, Associated Press" → Jane Doe; "By Ana Roe and LI WEI
 * in Kyiv" → Ana Roe, Li Wei; "By: Ana Roe | Reuters" → Ana Roe. "By" goes; names are split at commas,
 * semicolons, "&" and "and"; anything after a bar or a dash is the outlet's, as is a part `isOutlet` knows;
 * the place a reporter writes from is no name; names in capitals are written as names.
 */
export function bylineNameList(line: string, isOutlet: (part: string) => boolean = () => false): string[] {
  return line
    .trim()
    .replace(/^by:?\s+/iu, '')
    .split(/\s+[|–—-]\s+/u)[0]!
    .split(/\s*(?:[,;&]|\band\b)\s*/iu)
    .map((part) => part.trim().replace(/\s+/gu, ' '))
    .filter((part) => !isOutlet(part))
    .map((part) => part.replace(/\s+(?:in|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u, ''))
    .filter((part) => part !== '')
    .map(nameCase);
}
