// Node tests: runs a script with bash without blocking the event loop, so
// a sandbox served from the same process can answer it.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BashRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Writes `script` to a temp dir and runs it there with `env` added. */
export async function runBash(
  script: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<BashRun> {
  const dir = await mkdtemp(join(tmpdir(), 'replay-'));
  try {
    const path = join(dir, 'walk.sh');
    await writeFile(path, script, { mode: 0o700 });
    return await new Promise<BashRun>((resolve, reject) => {
      const child = spawn('bash', [path], {
        cwd: dir,
        env: { ...process.env, ...env },
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
      child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
