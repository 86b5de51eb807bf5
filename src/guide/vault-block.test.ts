import { describe, expect, it } from 'vitest';

import { stepFiles } from './files/index.ts';
import {
  fillServerToken,
  fillVaultAddress,
  readVaultBlock,
} from './vault-block.ts';

describe('readVaultBlock', () => {
  it('reads the shipped block with the server token filled in', () => {
    const hcl = fillServerToken(
      stepFiles.nomadVaultBlock.content,
      'hvs.CAESIserver',
    );

    expect(readVaultBlock(hcl)).toEqual({
      enabled: true,
      address: 'http://127.0.0.1:8200',
      task_token_ttl: '1h',
      create_from_role: 'nomad-cluster',
      token: 'hvs.CAESIserver',
    });
  });

  it('ignores comments and blank lines', () => {
    const hcl = [
      'vault {',
      '  # where Vault listens',
      '  enabled = true',
      '',
      '  address = "http://vault.example.invalid:8200"',
      '  task_token_ttl = "30m"',
      '  create_from_role = "other"',
      '  token = "t"',
      '}',
    ].join('\n');

    expect(readVaultBlock(hcl).address).toBe(
      'http://vault.example.invalid:8200',
    );
  });

  it('names the missing setting', () => {
    const hcl = 'vault {\n  enabled = true\n  address = "x"\n}';

    expect(() => readVaultBlock(hcl)).toThrow(
      'nomad-vault-block.hcl cannot be applied: it needs task_token_ttl = "…".',
    );
  });

  it('refuses text without a vault block', () => {
    expect(() => readVaultBlock('server { enabled = true }')).toThrow(
      'it has no `vault { … }` block',
    );
  });
});

describe('fillVaultAddress', () => {
  it('points the guide default address at the Vault that answers', () => {
    const block = 'vault {\n  address = "http://127.0.0.1:8200"\n}\n';

    const filled = fillVaultAddress(block, 'http://127.0.0.1:18200');

    expect(filled).toBe('vault {\n  address = "http://127.0.0.1:18200"\n}\n');
  });

  it('leaves an address the learner changed alone', () => {
    const block = 'vault {\n  address = "https://vault.example:8200"\n}\n';

    expect(fillVaultAddress(block, 'http://127.0.0.1:18200')).toBe(block);
  });
});
