import { describe, expect, it } from 'vitest';

import { exportCliScript } from './cli-script.ts';

const serverToken = 'hvs.CAESIServerTokenForTests0123456789';
const rootToken = 'hvs.CAESIJq3rootTokenForTests0123456789';
const secrets = { rootToken, serverToken };

describe('exportCliScript', () => {
  it('leaves out a command that failed, naming it masked', () => {
    const script = exportCliScript(
      [
        {
          command: `vault login ${rootToken}`,
          output: 'Error authenticating',
          isError: true,
        },
      ],
      [],
      { secrets },
    );

    expect(script).toContain(
      '# Left out, it failed during the walk: vault login hvs.****',
    );
    expect(script).not.toContain('vault login -no-print');
  });

  it('makes a new server token where the walk reused an old one', () => {
    const lookup = {
      command: `vault token lookup ${serverToken}`,
      output: `id  ${serverToken}`,
      secrets: [serverToken],
    };

    const script = exportCliScript([lookup, lookup], [], { secrets });

    expect(
      script.match(/NOMAD_SERVER_TOKEN="\$\(vault token create/g),
    ).toHaveLength(1);
    expect(script).not.toContain(serverToken);
  });

  it('writes step files as heredocs with the server token put back', () => {
    const block = [
      'vault {',
      '  enabled          = true',
      '  address          = "http://127.0.0.1:8200"',
      '  task_token_ttl   = "1h"',
      '  create_from_role = "nomad-cluster"',
      `  token            = "${serverToken}"`,
      '}',
      '',
    ].join('\n');
    const entries = [
      {
        command: 'sudo tee -a /etc/nomad.d/nomad.hcl < nomad-vault-block.hcl',
        output: block,
        secrets: [serverToken],
      },
    ];

    const script = exportCliScript(
      entries,
      [{ name: 'nomad-vault-block.hcl', content: block }],
      { secrets },
    );

    expect(script).toContain(
      `cat > nomad-vault-block.hcl <<'EOF'\n${block.replace(
        serverToken,
        '<SERVER_TOKEN>',
      )}EOF`,
    );
    expect(script).toContain(
      `"address":"'"$VAULT_ADDR"'","task_token_ttl":"1h",` +
        `"create_from_role":"nomad-cluster",` +
        `"token":"'"$NOMAD_SERVER_TOKEN"'"}' \\`,
    );
    expect(script).toContain(': "${NOMAD_SERVER_TOKEN:?set NOMAD_SERVER_TOKEN');
    expect(script).not.toContain(serverToken);
  });

  it('writes a vault block it cannot read as a loud failure', () => {
    const script = exportCliScript(
      [
        {
          command: 'sudo tee -a /etc/nomad.d/nomad.hcl < nomad-vault-block.hcl',
          output: '',
        },
      ],
      [{ name: 'nomad-vault-block.hcl', content: 'vault {}\n' }],
      { secrets },
    );

    expect(script).toContain(
      '  echo "nomad-vault-block.hcl holds no vault block the lab can read" >&2\n' +
        '  exit 1',
    );
  });

  it('leaves out a command holding a secret it has no variable for', () => {
    const hexKey = '3f1c2a9e8b7d6c5f4e3a2b1c0d9f8e7a';
    const script = exportCliScript(
      [
        {
          command: `vault operator unseal ${hexKey}`,
          output: 'Sealed  false',
          secrets: [hexKey],
        },
      ],
      [],
      { secrets },
    );

    expect(script).toContain(
      '# Left out, it holds a secret with no variable: vault operator unseal ****',
    );
    expect(script).not.toContain(hexKey);
  });
});
