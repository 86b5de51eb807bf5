import { describe, expect, it } from 'vitest';

import { createInterpreter } from './interpreter.ts';
import { createTestDeps, createTestIO } from './test-support.ts';

async function type(line: string) {
  const interpreter = createInterpreter(createTestDeps());
  const io = createTestIO();
  const code = await interpreter.execute(line, io);
  return Object.assign(io, { code });
}

describe('the shell around the commands', () => {
  it('answers an unknown command with exit 127', async () => {
    const run = await type('terraform apply');

    expect(run.code).toBe(127);
    expect(run.stderr).toBe('command not found: terraform\n');
  });

  it('reports a syntax error with exit 2', async () => {
    const run = await type('ls ; ; ls');

    expect(run.code).toBe(2);
    expect(run.stderr).toBe("-sh: syntax error near unexpected token `;'\n");
  });

  it('reports an unfinished line given as a whole', async () => {
    const run = await type('echo "open');

    expect(run.stderr).toBe('-sh: syntax error: unexpected end of file\n');
  });

  it('runs && only after success and || only after failure', async () => {
    const run = await type('nope && echo skipped || echo recovered; echo end');

    expect(run.stdout).toBe('recovered\nend\n');
  });

  it('pipes one command into the next', async () => {
    const run = await type('cat access-tables-policy.hcl | cat');

    expect(run.stdout).toContain('path "database/creds/accessdb" {');
  });

  it('names a missing input file', async () => {
    const run = await type('cat < nope.hcl');

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('-sh: nope.hcl: No such file or directory\n');
  });

  it('keeps exported variables for later lines', async () => {
    const interpreter = createInterpreter(createTestDeps());
    await interpreter.execute('export GREETING=hello', createTestIO());
    const io = createTestIO();

    await interpreter.execute('echo $GREETING $VAULT_ADDR', io);

    expect(io.stdout).toBe('hello http://127.0.0.1:8200\n');
  });

  it('masks an exported token', async () => {
    const io = createTestIO();

    await createInterpreter(createTestDeps()).execute(
      'export VAULT_TOKEN=hvs.typed',
      io,
    );

    expect(io.secrets).toEqual(['hvs.typed']);
  });

  it('stops a command waiting at its prompt on Ctrl-C', async () => {
    const controller = new AbortController();
    const io = createTestIO([], controller.signal);
    const interpreter = createInterpreter(createTestDeps());

    const running = interpreter.execute('vault login', io);
    await Promise.resolve();
    controller.abort(new DOMException('interrupted', 'AbortError'));

    expect(await running).toBe(130);
    expect(io.questions).toEqual(['Token (will be hidden): ']);
  });

  it('prints vault usage for vault alone, exit 127', async () => {
    const run = await type('vault');

    expect(run.code).toBe(127);
    expect(run.stderr.split('\n')[0]).toBe('Usage: vault <command> [args]');
  });

  it('prints help for -help, exit 0', async () => {
    const run = await type('vault token create -help');

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: vault token create \[options\]\n/);
    expect(run.stdout).toContain('  -orphan\n');
  });
});
