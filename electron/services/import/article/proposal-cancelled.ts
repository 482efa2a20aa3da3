// The stop a reader asks for: thrown through proposeCandidates (index.ts) from the unit being read when its
// progress callback returns false, caught by off-thread.ts. Apart so that the unit reading can throw it
// without importing index.ts.

/** Thrown through proposeCandidates when its progress callback asks to stop. */
export class ProposalCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'ProposalCancelled';
  }
}
