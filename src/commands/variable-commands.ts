// `export` and `unset`: variables later commands see, e.g. VAULT_TOKEN.
import { writeLines, type CommandNode } from './command.ts';
import { isSecretVariable } from './secret-names.ts';
import { noteSecret } from './shell-state.ts';

const exportCommand: CommandNode = {
  name: 'export',
  summary: 'Set variables for later commands, e.g. VAULT_TOKEN',
  usage: 'Usage: export NAME=value...',
  isRaw: true,
  run: async (invocation) => {
    const { args, io, shell } = invocation;
    if (args.length === 0) {
      const lines = [...shell.variables].map(
        ([name, value]) => `declare -x ${name}="${value}"`,
      );
      writeLines(io.write, lines.join('\n'));
      return 0;
    }
    for (const arg of args) {
      const equals = arg.indexOf('=');
      if (equals <= 0) continue;
      const name = arg.slice(0, equals);
      const value = arg.slice(equals + 1);
      if (isSecretVariable(name)) noteSecret(shell, io.secret, value);
      shell.variables.set(name, value);
    }
    return 0;
  },
};

const unsetCommand: CommandNode = {
  name: 'unset',
  summary: 'Remove variables',
  isRaw: true,
  run: async (invocation) => {
    invocation.args.forEach((name) => invocation.shell.variables.delete(name));
    return 0;
  },
};

export const variableCommands: CommandNode[] = [exportCommand, unsetCommand];
