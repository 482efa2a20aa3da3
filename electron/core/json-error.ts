/**
 * Where a JSON text breaks, in a reader's terms: " (line 3, column 14)" from the parser's position, or
 * " (it ends on line 3 before the JSON is complete)" for a cut-off file; "" when the parser says neither.
 * Never the parser's message: V8 quotes the text around the error, and a file from a shared folder or a
 * download may hold anything (its characters are not echoed back).
 */
export function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message)?.[1];
  if (at !== undefined) {
    const before = text.slice(0, Number(at));
    const line = before.split('\n').length;
    return ` (line ${line}, column ${Number(at) - before.lastIndexOf('\n')})`;
  }
  if (/end of JSON input/i.test(message))
    return ` (it ends on line ${text.split('\n').length} before the JSON is complete)`;
  return '';
}
