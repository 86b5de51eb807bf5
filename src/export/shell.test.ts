import { describe, expect, it } from 'vitest';

import { heredoc, joinGroups } from './shell.ts';

describe('heredoc', () => {
  it('writes the file with a quoted EOF delimiter', () => {
    expect(heredoc('a.hcl', 'path "x" {}\n')).toBe(
      'cat > a.hcl <<\'EOF\'\npath "x" {}\nEOF',
    );
  });

  it('picks another delimiter when a line of the file is EOF', () => {
    expect(heredoc('odd.txt', 'EOF\nEOF_1\n')).toBe(
      "cat > odd.txt <<'EOF_2'\nEOF\nEOF_1\nEOF_2",
    );
  });
});

describe('joinGroups', () => {
  it('keeps a short command on one line', () => {
    expect(joinGroups([['curl'], ['"$VAULT_ADDR/v1/sys/health"']])).toBe(
      'curl "$VAULT_ADDR/v1/sys/health"',
    );
  });
});
