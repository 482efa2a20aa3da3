// What the article calls its people and bodies besides their names, read once over the whole text:
// the description given beside a name ("the security contractor G4S", "Christian Aid, the charity",
// "singer Ana Roe") and the papers someone issued ("Acme issued a statement", "a report released by the
// Roe Institute", "Acme sued …"). A definite description or a paper kept as the speaker ("the contractor
// said", "the release said") is then the one name so described, or the paper's issuer; two names that
// fit leave it as it was.
import {
  BODY_DESCRIPTION_NOUNS,
  DESCRIPTION_NOUNS,
  NOT_DESCRIPTIONS,
  PAPER_KINDS,
  PERSON_DESCRIPTION_NOUNS,
} from './lexicon';
import { firstNameGender, isRoleWord, tagsOf } from './recognition';
import { unicodeWords } from './words';

/** A run of capitalised words, small words allowed inside: a candidate name. */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*)*`;
const NAME_RUN = unicodeWords(new RegExp(String.raw`\b${NAME}`, 'gu'));
/** A lower-case word of a description ("private", "Paris-based", "pan-European"). */
const DESC_WORD = String.raw`(?:\p{Ll}[\p{L}\p{N}'’-]*|\p{Lu}[\p{L}]*-(?:based|born|owned|backed|run|led|listed)|\p{Ll}+-\p{Lu}[\p{L}]*)`;
/** "…, the charity", ", a Paris-based exchange": an appositive right after a name. */
const APPOSITIVE_AFTER = unicodeWords(
  new RegExp(
    String.raw`^\s*,\s+(?:the|a|an)\s+((?:${DESC_WORD}\s+){0,3}\p{Ll}[\p{L}-]*)(?=\s*[,.;)]|\s+(?:that|which|who|based|in|of|for|and)\b)`,
    'u',
  ),
);
/** "(the|a|…) private security contractor " right before a name. */
const DESCRIPTION_BEFORE = unicodeWords(
  new RegExp(String.raw`(?:^|[\s(“"])((?:${DESC_WORD}\s+){0,3}\p{Ll}[\p{L}-]*)\s+$`, 'u'),
);
/** "the suspect, " right before a name: a definite description the name is in apposition to. */
const DESCRIPTION_COMMA = unicodeWords(
  new RegExp(String.raw`\b(?:[Tt]he)\s+((?:${DESC_WORD}\s+){0,2}\p{Ll}[\p{L}-]*),\s+$`, 'u'),
);
/** Words that end a description read backwards: a verb, a preposition, an article kept apart. */
const NOT_DESCRIPTION_WORD =
  /^(?:the|a|an|and|or|but|of|for|to|in|on|at|by|with|from|as|that|which|who|said|says|told|tells|is|was|are|were|has|had|have|its|his|her|their|our|my|this|these|those|when|while|after|before|than|also|said|says|according|including|like|via|per|about|over|under|into|against|between|among|new|former|other|another|fellow)$/;

/** Tags of compromise's lexicon for a day, a month or a place: "the company Monday" names no company. */
const NOT_A_NAME_TAG = /^(?:WeekDay|Month|Date|Country|City|Region|Place|Pronoun|Determiner)$/;

const PAPERS = [...PAPER_KINDS.keys()].join('|');
/** "a report released on Monday by ", "a letter from the ": a paper, then who it is by or from. */
const PAPER_BY = unicodeWords(
  new RegExp(String.raw`\b(${PAPERS})(?:\s+[\p{L}\p{N},-]+){0,4}?,?\s+(?:by|from)\s+(?:the\s+)?$`, 'u'),
);
/** " announced Tuesday", " said in a statement": a name's verb that issues a paper. */
const ANNOUNCED = unicodeWords(
  new RegExp(
    String.raw`^\s+(?:(?:has|have|had|also|then|later)\s+)*(?:announced\b()|(?:said|says|stated)\s+(?:\S+\s+){0,2}?in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(${PAPERS})\b)`,
    'u',
  ),
);

export interface Described {
  name: string;
  kind: 'person' | 'body';
}

interface Entry {
  name: string;
  kind: 'person' | 'body';
  /** The description's words, lower-cased, its head last. */
  words: string[];
  unit: number;
  paragraph: number;
}

interface Issued {
  name: string;
  kind: string;
  unit: number;
  paragraph: number;
}

/** A plural head's singular when that is a head too ("administrators" → "administrator"). */
function singularOf(word: string): string {
  return /[^s]s$/.test(word) && headKind(word.slice(0, -1)) ? word.slice(0, -1) : word;
}

/** Which kind of noun a description's head is: a person's, a body's, or neither. */
function headKind(head: string): 'person' | 'body' | undefined {
  if (BODY_DESCRIPTION_NOUNS.has(head)) return 'body';
  if (
    DESCRIPTION_NOUNS.has(head) ||
    NOT_DESCRIPTIONS.has(head) ||
    PERSON_DESCRIPTION_NOUNS.has(head) ||
    isRoleWord(head)
  )
    return 'person';
  return undefined;
}

/** The name as a speaker: a leading "The" dropped, a possessive cut off. */
function tidyName(name: string): string {
  return (
    name
      .replace(/^(?:The|A|An)\s+/u, '')
      // ("David Rubin & Partners on Friday": a date after the name is no part of it.)
      .replace(
        /\s+(?:on|in|and|the)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/u,
        '',
      )
      .replace(/['’]s?$/u, '')
      .trim()
  );
}

function isName(name: string): boolean {
  if (name === '' || /^(?:I|He|She|It|They|We|You|This|That|These|Those|But|And|In|On|At)$/u.test(name))
    return false;
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase();
  return (
    !tagsOf(first).some((t) => NOT_A_NAME_TAG.test(t)) &&
    !tagsOf(name.toLowerCase()).some((t) => NOT_A_NAME_TAG.test(t))
  );
}

export class Descriptions {
  private readonly byHead = new Map<string, Entry[]>();
  private readonly issued: Issued[] = [];

  constructor(units: ReadonlyArray<{ text: string; paragraph: number }>, masked: readonly string[]) {
    units.forEach((u, unit) => {
      const text = masked[unit] ?? u.text;
      for (const m of text.matchAll(NAME_RUN)) {
        const at = m.index ?? 0;
        const name = tidyName(m[0]);
        if (!isName(name)) continue;
        const before = text.slice(Math.max(0, at - 80), at);
        const after = text.slice(at + m[0].length, at + m[0].length + 80);
        const found: string[][] = [];
        // A sentence's first word is capitalised whatever it is: a description needs words before it.
        const pre = DESCRIPTION_BEFORE.exec(before)?.[1];
        if (pre) {
          const words = pre.toLowerCase().split(/\s+/);
          // Read backwards from the head: stop at a word no description holds.
          let k = words.length - 1;
          while (k > 0 && !NOT_DESCRIPTION_WORD.test(words[k - 1] as string)) k--;
          const kept = words.slice(k);
          if (!NOT_DESCRIPTION_WORD.test(kept.at(-1) as string)) found.push(kept);
        }
        // "The suspect, Ana Roe, was …": a definite description, then the name after its comma.
        const comma = DESCRIPTION_COMMA.exec(before)?.[1];
        if (comma) found.push(comma.toLowerCase().split(/\s+/));
        const post = APPOSITIVE_AFTER.exec(after)?.[1];
        if (post) found.push(post.toLowerCase().split(/\s+/));
        for (const found1 of found) {
          // "administrators David Rubin & Partners": a plural head is indexed as its singular.
          const last = found1.at(-1) as string;
          const singular = singularOf(last);
          const words = [...found1.slice(0, -1), singular];
          const head = singular;
          // (A name with a body's word or "&" in it is a body, whatever noun describes it.)
          const kind = /&|\b(?:Partners|Associates|LLP|LLC|Inc\.?|Ltd\.?)$/u.test(name)
            ? 'body'
            : headKind(head);
          if (!kind) continue;
          const list = this.byHead.get(head) ?? [];
          list.push({ name, kind, words, unit, paragraph: u.paragraph });
          this.byHead.set(head, list);
        }
        this.readIssuer(text, at, m[0], name, unit, u.paragraph);
      }
    });
  }

  /** "Acme issued a statement", "a report released Monday by the Roe Institute", "Acme sued …". */
  private readIssuer(text: string, at: number, run: string, name: string, unit: number, paragraph: number) {
    const after = text.slice(at + run.length, at + run.length + 90);
    const issued =
      /^\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+)*(?:sent|issued|released|published|filed|put\s+out|wrote|submitted|lodged|brought|posted|unveiled|produced|circulated)\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(\p{Ll}+)\b/u.exec(
        after,
      )?.[1];
    const sued = /^\s+(?:has\s+|had\s+|also\s+)*(?:sued|is\s+suing|was\s+suing)\b/u.test(after);
    const before = text.slice(Math.max(0, at - 90), at);
    const by = PAPER_BY.exec(before)?.[1];
    // "Acme announced Tuesday", "Acme said in a statement": a body that announces issues the release.
    const announced = ANNOUNCED.exec(after);
    if (announced)
      this.issued.push({ name, kind: PAPER_KINDS.get(announced[1] ?? '') ?? 'statement', unit, paragraph });
    const own = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/u.exec(after)?.[1];
    // "an annual Roe Institute report that says", "the Acme Commission report said": a name right before a
    // paper's noun is its issuer, as a possessive is.
    // (A people's or a country's name, "a Chinese readout", names no issuer; nor does a number opening the
    // sentence, "One report said".)
    const modifier =
      /\p{L}.*\p{L}/u.test(name) &&
      !name
        .split(/\s+/)
        .every((w) =>
          tagsOf(w.toLowerCase()).some((t) => NOT_A_NAME_TAG.test(t) || t === 'Demonym' || t === 'Cardinal'),
        )
        ? /^\s+(\p{Ll}+)\b/u.exec(after)?.[1]
        : undefined;
    for (const noun of [issued, by, own, modifier]) {
      const kind = noun ? PAPER_KINDS.get(noun) : undefined;
      if (kind) this.issued.push({ name, kind, unit, paragraph });
    }
    if (sued) this.issued.push({ name, kind: 'suit', unit, paragraph });
  }

  /**
   * The one name the text described with these words ("security contractor": the head and every other
   * word), given in this unit or before; undefined when none, or when two different names fit.
   */
  describedAs(words: readonly string[], unit: number): Described | undefined {
    const written = words.at(-1) ?? '';
    const head = singularOf(written);
    // "the analysts said" is no one person described as an analyst.
    const plural = head !== written;
    const mods = words.slice(0, -1).filter((w) => !tagsOf(w).includes('Demonym'));
    const fits = (this.byHead.get(head) ?? []).filter(
      (e) => e.unit <= unit && mods.every((w) => e.words.includes(w)) && (!plural || e.kind === 'body'),
    );
    const names = new Set(fits.map((e) => e.name));
    if (names.size !== 1) return undefined;
    const e = fits[0] as Entry;
    return { name: e.name, kind: e.kind };
  }

  /** An issuer the reading of the units found ("a report says" in the lead, its body opening the next). */
  addIssuer(name: string, noun: string, unit: number, paragraph: number): void {
    const kind = PAPER_KINDS.get(noun);
    if (kind) this.issued.push({ name, kind, unit, paragraph });
  }

  /** The issuer of a paper of this kind, the nearest before (or in) this unit; none when two are as near. */
  issuerOf(noun: string, unit: number, paragraph?: number): Described | undefined {
    const kind = PAPER_KINDS.get(noun);
    if (!kind) return undefined;
    const before = this.issued.filter((i) => i.kind === kind && i.unit <= unit);
    // "An authoritative new report says …" in the lead, "The report, by the Roe Institute, …" after it: a
    // paper no one issued before is the one whose issuer the next two paragraphs name first.
    const last =
      before.at(-1) ??
      (paragraph === undefined
        ? undefined
        : this.issued.find((i) => i.kind === kind && i.unit > unit && i.paragraph - paragraph <= 2));
    if (!last) return undefined;
    if (this.issued.some((i) => i.kind === kind && i.unit === last.unit && i.name !== last.name))
      return undefined;
    return {
      name: last.name,
      kind: firstNameGender(last.name.split(/\s+/)[0] ?? '') !== undefined ? 'person' : 'body',
    };
  }
}
