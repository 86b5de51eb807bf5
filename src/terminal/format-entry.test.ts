import { describe, expect, it } from 'vitest';

import { formatEntry } from './format-entry.ts';

describe('formatEntry', () => {
  it('writes a prompt, the command, the output and a blank line', () => {
    const text = formatEntry({
      command: 'vault operator unseal ****',
      output: 'Key     Value\n---     -----\nSealed  false\n',
      isError: false,
    });

    expect(text).toBe(
      '\u001b[1m\u001b[32m$ \u001b[0mvault operator unseal ****\r\n' +
        'Key     Value\r\n---     -----\r\nSealed  false\r\n\r\n',
    );
  });

  it('colours error output red', () => {
    const text = formatEntry({
      command: 'vault policy write nomad-server nomad-server-policy.hcl',
      output: 'Error uploading policy: Code: 503. Errors:\n\n* Vault is sealed',
      isError: true,
    });

    expect(text).toContain(
      '\u001b[31mError uploading policy: Code: 503. Errors:\r\n\r\n' +
        '* Vault is sealed\u001b[0m\r\n\r\n',
    );
  });

  it('writes only the prompt line when there is no output', () => {
    const text = formatEntry({ command: 'clear', output: '', isError: false });

    expect(text).toBe('\u001b[1m\u001b[32m$ \u001b[0mclear\r\n\r\n');
  });
});
