// Node tests: replays the exported CLI script through the app's typed
// command interpreter. Each vault, nomad, curl, echo and export line goes
// to the interpreter as typed; the script's bash scaffolding (heredoc
// files, `$(…)` captures, `if`, the node helper functions) is done here,
// the helpers by real bash, since the interpreter has no such constructs.
import { spawnSync } from 'node:child_process';

import { createTestIO } from '../../commands/test-support.ts';
import type { Interpreter } from '../../commands/types.ts';
import { logicalLines } from './script-lines.ts';

export interface ReplayHost {
  interpreter: Interpreter;
  /** Heredoc files land here; the interpreter's `file()` reads them. */
  files: Map<string, string>;
}

export interface Replayed {
  log: ReplayedLine[];
  /** The script's shell variables at its end. */
  variables: ReadonlyMap<string, string>;
}

export interface ReplayedLine {
  line: string;
  code: number;
  output: string;
}

const HELPER_CALL = /^([a-z_]+)\b(.*?)(?:\s*<<<\s*"\$(\w+)")?$/;

/** Runs the script top to bottom; throws on the first failing command. */
export async function replayCliScript(
  script: string,
  host: ReplayHost,
  env: Record<string, string>,
): Promise<Replayed> {
  const replay = new Replay(host, env);
  await replay.block(logicalLines(script, host.files, replay.helpers));
  return { log: replay.log, variables: replay.variables };
}

class Replay {
  readonly log: ReplayedLine[] = [];
  readonly helpers: string[] = [];
  readonly variables = new Map<string, string>();

  constructor(
    private readonly host: ReplayHost,
    env: Record<string, string>,
  ) {
    for (const [name, value] of Object.entries(env)) {
      this.variables.set(name, value);
    }
  }

  async block(lines: readonly string[]): Promise<void> {
    for (let at = 0; at < lines.length; at += 1) {
      const line = lines[at] ?? '';
      const test = /^if \[ -n "\$\{?(\w+)(?::-)?\}?" \]; then$/.exec(line);
      if (test?.[1]) {
        const end = lines.indexOf('fi', at);
        const body = lines.slice(at + 1, end);
        const split = body.indexOf('else');
        const isSet = (this.variables.get(test[1]) ?? '') !== '';
        const chosen = split < 0 ? body : body.slice(0, split);
        const other = split < 0 ? [] : body.slice(split + 1);
        await this.block(isSet ? chosen : other);
        at = end;
        continue;
      }
      await this.statement(line);
    }
  }

  private async statement(line: string): Promise<void> {
    if (/^(set -euo pipefail|trap .*|cd "\$workdir")$/.test(line)) return;
    const param = /^: "\$\{(\w+)(:?[=?])([^}]*)\}"$/.exec(line);
    if (param?.[1] && param[2])
      return this.parameter(param[1], param[2], param[3] ?? '');
    const capture = /^(\w+)="\$\((.*)\)"$/.exec(line);
    if (capture?.[1] && capture[2] !== undefined) {
      if (capture[2] === 'mktemp -d') return;
      return this.assign(
        capture[1],
        (await this.pipeline(capture[2])).trimEnd(),
      );
    }
    const replace = /^(\w+)="\$\{(\w+)\/\/([^/]*)\/([^}]*)\}"$/.exec(line);
    if (replace?.[1] && replace[2]) {
      const from = this.variables.get(replace[2]) ?? '';
      const to = this.expand(replace[4] ?? '');
      return this.assign(replace[1], from.split(replace[3] ?? '').join(to));
    }
    await this.pipeline(line);
  }

  private async parameter(name: string, op: string, word: string) {
    const value = this.variables.get(name);
    if (op.endsWith('?')) {
      if (!value) throw new Error(`${name}: ${word}`);
      return;
    }
    if (value === undefined || (op === ':=' && value === '')) {
      await this.assign(name, this.expand(word));
    }
  }

  /** Sets a variable here and, typed as `NAME='value'`, in the interpreter. */
  private async assign(name: string, value: string): Promise<void> {
    this.variables.set(name, value);
    if (value.includes('\n')) return;
    await this.typed(`${name}='${value.replace(/'/g, `'"'"'`)}'`);
  }

  private expand(word: string): string {
    return word.replace(
      /\$\{?(\w+)\}?/g,
      (_, name: string) => this.variables.get(name) ?? '',
    );
  }

  /** `cmd | helper`: cmd by the interpreter, helper by bash. */
  private async pipeline(text: string): Promise<string> {
    const parts = text.split(' | ');
    const last = parts.at(-1) ?? '';
    const helper = HELPER_CALL.exec(last);
    if (!helper?.[1] || !this.isHelper(helper[1])) return this.typed(text);
    const head = parts.slice(0, -1).join(' | ');
    const input =
      helper[3] !== undefined
        ? (this.variables.get(helper[3]) ?? '')
        : await this.typed(head);
    return this.bash(`${helper[1]}${helper[2] ?? ''}`, input, text);
  }

  private isHelper(name: string): boolean {
    return this.helpers.some((definition) => definition.startsWith(name));
  }

  private async typed(line: string): Promise<string> {
    const io = createTestIO();
    const code = await this.host.interpreter.execute(line, io);
    this.log.push({ line, code, output: io.output });
    if (code !== 0) throw new Error(`exit ${code}: ${line}\n${io.output}`);
    return io.stdout;
  }

  private bash(call: string, input: string, line: string): string {
    const env = { ...process.env, ...Object.fromEntries(this.variables) };
    const run = spawnSync(
      'bash',
      ['-c', `${this.helpers.join('\n')}\n${call}`],
      {
        input,
        env,
        encoding: 'utf8',
      },
    );
    this.log.push({ line, code: run.status ?? 1, output: run.stdout });
    if (run.status !== 0) {
      throw new Error(`exit ${run.status}: ${line}\n${run.stderr}`);
    }
    return run.stdout;
  }
}
