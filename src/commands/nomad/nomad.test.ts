import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTypedLab, type TypedLab } from '../lab-support.ts';

const JOB = 'postgres-nomad-demo';

describe('typed nomad commands against the lab', () => {
  let typed: TypedLab;

  beforeAll(() => {
    typed = startTypedLab();
  });

  afterAll(() => typed.dispose());

  it('prints the parsed job for -output without submitting', async () => {
    const run = await typed.type('nomad job run -output db.nomad');

    const printed = JSON.parse(run.stdout);
    expect(run.stdout.startsWith('{\n    "Job": {\n')).toBe(true);
    expect(printed.Job.ID).toBe(JOB);
    expect((await typed.type('nomad status')).stdout).toBe('No running jobs\n');
  });

  it('plans a new job: one placement, exit 1', async () => {
    const run = await typed.type('nomad job plan db.nomad');

    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      `+ Job: "${JOB}"`,
      '+ Task Group: "db" (1 create)',
    ]);
    expect(run.stdout).toContain(
      'Scheduler dry-run:\n- All tasks successfully allocated.\n',
    );
    expect(run.stdout).toContain(
      'Job Modify Index: 0\nTo submit the job with version verification ' +
        'run:\n\nnomad job run -check-index 0 db.nomad\n',
    );
  });

  it('registers without waiting under -detach', async () => {
    const run = await typed.type('nomad job run -detach db.nomad');

    expect(run.stdout).toMatch(
      /^Job registration successful\nEvaluation ID: [0-9a-f-]{36}\n$/,
    );
  });

  it('refuses -check-index 0 once the job exists', async () => {
    const run = await typed.type('nomad job run -check-index 0 db.nomad');

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Enforcing job modify index 0: job already exists\nJob not updated\n',
    );
  });

  it('lists the jobs', async () => {
    const run = await typed.type('nomad status');

    const [header, row] = run.stdout.split('\n');
    expect(header).toMatch(/^ID +Type +Priority +Status +Submit Date$/);
    expect(row).toMatch(/^postgres-nomad-demo +service +50 +\w+ +\d{4}-/);
  });

  it('finds a job by prefix and prints its status', async () => {
    const run = await typed.type('nomad status postgres');

    expect(run.stdout).toMatch(/^ID +?= postgres-nomad-demo$/m);
    expect(run.stdout).toMatch(/^Summary\nTask Group +Queued/m);
    expect(run.stdout).toMatch(/^Allocations\nID +Node ID +Task Group/m);
  });

  it('says no job matches an unknown prefix', async () => {
    const run = await typed.type('nomad job status nope');

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('No job(s) with prefix or id "nope" found\n');
  });

  it('shows an allocation by its short ID', async () => {
    const status = await typed.type(`nomad job status ${JOB}`);
    const id = /^Allocations\n.*\n(\w{8})\s/m.exec(status.stdout)?.[1] ?? '';

    const run = await typed.type(`nomad alloc status ${id}`);

    expect(run.stdout).toMatch(new RegExp(`^ID +?= ${id}[0-9a-f-]{28}$`, 'm'));
    expect(run.stdout).toMatch(/^Name +?= postgres-nomad-demo\.db\[0\]$/m);
  });

  it('lists the client node', async () => {
    const run = await typed.type('nomad node status');

    const [header, row] = run.stdout.split('\n');
    expect(header).toMatch(
      /^ID +Node Pool +DC +Name +Class +Drain +Eligibility +Status$/,
    );
    expect(row).toMatch(/^\w{8} +default +dc1 /);
  });

  it('reports a jobspec that does not parse', async () => {
    const run = await typed.type(`echo 'job "x" {' | nomad job run -`);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Error getting job struct: Error parsing job file from -:\n/,
    );
  });

  it('asks for exactly one path', async () => {
    const run = await typed.type('nomad job run');

    expect(run.stderr).toBe(
      'This command takes one argument: <path>\n' +
        "For additional help try 'nomad job run -help'\n",
    );
  });

  it('stops the job and watches the deregistration', async () => {
    const run = await typed.type(`nomad job stop ${JOB}`);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^ {4}\S+: Evaluation triggered by job "postgres-nomad-demo"$/m,
    );
    expect(run.stdout).toMatch(/Evaluation "\w{8}" finished with status/);
  });
});
