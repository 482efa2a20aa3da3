// citation-js ships no type declarations; these cover the parts the CSL formatter and its tests use.
declare module '@citation-js/core' {
  /** A CSL-JSON item as citation-js produces it: known keys vary by input, so values are unknown. */
  export type CslData = Record<string, unknown>;
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: CslData[];
    format(format: 'data', options?: { format?: 'object' | 'string' | 'text' }): unknown;
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    input: {
      chain(data: unknown, options?: { forceType?: string; generateGraph?: boolean }): CslData[];
    };
  };
}
declare module '@citation-js/plugin-csl';
