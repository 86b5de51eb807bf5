import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createInterpreter } from './interpreter.ts';
import { startTypedLab, type TypedLab } from './lab-support.ts';
import { createTestDeps, createTestIO } from './test-support.ts';

const APPEND = 'sudo tee -a /etc/nomad.d/nomad.hcl < nomad-vault-block.hcl';

describe('step 7 typed: tee and systemctl', () => {
  let typed: TypedLab;

  beforeAll(async () => {
    typed = startTypedLab();
    await typed.type('vault operator init -key-shares=1 -key-threshold=1');
    await typed.type(`vault operator unseal ${typed.held().unsealKey}`);
    await typed.type('vault policy write nomad-server nomad-server-policy.hcl');
    await typed.type(
      'vault write auth/token/roles/nomad-cluster ' +
        'allowed_policies=access-tables orphan=true renewable=true',
    );
    await typed.type(
      'vault token create -policy nomad-server -period 72h -orphan',
    );
  });

  afterAll(() => typed.dispose());

  it('needs sudo to write the Nomad config', async () => {
    const run = await typed.type(
      'tee -a /etc/nomad.d/nomad.hcl < nomad-vault-block.hcl',
    );

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('tee: /etc/nomad.d/nomad.hcl: Permission denied\n');
  });

  it('needs sudo to restart Nomad', async () => {
    const run = await typed.type('systemctl restart nomad');

    expect(run.stderr).toBe(
      'Failed to restart nomad.service: Interactive authentication required.\n',
    );
  });

  it('appends the block with the held server token', async () => {
    const run = await typed.type(APPEND);

    const token = typed.held().serverToken ?? '';
    expect(run.stdout).toContain(`token            = "${token}"`);
    expect(run.secrets).toContain(token);
    expect((await typed.type('ls /etc/nomad.d')).stdout).toBe('nomad.hcl\n');
  });

  it('shows Nomad refusing a role without a period (case C5)', async () => {
    const run = await typed.type('sudo systemctl restart nomad');

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'nomad: Role must have a non-zero period to make tokens periodic.\n' +
        'Job for nomad.service failed because the control process exited ' +
        'with error code.\n' +
        'See "systemctl status nomad.service" and "journalctl -xeu ' +
        'nomad.service" for details.\n',
    );
  });

  it('restarts quietly once the role is fixed', async () => {
    await typed.type(
      'vault write auth/token/roles/nomad-cluster @nomad-cluster-role.json',
    );

    const run = await typed.type('sudo systemctl restart nomad');
    const info = await typed.type('nomad agent-info');

    expect(run).toMatchObject({ code: 0, output: '' });
    expect(info.stdout).toMatch(/^vault\n {2}token_expire_time = /m);
  });
});

describe('systemctl in live mode', () => {
  it('says it cannot restart the learner’s own Nomad', async () => {
    const interpreter = createInterpreter(createTestDeps({ mode: 'live' }));
    const io = createTestIO();

    const code = await interpreter.execute('sudo systemctl restart nomad', io);

    expect(code).toBe(1);
    expect(io.stderr).toBe(
      'systemctl: this terminal cannot restart your own Nomad servers; ' +
        'restart them where they run.\n',
    );
  });
});
