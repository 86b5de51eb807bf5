// What lives as long as the terminal tab: session variables, history,
// what Tab may offer, secrets seen, and the few files outside the steps.
import { addresses } from '../guide/transcript.ts';
import type { CommandNode } from './command.ts';
import type { InvocationBase } from './dispatch.ts';
import type { CommandHistory } from './history.ts';
import type { InterpreterDeps } from './types.ts';

/** Names Tab completion offers, learned from commands and answers. */
export interface Knowledge {
  vaultPaths: Set<string>;
  policies: Set<string>;
  jobs: Set<string>;
  allocations: Set<string>;
}

export interface Shell {
  deps: InterpreterDeps;
  history: CommandHistory;
  knowledge: Knowledge;
  /** Variables set with `export` or a bare `NAME=value`. */
  variables: Map<string, string>;
  /** Secret values seen this session (typed or printed). */
  secrets: Set<string>;
  /**
   * The token of a `vault login` without the root policy; a root login
   * goes to the app's root token slot instead.
   */
  helperToken?: string | undefined;
  /** Files written by commands, e.g. the Nomad agent config. */
  writtenFiles: Map<string, string>;
  /** Runs another command line's argv (`sudo CMD …`). */
  runArgv(argv: readonly string[], base: InvocationBase): Promise<number>;
  /** The top-level commands, for `help`. */
  commands(): readonly CommandNode[];
}

/** The Nomad server configuration file step 7 appends to. */
export const NOMAD_CONFIG_PATH = '/etc/nomad.d/nomad.hcl';

export function createShell(
  deps: InterpreterDeps,
  history: CommandHistory,
  runArgv: Shell['runArgv'],
  commands: Shell['commands'],
): Shell {
  return {
    runArgv,
    commands,
    deps,
    history,
    knowledge: {
      vaultPaths: new Set(['sys/', 'auth/token/']),
      policies: new Set(['default']),
      jobs: new Set(),
      allocations: new Set(),
    },
    variables: new Map(),
    secrets: new Set(),
    writtenFiles: new Map(),
  };
}

/** Variables every command sees unless the learner set them. */
export function defaultVariables(): Map<string, string> {
  return new Map([
    ['VAULT_ADDR', addresses.vault],
    ['NOMAD_ADDR', addresses.nomad],
  ]);
}

/** A file by the name a command was given: a step file or a written one. */
export function readFile(shell: Shell, name: string): string | undefined {
  const written = shell.writtenFiles.get(name);
  if (written !== undefined) return written;
  const base = name.startsWith('./') ? name.slice(2) : name;
  if (base.includes('/')) return undefined;
  return shell.deps.file(base);
}

/** Registers a secret for masking (io) and for history redaction. */
export function noteSecret(
  shell: Shell,
  secret: (value: string) => void,
  value: string | undefined | null,
): void {
  if (!value) return;
  shell.secrets.add(value);
  secret(value);
}

/** The values history must never keep. */
export function knownSecrets(shell: Shell): string[] {
  const held = shell.deps.secrets.get();
  const values = [
    held.unsealKey,
    held.rootToken,
    held.serverToken,
    held.dbPassword,
    ...shell.secrets,
  ];
  return values.filter((value): value is string => Boolean(value));
}
