import type { SourcePositions } from './positions.ts';
import type { Token } from './tree.ts';
import type { HclDiagnostic } from './types.ts';

const multiLine = [
  'Invalid multi-line string',
  'Quoted strings may not be split over multiple lines. To produce a ' +
    'multi-line string, either use the \\n escape to represent a newline ' +
    'character or use the "heredoc" multi-line template syntax.',
] as const;

const badCharacters: Record<string, readonly [string, string]> = {
  "'": [
    'Invalid character',
    'Single quotes are not valid. Use double quotes (") to enclose strings.',
  ],
  ';': [
    'Invalid character',
    'The ";" character is not valid. Use newlines to separate arguments ' +
      'and blocks, and commas to separate items in collection values.',
  ],
  '`': [
    'Invalid character',
    'The "`" character is not valid. To create a multi-line string, use ' +
      'the "heredoc" syntax, like "<<EOT".',
  ],
};

/**
 * Problems HCL's scanner reports before parsing: line breaks inside
 * quoted strings and characters the language has no use for.
 */
export function lexicalChecks(
  positions: SourcePositions,
  tokens: Token[],
  quotedLiterals: { from: number; to: number }[],
): HclDiagnostic[] {
  const found: { at: number; diagnostic: HclDiagnostic }[] = [];
  const { source } = positions;
  for (const literal of quotedLiterals) {
    const text = source.slice(literal.from, literal.to);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      const at = literal.from + i;
      found.push({
        at,
        diagnostic: positions.diagnostic(at, at + 1, ...multiLine),
      });
    }
  }
  for (const token of tokens) {
    if (!token.isError || token.to === token.from) continue;
    const char = source.slice(token.from, token.from + 1);
    const message = badCharacters[char];
    if (message) {
      const d = positions.diagnostic(token.from, token.from + 1, ...message);
      found.push({ at: token.from, diagnostic: d });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.diagnostic);
}
