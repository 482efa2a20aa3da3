/** A count with its noun: "1 briefing", "2 briefings", "1,016 sources" (`many` where adding "s" is wrong). */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
