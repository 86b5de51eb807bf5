import { describe, expect, it } from 'vitest';
import { formatDiagnostic, formatDiagnostics } from './format.ts';
import { parseHcl } from './parse.ts';

function firstError(source: string): string {
  const result = parseHcl(source);
  if (result.ok) throw new Error('expected a diagnostic');
  return formatDiagnostics(result.diagnostics, 'input.hcl');
}

describe('HCL diagnostics', () => {
  it('points an unclosed block at its opening brace', () => {
    const source = 'job "postgres-nomad-demo" {\n  group "db" {\n  }\n';
    expect(firstError(source)).toBe(
      'input.hcl:1,27-28: Unclosed configuration block; There is no ' +
        'closing brace for this block before the end of the file. This ' +
        'may be caused by incorrect brace nesting elsewhere in this file.',
    );
  });

  it('rejects two arguments on one line', () => {
    expect(firstError('job "x" {\n  a = 1 b = 2\n}\n')).toBe(
      'input.hcl:2,9-10: Missing newline after argument; An argument ' +
        'definition must end with a newline.',
    );
  });

  it('rejects compact one-line blocks with more than one argument', () => {
    const source = 'task "s" {\n  config { image = "x" ports = ["db"] }\n}\n';
    expect(firstError(source)).toBe(
      'input.hcl:2,24-29: Invalid single-argument block definition; A ' +
        'single-line block definition must end with a closing brace ' +
        'immediately after its single argument definition.',
    );
  });

  it('asks for an equals sign after a bare name', () => {
    expect(firstError('job "x" {\n  datacenters\n}\n')).toBe(
      'input.hcl:2,3-14: Argument or block definition required; An ' +
        'argument or block definition is required here. To set an ' +
        'argument, use the equals sign "=" to introduce the argument value.',
    );
  });

  it('reports a missing value at the line break', () => {
    expect(firstError('job "x" {\n  a =\n}\n')).toBe(
      'input.hcl:2,6-3,1: Invalid expression; Expected the start of an ' +
        'expression, but found an invalid expression token.',
    );
  });

  it('reports a stray closing brace', () => {
    expect(firstError('a = 1\n}\n')).toBe(
      'input.hcl:2,1-2: Argument or block definition required; An ' +
        'argument or block definition is required here.',
    );
  });

  it('reports list items without commas', () => {
    expect(firstError('a = ["x" "y"]\n')).toBe(
      'input.hcl:1,10-11: Missing item separator; Expected a comma to ' +
        'mark the beginning of the next item.',
    );
  });

  it('reports quoted strings broken over lines and single quotes', () => {
    expect(firstError('a = "x\ny"\n')).toMatch(
      /^input\.hcl:1,7-2,1: Invalid multi-line string; Quoted strings may/,
    );
    expect(firstError("a = 'x'\n")).toMatch(
      /^input\.hcl:1,5-6: Invalid character; Single quotes are not valid\./,
    );
  });

  it('names the first definition of a repeated argument', () => {
    expect(firstError('a = 1\n  a = 2\n')).toBe(
      'input.hcl:2,3-4: Attribute redefined; The argument "a" was already ' +
        'set at input.hcl:1,1-2. Each argument may be set only once.',
    );
  });

  it('formats ranges and counts the other diagnostics', () => {
    const d = { line: 3, column: 1, endColumn: 2, summary: 'S', detail: 'D' };
    expect(formatDiagnostic(d, 'db.nomad')).toBe('db.nomad:3,1-2: S; D');
    expect(formatDiagnostics([d, d, d], 'input.hcl')).toBe(
      'input.hcl:3,1-2: S; D, and 2 other diagnostic(s)',
    );
    expect(formatDiagnostic({ ...d, endLine: 4 }, 'f')).toBe('f:3,1-4,2: S; D');
  });
});
