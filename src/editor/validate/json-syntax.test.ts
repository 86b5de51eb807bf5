import { describe, expect, it } from 'vitest';

import { findJsonSyntaxError } from './json-syntax.ts';
import { validateFile } from './validate-file.ts';

const trailingComma = [
  '{',
  '  "plugin_name": "postgresql-database-plugin",',
  '  "allowed_roles": "accessdb",',
  '}',
].join('\n');

describe('JSON syntax', () => {
  it('reports a trailing comma at the brace, naming the comma line', () => {
    const problems = validateFile('settings.json', 'json', trailingComma);

    expect(problems).toEqual([
      {
        line: 4,
        column: 1,
        message:
          'Trailing comma on line 3 before "}". JSON allows no comma ' +
          'after the last property; remove it.',
        severity: 'error',
      },
    ]);
  });

  it('asks for a comma between two properties', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';

    const problems = validateFile('settings.json', 'json', text);

    expect(problems).toEqual([
      {
        line: 3,
        column: 3,
        message:
          'Missing comma before this property. Add "," after the previous value.',
        severity: 'error',
      },
    ]);
  });

  it('points an unclosed string at its opening quote', () => {
    const text = '{\n  "a": "postgres\n}';

    const [problem] = validateFile('settings.json', 'json', text);

    expect(problem).toMatchObject({ line: 2, column: 8 });
    expect(problem?.message).toBe(
      'The string starting at line 2, column 8 is not closed. ' +
        'Add the closing " on the same line.',
    );
  });

  it('reports an unclosed object where the file ends', () => {
    const text = '{\n  "a": [1, 2]\n';

    const [problem] = validateFile('settings.json', 'json', text);

    expect(problem).toMatchObject({ line: 3, column: 1 });
    expect(problem?.message).toBe(
      'The object opened at line 1, column 1 is not closed. ' +
        'Add "}" where it ends.',
    );
  });

  it('names comments, unquoted names and single quotes', () => {
    const messages = ['{"a": 1 // note\n}', '{a: 1}', '{"a": \'x\'}'].map(
      (text) => findJsonSyntaxError(text)?.message,
    );

    expect(messages).toEqual([
      'JSON does not allow comments. Remove the comment.',
      'Property names need double quotes. Write "a" instead of a.',
      'Strings need double quotes. Replace \' with ".',
    ]);
  });

  it('agrees with JSON.parse on what is valid', () => {
    const samples = [
      '{"a":{"b":[true,null,1e5,-0.5,"\\u00e9"]}}',
      ' [ ] ',
      '[true,false,null]',
      '[truex]',
      '"x"',
      '[1,]',
      '{"a":01}',
      '{"a":1}}',
      '{"a":"\t"}',
      '{"a":"\\q"}',
      '[1 2]',
      '-',
      '',
    ];

    const verdicts = samples.map((text) => findJsonSyntaxError(text) === null);

    expect(verdicts).toEqual(samples.map((text) => parses(text)));
  });
});

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
