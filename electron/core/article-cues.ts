/**
 * The cue of a candidate the learnt claim model added (import/article/model.ts) where the rules found
 * none: the review shows such candidates unticked, as suggestions to check, and says where they came from.
 */
export const LEARNT_CUE = 'learnt model';
