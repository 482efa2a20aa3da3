import { describe, expect, it } from 'vitest';
import { jsonErrorPlace } from '../../../electron/core/json-error';
import { parseBriefingFile } from '../../../electron/services/briefing-file';
import { parseTemplate } from '../../../electron/services/templates/library';

const errorOf = (text: string): unknown => {
  try {
    JSON.parse(text);
  } catch (e) {
    return e;
  }
  throw new Error('the text parsed');
};

describe('where a JSON text breaks', () => {
  it('gives the line and column of a wrong character, and says a cut-off file ends too soon', () => {
    const wrong = '{\n  "id": "x",\n  "name" "X"\n}';
    expect(jsonErrorPlace(wrong, errorOf(wrong))).toBe(' (line 3, column 10)');
    const cut = '{\n  "id": "x",\n  "name":';
    expect(jsonErrorPlace(cut, errorOf(cut))).toBe(' (it ends on line 3 before the JSON is complete)');
  });

  it('is what a template and a briefing file say, never echoing the text', () => {
    expect(() => parseTemplate('{"id":"x","name":', 'mine.json')).toThrow(
      'mine.json is not valid JSON (it ends on line 1 before the JSON is complete).',
    );
    expect(() => parseBriefingFile('{"version": 3, "secret text"}')).toThrow(
      /^The briefing file is not valid JSON \(line 1, column \d+\)\.$/,
    );
  });

  it('says in one sentence that another kind of JSON file is not a briefing file', () => {
    for (const text of ['{"hello":"world"}', '[1, 2]', '"text"', '{"format":"csl-json","briefing":{}}'])
      expect(() => parseBriefingFile(text)).toThrow(
        'The briefing file is not valid: it is not a Briefing Builder briefing file (those have "format": "briefing-builder-briefing"). Open a .briefing.json file saved by the app.',
      );
  });
});
