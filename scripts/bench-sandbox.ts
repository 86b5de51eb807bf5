// Prints the sandbox's cold start: from spawning the process to both
// listeners answering with PostgreSQL ready, over a few runs, and checks
// that Ctrl+C removes the data directory. Run `npx tsx scripts/bench-sandbox.ts`.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

const RUNS = Number(process.argv[2] ?? 3);
const GOAL_MS = 5000;

/** Resolves with the printed addresses once the banner is out. */
function banner(child: ChildProcess): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const vault = /Sandbox Vault \(emulator\): (\S+)/.exec(output)?.[1];
      const nomad = /Sandbox Nomad \(emulator\): (\S+)/.exec(output)?.[1];
      const data = /Data lives in (\S+) and/.exec(output)?.[1];
      if (vault && nomad && data) resolve({ vault, nomad, data });
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
}

async function answers(url: string): Promise<void> {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.headers.get('x-lab-emulator')) {
    throw new Error(`${url} did not answer as the emulator`);
  }
}

async function coldStart(): Promise<{ ms: number; isDataRemoved: boolean }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/sandbox/main.ts',
      '--vault-port',
      '0',
      '--nomad-port',
      '0',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const { vault = '', nomad = '', data = '' } = await banner(child);
    await Promise.all([
      answers(`${vault}/v1/sys/health`),
      answers(`${nomad}/lab/info`),
    ]);
    const ms = performance.now() - started;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
    return { ms, isDataRemoved: !existsSync(data) };
  } finally {
    // SIGTERM lets it stop PostgreSQL too; SIGKILL would orphan it.
    if (child.exitCode === null) child.kill('SIGTERM');
  }
}

const seconds = (ms = Number.NaN) => `${(ms / 1000).toFixed(2)} s`;
const figures: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  const { ms, isDataRemoved } = await coldStart();
  figures.push(ms);
  console.log(
    `run ${run}: ${seconds(ms)}` +
      (isDataRemoved ? '' : '  (data directory left behind!)'),
  );
}
const sorted = [...figures].sort((a, b) => a - b);
console.log(
  `sandbox cold start: median ${seconds(sorted[Math.floor(RUNS / 2)])}, ` +
    `max ${seconds(sorted.at(-1))} (goal ≤ ${seconds(GOAL_MS)})`,
);
