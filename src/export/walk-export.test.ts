import { spawnSync } from 'node:child_process';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { routeApi } from '../../mocks/lab/route-api.ts';
import { configureHttp } from '../api/http.ts';
import { createStepContext } from '../app/step-context.ts';
import { steps } from '../guide/index.ts';
import { startLab, type LabHarness } from '../guide/lab-harness.ts';
import { createAppStore, type AppStore } from '../state/create-app-store.ts';
import { exportCliScript } from './cli-script.ts';
import { exportCurlScript, type EntryCalls } from './curl-script.ts';
import type { ExportFile } from './script-parts.ts';
import { exportTranscript } from './transcript-text.ts';

// One walk of the 15 steps against the real lab, recorded as the app does,
// then exported three ways.
let harness: LabHarness;
let store: AppStore;

beforeAll(async () => {
  harness = startLab();
  store = createAppStore();
  configureHttp({
    // The harness's own recorder is replaced by the app store's.
    fetch: routeApi(harness.lab),
    baseUrl: 'http://lab.test',
    onExchange: (exchange) => store.getState().recordExchange(exchange),
  });
  for (const step of steps) {
    store.getState().setRun(step.number, { status: 'running' });
    await step.run(createStepContext(step, steps, store, 'run'));
    store.getState().setRun(step.number, { status: 'done', message: 'Done' });
  }
}, 120_000);

afterAll(async () => {
  await harness.dispose();
});

const files: ExportFile[] = steps.flatMap((step) =>
  step.files.map(({ name, content }) => ({ name, content })),
);

function entryCalls(): EntryCalls[] {
  const { transcript, exchangesByEntry } = store.getState();
  return transcript.map((entry) => ({
    entry,
    exchanges: exchangesByEntry[entry.id] ?? [],
  }));
}

/** Every credential of the walk: held ones and those only in answers. */
function walkSecrets(): string[] {
  const { secrets } = store.getState();
  const init = Object.values(store.getState().exchangesByEntry)
    .flat()
    .find((e) => e.path === '/v1/sys/init' && e.method === 'PUT');
  const answer = init?.responseBody as { keys: string[] };
  const values = [
    secrets.unsealKey,
    secrets.rootToken,
    secrets.serverToken,
    secrets.dbPassword,
    ...answer.keys,
  ];
  return values.filter((value): value is string => value !== undefined);
}

function expectValidBash(script: string): void {
  const check = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
}

function expectInOrder(text: string, parts: readonly string[]): void {
  const positions = parts.map((part) => text.indexOf(part));
  expect(
    positions.every((at) => at >= 0),
    positions.join(','),
  ).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

describe('a recorded walk', () => {
  it('hands each entry the calls that produced it', () => {
    const { transcript, exchangesByEntry } = store.getState();
    const unseal = transcript.find((e) =>
      e.command.startsWith('vault operator unseal'),
    );
    const tee = transcript.find((e) => e.command.startsWith('sudo tee'));

    expect(walkSecrets()).toHaveLength(5);
    expect(exchangesByEntry[unseal?.id ?? 0]?.map((e) => e.path)).toEqual([
      '/v1/sys/unseal',
    ]);
    expect(exchangesByEntry[tee?.id ?? 0]).toBeUndefined();
  });
});

describe('exportCliScript on the walk', () => {
  it('keeps every secret out and replays the commands in order', () => {
    const { transcript, secrets } = store.getState();

    const script = exportCliScript(transcript, files, { secrets });

    for (const secret of walkSecrets()) expect(script).not.toContain(secret);
    expectValidBash(script);
    expectInOrder(script, [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      'init_json="$(vault operator init -key-shares=1 -key-threshold=1 -format=json)"',
      'vault operator unseal "$UNSEAL_KEY"',
      'vault login -no-print "$VAULT_TOKEN"',
      "cat > nomad-server-policy.hcl <<'EOF'",
      'vault policy write nomad-server nomad-server-policy.hcl',
      'vault write /auth/token/roles/nomad-cluster @nomad-cluster-role.json',
      'NOMAD_SERVER_TOKEN="$(vault token create -policy nomad-server ' +
        '-period 72h -orphan -field=token)"',
      '"$NOMAD_LAB_CONTROL/nomad/vault"',
      "cat > db.nomad <<'EOF'",
      'nomad job run db.nomad',
      'vault secrets enable database',
      'vault write database/config/postgresql @connection.json',
      'creation_statements=@accessdb.sql',
      'vault read -format=json database/creds/accessdb | show_json',
      'nomad job run web-app.nomad',
      'alloc_id="$(nomad job allocs -json nomad-vault-demo | running_alloc_id)"',
      'curl -sS --fail-with-body "http://$WEB_ADDR/names"',
    ]);
  });
});

describe('exportCurlScript on the walk', () => {
  it('keeps every secret out and replays the calls in order', () => {
    const { secrets } = store.getState();

    const script = exportCurlScript(entryCalls(), files, { secrets });

    for (const secret of walkSecrets()) expect(script).not.toContain(secret);
    expectValidBash(script);
    expectInOrder(script, [
      'set -euo pipefail',
      `--data '{"secret_shares":1,"secret_threshold":1}'`,
      'UNSEAL_KEY="$(json_field keys_base64.0 <<<"$init_json")"',
      `--data '{"key":"'"$UNSEAL_KEY"'"}'`,
      '"$VAULT_ADDR/v1/auth/token/lookup-self" >/dev/null',
      '--data "$(file_json \'{}\' policy=nomad-server-policy.hcl)"',
      '--data @nomad-cluster-role.json',
      'NOMAD_SERVER_TOKEN="$(json_field auth.client_token <<<"$token_json")"',
      `"token":"'"$NOMAD_SERVER_TOKEN"'"}'`,
      `JobHCL=db.nomad`,
      '| as_job_register',
      'wait_for_job postgres-nomad-demo',
      '"$VAULT_ADDR/v1/sys/mounts/database"',
      '--data @connection.json',
      'creation_statements=accessdb.sql',
      '"$VAULT_ADDR/v1/database/creds/accessdb" | show_json',
      'wait_for_job nomad-vault-demo',
      '"$NOMAD_ADDR/v1/job/nomad-vault-demo/allocations"',
      'curl -sS --fail-with-body "http://$WEB_ADDR/names"',
    ]);
  });

  it('leaves out reads that change nothing', () => {
    const script = exportCurlScript(entryCalls(), files, {
      secrets: store.getState().secrets,
    });

    expect(script).not.toContain('/v1/sys/seal-status');
    expect(script).not.toContain('/v1/evaluation/');
    expect(script).not.toContain('/v1/job/postgres-nomad-demo/summary');
  });
});

describe('exportTranscript on the walk', () => {
  it('masks every secret and keeps the commands', () => {
    const text = exportTranscript(entryCalls(), store.getState().secrets);

    for (const secret of walkSecrets()) expect(text).not.toContain(secret);
    expectInOrder(text, [
      '$ vault operator init -key-shares=1 -key-threshold=1',
      'Unseal Key 1: ****',
      'Initial Root Token: hvs.****',
      '$ vault operator unseal ****',
      '$ vault login hvs.****',
      '$ nomad job run db.nomad',
      '$ vault read database/creds/accessdb',
    ]);
    expect(text).toMatch(/^token_accessor\s+\*\*\*\*$/m);
  });
});
