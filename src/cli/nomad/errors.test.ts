import { describe, expect, it } from 'vitest';

import {
  formatHclDiagnostics,
  formatJobParseError,
  formatJobSubmitError,
  formatNoJob,
} from './errors.ts';

const unclosed = {
  line: 1,
  column: 27,
  endColumn: 28,
  summary: 'Unclosed configuration block',
  detail:
    'There is no closing brace for this block before the end of the ' +
    'file. This may be caused by incorrect brace nesting elsewhere in ' +
    'this file.',
};

describe('nomad errors', () => {
  it('wraps a failed registration in the client error text', () => {
    const body =
      '1 error occurred:\n\t* Vault "default" not enabled but ' +
      'used in the job\n\n';

    expect(formatJobSubmitError(500, body)).toBe(
      'Error submitting job: Unexpected response code: 500 (1 error ' +
        'occurred:\n\t* Vault "default" not enabled but used in the job)',
    );
  });

  it('names a job that does not exist', () => {
    expect(formatNoJob('nomad-vault')).toBe(
      'No job(s) with prefix or id "nomad-vault" found',
    );
  });

  it('prints a jobspec syntax error with its file and position', () => {
    expect(formatJobParseError('db.nomad', [unclosed])).toBe(
      'Error getting job struct: Error parsing job file from db.nomad:\n' +
        `db.nomad:1,27-28: Unclosed configuration block; ${unclosed.detail}`,
    );
  });

  it('counts further syntax diagnostics and spans lines when needed', () => {
    const spanning = { ...unclosed, line: 3, endLine: 5, endColumn: 2 };

    expect(formatHclDiagnostics('input.hcl', [spanning, unclosed])).toBe(
      `input.hcl:3,27-5,2: Unclosed configuration block; ${unclosed.detail}` +
        ', and 1 other diagnostic(s)',
    );
  });

  it('lists decode diagnostics one per line', () => {
    const unsupported = {
      line: 7,
      column: 7,
      endColumn: 13,
      summary: 'Unsupported argument',
      detail: 'An argument named "imagee" is not expected here.',
    };

    const text = formatHclDiagnostics(
      'input.hcl',
      [unsupported, { ...unsupported, line: 9 }],
      'decode',
    );

    expect(text.split('\n')).toEqual([
      'input.hcl:7,7-13: Unsupported argument; An argument named "imagee" ' +
        'is not expected here.',
      'input.hcl:9,7-13: Unsupported argument; An argument named "imagee" ' +
        'is not expected here.',
    ]);
  });
});
