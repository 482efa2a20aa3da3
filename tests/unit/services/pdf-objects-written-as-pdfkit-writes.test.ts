import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfSyntax } from '../../../electron/services/export/pdf-object-streams';

/**
 * The objects packed into object streams are written by our `pdfSyntax`, not pdfkit's
 * `PDFObject.convert` (the slowest part of writing a tagged brief's dictionaries). It must write every
 * value byte for byte as pdfkit does. pdfkit's own writing is read from a PDF 1.4 document, which keeps
 * pdfkit's plain objects (object streams need 1.5).
 */
interface Ref {
  id: number;
  data: Record<string, unknown>;
  end(): void;
}
interface Doc {
  ref(data?: Record<string, unknown>): Ref;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
}
const PDFDocument = createRequire(import.meta.url)('pdfkit') as new (options: object) => Doc;

function pdfkitWrites(data: Record<string, unknown>, refs: Ref[], doc: Doc, chunks: Buffer[]) {
  chunks.length = 0;
  const ref = doc.ref(data);
  ref.end();
  const text = Buffer.concat(chunks).toString('binary');
  const match = new RegExp(`${ref.id} 0 obj\\n([\\s\\S]*)\\nendobj`).exec(text);
  if (!match) throw new Error(`pdfkit wrote no object: ${text.slice(0, 200)}`);
  return {
    written: match[1],
    referenceProto: Object.getPrototypeOf(Object.getPrototypeOf(refs[0])) as object,
  };
}

describe('objects packed into object streams', () => {
  const doc = new PDFDocument({ pdfVersion: '1.4', compress: false, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const refs = [doc.ref({ Type: 'Page' }), doc.ref({ Type: 'Annot' })];
  refs.forEach((r) => r.end());

  const value = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom('Link', 'StructElem', 'OBJR', 'P', 'Ünïcode'),
      fc.string().map((s) => new String(s)),
      fc.string({ unit: 'binary' }).map((s) => new String(s)),
      fc
        .constantFrom('a (b) c\\d\ne\rf\tg\bh\fi', 'Back to where note 1 is cited', '“Ünïcode” عربى 😀')
        .map((s) => new String(s)),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      fc.constantFrom(0, -0, 0.1 + 0.2, 1 / 3, 1e20, -123.4567891),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(...refs),
      fc.uint8Array({ maxLength: 8 }).map((b) => Buffer.from(b)),
      fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }),
      fc.array(tie('value'), { maxLength: 5 }),
      fc.dictionary(fc.constantFrom('K', 'P', 'Pg', 'S', 'Alt', 'MCID', 'Obj', 'Type'), tie('value'), {
        maxKeys: 5,
      }),
    ),
  })).value;

  it('are written byte for byte as pdfkit writes them', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('A', 'K', 'x') }), value),
        (data) => {
          const { written, referenceProto } = pdfkitWrites(data, refs, doc, chunks);
          // Compared as the bytes written (pdfkit writes its text as one byte a character).
          expect(Buffer.from(pdfSyntax(data, referenceProto), 'binary').toString('binary')).toBe(written);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leave to pdfkit what they do not write themselves (number trees, out-of-range numbers)', () => {
    const referenceProto = Object.getPrototypeOf(Object.getPrototypeOf(refs[0])) as object;
    class Tree {
      toString() {
        return '<< /Nums [] >>';
      }
    }
    expect(() => pdfSyntax({ ParentTree: new Tree() }, referenceProto)).toThrow();
    expect(() => pdfSyntax({ N: Number.NaN }, referenceProto)).toThrow();
    expect(() => pdfSyntax({ N: 1e22 }, referenceProto)).toThrow();
  });
});
