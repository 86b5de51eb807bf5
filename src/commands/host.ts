// The three host commands of step 7: `sudo`, `tee -a` into the Nomad
// server config, and `systemctl restart nomad`, which in the lab applies
// the config's `vault` block as a restart of Nomad would.
import { isApiError } from '../api/errors.ts';
import { applyNomadVaultBlock } from '../api/lab.ts';
import { SERVER_TOKEN_PLACEHOLDER } from '../guide/files/index.ts';
import { addresses } from '../guide/transcript.ts';
import { fillVaultAddress } from '../guide/vault-block.ts';
import { isStepError } from '../guide/step-error.ts';
import { readVaultBlock } from '../guide/vault-block.ts';
import {
  EXIT_USAGE,
  writeLines,
  type CommandNode,
  type Invocation,
} from './command.ts';
import { NOMAD_CONFIG_PATH, noteSecret } from './shell-state.ts';

/** Set by `sudo` for the command it runs. */
const SUDO_VARIABLE = 'SUDO_USER';

const sudoCommand: CommandNode = {
  name: 'sudo',
  summary: 'Run a command as root (tee, systemctl)',
  usage: 'Usage: sudo COMMAND [ARG...]',
  isRaw: true,
  args: ['command'],
  run: async (invocation) => {
    const { args, shell } = invocation;
    if (args.length === 0) {
      writeLines(invocation.io.writeError, 'usage: sudo command');
      return EXIT_USAGE;
    }
    const env = new Map(invocation.env).set(SUDO_VARIABLE, 'learner');
    return shell.runArgv(args, { ...invocation, env });
  },
};

const teeCommand: CommandNode = {
  name: 'tee',
  summary: 'Copy standard input to a file and to the screen',
  usage: 'Usage: tee [-a] FILE',
  isRaw: true,
  args: ['file'],
  run: async (invocation) => {
    const { args, io, shell, env } = invocation;
    const isAppend = args.includes('-a') || args.includes('--append');
    const [path] = args.filter((arg) => !arg.startsWith('-'));
    const text = withServerToken(invocation, invocation.stdin ?? '');
    io.write(text);
    if (path === undefined) return 0;
    if (!path.startsWith('/') || !env.has(SUDO_VARIABLE)) {
      writeLines(io.writeError, `tee: ${path}: Permission denied`);
      return 1;
    }
    const before = isAppend ? (shell.writtenFiles.get(path) ?? '') : '';
    shell.writtenFiles.set(path, before + text);
    return 0;
  },
};

/**
 * The shipped block names the step 6 token by a placeholder; a sandbox
 * serves Vault where its banner says, not always on the default port.
 */
function withServerToken(invocation: Invocation, text: string): string {
  const { deps } = invocation.shell;
  const placed =
    deps.mode === 'sandbox' ? fillVaultAddress(text, addresses.vault) : text;
  const { serverToken } = deps.secrets.get();
  if (!serverToken || !placed.includes(SERVER_TOKEN_PLACEHOLDER)) {
    return placed;
  }
  noteSecret(invocation.shell, invocation.io.secret, serverToken);
  return placed.replaceAll(SERVER_TOKEN_PLACEHOLDER, serverToken);
}

const systemctlCommand: CommandNode = {
  name: 'systemctl',
  summary: 'Restart Nomad so it reads its configuration again',
  usage: 'Usage: systemctl restart nomad',
  isRaw: true,
  run: async (invocation) => {
    const { args, io, env, shell } = invocation;
    const [verb, unit] = args;
    const service = (unit ?? '').replace(/\.service$/, '');
    if (verb !== 'restart' || service !== 'nomad') {
      writeLines(
        io.writeError,
        'systemctl: only "systemctl restart nomad" is available here',
      );
      return EXIT_USAGE;
    }
    if (!env.has(SUDO_VARIABLE)) {
      writeLines(
        io.writeError,
        'Failed to restart nomad.service: Interactive authentication required.',
      );
      return EXIT_USAGE;
    }
    if (shell.deps.mode === 'live') {
      writeLines(
        io.writeError,
        'systemctl: this terminal cannot restart your own Nomad servers; ' +
          'restart them where they run.',
      );
      return EXIT_USAGE;
    }
    return restartNomad(invocation);
  },
};

async function restartNomad(invocation: Invocation): Promise<number> {
  const { io, shell } = invocation;
  const config = shell.writtenFiles.get(NOMAD_CONFIG_PATH) ?? '';
  if (!/\bvault\s*\{/.test(config)) return 0;
  let refusal: string[];
  try {
    await applyNomadVaultBlock(readVaultBlock(config));
    return 0;
  } catch (error) {
    if (isStepError(error)) refusal = [error.message];
    else if (isApiError(error) && error.kind === 'upstream') {
      refusal = error.errors;
    } else throw error;
  }
  const journal = refusal.map((line) => `nomad: ${line}`);
  writeLines(
    io.writeError,
    [
      ...journal,
      'Job for nomad.service failed because the control process exited ' +
        'with error code.',
      'See "systemctl status nomad.service" and "journalctl -xeu ' +
        'nomad.service" for details.',
    ].join('\n'),
  );
  return EXIT_USAGE;
}

export const hostCommands: CommandNode[] = [
  sudoCommand,
  systemctlCommand,
  teeCommand,
];
