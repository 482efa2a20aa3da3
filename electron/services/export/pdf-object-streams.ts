/**
 * Compressed object streams (PDF 1.5): pdfkit writes every object as plain text with a 20-byte
 * cross-reference line, so a tagged brief's structure (a dictionary per element, link annotation and
 * action, the parent tree) was most of its file, uncompressed. Here every object that is not itself a
 * stream is collected into `/Type /ObjStm` streams, deflated, and the cross-reference table becomes a
 * deflated `/Type /XRef` stream that says where each object sits (ISO 32000-1, 7.5.7 and 7.5.8). Streams
 * (page contents, fonts, images, XMP) are written as before. PDF/A-2 allows both; an encrypted document
 * (which we never write) keeps pdfkit's table.
 */

/** pdfkit's PDFReference (0.19, pinned), as far as this module uses it. */
export interface PdfRef {
  id: number;
  gen: number;
  data: Record<string, unknown>;
  buffer: unknown[] | Uint8Array;
  offset?: number;
  compress: boolean;
  document: PdfDoc;
  write(chunk: Uint8Array): void;
  end(): void;
  finalize(): void;
}

/** pdfkit's PDFDocument (0.19, pinned), as far as this module uses it. */
export interface PdfDoc {
  version: number;
  compress: boolean;
  _security?: unknown;
  _offsets: (number | null)[];
  _offset: number;
  _ended: boolean;
  _root: PdfRef;
  _info: PdfRef;
  _id: Uint8Array;
  _write(data: string | Uint8Array): void;
  _refEnd(ref: PdfRef): void;
  _finalize(): void;
  ref(data?: Record<string, unknown>): PdfRef;
  push(chunk: Uint8Array | null): boolean;
}

export interface ObjectStreamTargets {
  /** PDFDocument.prototype */
  document: Pick<PdfDoc, '_finalize' | 'ref'>;
}

/** Objects per object stream: large enough to compress well, small enough that a reader parsing one
 * object does not parse the whole file's. */
export const OBJECTS_PER_STREAM = 1000;

interface Packing {
  /** Objects waiting for a stream: number and serialised dictionary. */
  pending: { id: number; text: string }[];
  /** Object number → [object stream's number, index in it]. */
  packed: Map<number, [number, number]>;
}
const packings = new WeakMap<PdfDoc, Packing | null>();

/** Whether a document packs its objects (decided on its first object, before anything is written). */
function packingOf(doc: PdfDoc): Packing | null {
  let packing = packings.get(doc);
  if (packing === undefined) {
    packing = doc.version >= 1.5 && !doc._security ? { pending: [], packed: new Map() } : null;
    packings.set(doc, packing);
  }
  return packing;
}

const hasStream = (ref: PdfRef) => ref.buffer.length > 0;

/** Thrown by `pdfSyntax` for a value it does not write as pdfkit would: pdfkit then writes the object. */
const NOT_PLAIN = Symbol('not plain');

const ESCAPED: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\\': '\\\\',
  '(': '\\(',
  ')': '\\)',
};
const escape = (binary: string) => binary.replace(/[\n\r\t\b\f()\\]/g, (c) => ESCAPED[c] ?? c);
const pad = (n: number, length: number) => String(n).padStart(length, '0');

/**
 * A value as PDF syntax, exactly as pdfkit's `PDFObject.convert` writes it unencrypted (0.19, pinned:
 * the source relied on is checked in `pdf-patches.ts`), for the values pdfkit puts in dictionaries.
 * pdfkit's own was the largest single cost of writing a tagged brief's ~4 000 dictionaries: it makes a
 * Buffer for every string and tests each value against five classes before it is a number.
 */
export function pdfSyntax(value: unknown, referenceProto: object): string {
  if (typeof value === 'number') {
    if (!(value > -1e21 && value < 1e21)) throw NOT_PLAIN;
    return String(Math.round(value * 1e6) / 1e6);
  }
  if (typeof value === 'string') return `/${value}`;
  if (typeof value !== 'object' || value === null) return `${value as string}`;
  if (Array.isArray(value)) return `[${value.map((v) => pdfSyntax(v, referenceProto)).join(' ')}]`;
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto === Object.prototype || proto === null) {
    let out = '<<';
    for (const key in value)
      out += `\n/${key} ${pdfSyntax((value as Record<string, unknown>)[key], referenceProto)}`;
    return `${out}\n>>`;
  }
  if (value instanceof String) {
    const text = value.valueOf();
    // ASCII as it is; anything else as UTF-16BE with a byte-order mark, byte by byte.
    if (!/[\u0080-\uffff]/.test(text)) return `(${escape(text)})`;
    let binary = '\xfe\xff';
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      binary += String.fromCharCode(unit >> 8, unit & 0xff);
    }
    return `(${escape(binary)})`;
  }
  if (Buffer.isBuffer(value)) return `<${value.toString('hex')}>`;
  if (Object.prototype.isPrototypeOf.call(referenceProto, value)) return String(value);
  if (value instanceof Date)
    return (
      `(D:${pad(value.getUTCFullYear(), 4)}${pad(value.getUTCMonth() + 1, 2)}${pad(value.getUTCDate(), 2)}` +
      `${pad(value.getUTCHours(), 2)}${pad(value.getUTCMinutes(), 2)}${pad(value.getUTCSeconds(), 2)}Z)`
    );
  // Name and number trees, spot colours and anything else: pdfkit's own writing.
  throw NOT_PLAIN;
}

/** What pdfkit would write for `ref` (its `N 0 obj`, dictionary, `endobj`), captured instead. */
function serialise(ref: PdfRef, finalize: () => void): string[] {
  const doc = ref.document;
  const out: string[] = [];
  const { _write: write, _refEnd: refEnd } = doc;
  doc._write = (data) =>
    void out.push(typeof data === 'string' ? data : Buffer.from(data).toString('binary'));
  doc._refEnd = () => undefined;
  try {
    finalize.call(ref);
  } finally {
    doc._write = write;
    doc._refEnd = refEnd;
  }
  return out;
}

function flush(doc: PdfDoc, packing: Packing): void {
  const objects = packing.pending;
  if (objects.length === 0) return;
  packing.pending = [];
  const stream = doc.ref({ Type: 'ObjStm', N: objects.length });
  const header: string[] = [];
  const bodies: string[] = [];
  let at = 0;
  objects.forEach(({ id, text }, index) => {
    header.push(`${id} ${at}`);
    bodies.push(text);
    at += Buffer.byteLength(text, 'binary') + 1;
    packing.packed.set(id, [stream.id, index]);
  });
  const head = header.join(' ') + '\n';
  stream.data.First = Buffer.byteLength(head, 'binary');
  stream.compress = true;
  stream.write(Buffer.from(head + bodies.join('\n') + '\n', 'binary'));
  stream.end();
}

const ROW = 7;

/**
 * The cross-reference stream's rows: type (1 byte), offset or object stream (4), generation or index
 * (2), each row after the first as its difference from the row above (the PNG "Up" predictor, which
 * makes the rows of one object stream nearly all alike, so they deflate to almost nothing).
 */
function xrefRows(doc: PdfDoc, packing: Packing, self: number, selfOffset: number): Buffer {
  const size = doc._offsets.length + 1;
  const rows = Buffer.alloc(size * ROW);
  rows.writeUInt8(0, 0);
  rows.writeUInt16BE(0xffff, 5);
  for (let id = 1; id < size; id++) {
    const at = id * ROW;
    const inStream = packing.packed.get(id);
    if (inStream) {
      rows.writeUInt8(2, at);
      rows.writeUInt32BE(inStream[0], at + 1);
      rows.writeUInt16BE(inStream[1], at + 5);
    } else {
      rows.writeUInt8(1, at);
      rows.writeUInt32BE(id === self ? selfOffset : (doc._offsets[id - 1] ?? 0), at + 1);
    }
  }
  const predicted = Buffer.alloc(size * (ROW + 1));
  for (let row = 0; row < size; row++) {
    const at = row * (ROW + 1);
    predicted[at] = 2;
    for (let i = 0; i < ROW; i++) {
      const above = row > 0 ? rows[(row - 1) * ROW + i]! : 0;
      predicted[at + 1 + i] = (rows[row * ROW + i]! - above) & 0xff;
    }
  }
  return predicted;
}

export function installObjectStreams({ document: docProto }: ObjectStreamTargets): void {
  // pdfkit does not export PDFReference: one made for a stand-in document gives its prototype.
  const standIn = { _offsets: [], _waiting: 0, compress: false } as unknown as PdfDoc;
  const refProto = Object.getPrototypeOf(docProto.ref.call(standIn)) as Pick<PdfRef, 'finalize'>;
  const finalize = refProto.finalize;
  // PDFReference's parent class: what pdfkit writes as `N 0 R`.
  const abstractReference = Object.getPrototypeOf(refProto) as object;
  refProto.finalize = function (this: PdfRef) {
    const doc = this.document;
    const packing = packingOf(doc);
    if (!packing || hasStream(this) || this.gen !== 0) return finalize.call(this);
    let text: string | undefined;
    try {
      text = pdfSyntax(this.data, abstractReference);
    } catch (error) {
      if (error !== NOT_PLAIN) throw error;
      const [, written, ...rest] = serialise(this, finalize);
      if (written === undefined || rest.length !== 1)
        throw new Error(`object ${this.id}: unexpected serialisation`, { cause: error });
      text = written.replace(/\n$/, '');
    }
    packing.pending.push({ id: this.id, text });
    this.offset = 0;
    doc._refEnd(this);
    if (packing.pending.length >= OBJECTS_PER_STREAM) flush(doc, packing);
  };

  const finalizeDocument = docProto._finalize;
  docProto._finalize = function (this: PdfDoc) {
    const packing = packingOf(this);
    if (!packing) return finalizeDocument.call(this);
    // pdfkit clears `_ended` after this returns: the streams written here must not finalize again.
    this._ended = false;
    flush(this, packing);
    const xref = this.ref({
      Type: 'XRef',
      W: [1, 4, 2],
      DecodeParms: { Predictor: 12, Columns: ROW },
      Root: this._root,
      Info: this._info,
      ID: [this._id, this._id],
    });
    xref.data.Size = this._offsets.length + 1;
    const offset = this._offset;
    xref.compress = true;
    xref.write(xrefRows(this, packing, xref.id, offset));
    xref.end();
    this._write('startxref');
    this._write(`${offset}`);
    this._write('%%EOF');
    this.push(null);
  };
}
