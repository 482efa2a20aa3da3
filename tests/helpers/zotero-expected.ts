// Zotero's expected items (from its translators' test cases) in the CSL terms csl-compare.ts compares.
import type { Csl } from './csl-compare';

const ITEM_TYPES: Record<string, string> = {
  journalArticle: 'article-journal',
  magazineArticle: 'article-magazine',
  newspaperArticle: 'article-newspaper',
  book: 'book',
  bookSection: 'chapter',
  conferencePaper: 'paper-conference',
  thesis: 'thesis',
  report: 'report',
  webpage: 'webpage',
  blogPost: 'post-weblog',
  patent: 'patent',
  case: 'legal_case',
  statute: 'legislation',
  bill: 'bill',
  hearing: 'hearing',
  map: 'map',
  computerProgram: 'software',
  dataset: 'dataset',
  film: 'motion_picture',
  videoRecording: 'motion_picture',
  audioRecording: 'song',
  artwork: 'graphic',
  letter: 'personal_communication',
  email: 'personal_communication',
  manuscript: 'manuscript',
  encyclopediaArticle: 'entry-encyclopedia',
  dictionaryEntry: 'entry-dictionary',
  document: 'document',
  presentation: 'speech',
  interview: 'interview',
  standard: 'standard',
  preprint: 'article',
  forumPost: 'post',
  instantMessage: 'personal_communication',
  radioBroadcast: 'broadcast',
  tvBroadcast: 'broadcast',
  podcast: 'song',
};
const ROLES: Record<string, string> = {
  author: 'author',
  inventor: 'author',
  programmer: 'author',
  artist: 'author',
  cartographer: 'author',
  interviewee: 'author',
  director: 'director',
  editor: 'editor',
  seriesEditor: 'collection-editor',
  translator: 'translator',
  bookAuthor: 'container-author',
  contributor: 'contributor',
  recipient: 'recipient',
};
const CONTAINERS = [
  'publicationTitle',
  'bookTitle',
  'proceedingsTitle',
  'encyclopediaTitle',
  'dictionaryTitle',
  'websiteTitle',
  'blogTitle',
  'forumTitle',
  'programTitle',
];

type ZCreator = {
  lastName?: string;
  firstName?: string;
  name?: string;
  creatorType: string;
  fieldMode?: number;
};
type ZItem = Record<string, unknown> & { itemType: string; creators?: ZCreator[] };

/** "1996", "1990/2/27", "2019-03-05", "March 2019": the parts Zotero's strToDate would keep. */
function zoteroDate(s: string): Csl | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const iso = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?/.exec(t);
  if (iso) return { 'date-parts': [[iso[1], iso[2], iso[3]].filter((x) => x && Number(x) > 0).map(Number)] };
  const year = /\b(\d{4})\b/.exec(t);
  return year ? { 'date-parts': [[Number(year[1])]] } : { literal: t };
}

export function zoteroToCsl(z: ZItem, id: string): Csl {
  const out: Csl = { id, type: ITEM_TYPES[z.itemType] ?? z.itemType };
  for (const k of ['title', 'DOI', 'publisher']) if (z[k]) out[k] = z[k];
  // Zotero's own names for the title of a case, a statute and an e-mail.
  for (const k of ['caseName', 'nameOfAct', 'subject']) if (z[k] && !out.title) out.title = z[k];
  for (const c of CONTAINERS) if (z[c] && !out['container-title']) out['container-title'] = z[c];
  // Zotero names the date by item type: a patent's issue date, a case's decision, a statute's enactment.
  const date = [z.date, z.issueDate, z.dateDecided, z.dateEnacted].find((d) => typeof d === 'string');
  if (typeof date === 'string') out.issued = zoteroDate(date);
  for (const c of z.creators ?? []) {
    const role = ROLES[c.creatorType] ?? c.creatorType;
    const list = (out[role] as Csl[] | undefined) ?? [];
    list.push(
      c.name !== undefined || c.fieldMode === 1
        ? { literal: c.name ?? c.lastName }
        : { family: c.lastName, given: c.firstName },
    );
    out[role] = list;
  }
  return out;
}
