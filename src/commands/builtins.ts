// The shell's own commands: help, clear, history, ls, cat, echo, export.
import { writeLines, type CommandNode, type Invocation } from './command.ts';
import { readFile } from './shell-state.ts';

const helpCommand: CommandNode = {
  name: 'help',
  summary: 'List the commands this terminal understands',
  usage: 'Usage: help [command]',
  isRaw: true,
  args: ['command'],
  run: async (invocation) => {
    const lines = [
      'Type the commands of the guide as you would in a shell. Available:',
      '',
      ...commandTable(invocation),
      '',
      'Tab completes commands, flags, files and Vault paths; ↑/↓ recall ' +
        'earlier lines;',
      'Ctrl-C stops a running command, Ctrl-L clears the screen.',
      'Run "vault" or "nomad" alone to list their subcommands.',
    ];
    writeLines(invocation.io.write, lines.join('\n'));
    return 0;
  },
};

function commandTable(invocation: Invocation): string[] {
  const commands = invocation.shell.commands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
}

const clearCommand: CommandNode = {
  name: 'clear',
  summary: 'Clear the screen (also Ctrl-L)',
  isRaw: true,
  run: async (invocation) => {
    invocation.io.clear();
    return 0;
  },
};

const historyCommand: CommandNode = {
  name: 'history',
  summary: 'Show the lines typed in this tab (secrets left out)',
  usage: 'Usage: history [-c]',
  isRaw: true,
  run: async (invocation) => {
    const { history } = invocation.shell;
    if (invocation.args[0] === '-c') {
      history.clear();
      return 0;
    }
    const lines = history
      .entries()
      .map((line, index) => `${String(index + 1).padStart(5)}  ${line}`);
    writeLines(invocation.io.write, lines.join('\n'));
    return 0;
  },
};

const lsCommand: CommandNode = {
  name: 'ls',
  summary: "List the guide's files",
  isRaw: true,
  args: ['file'],
  run: async (invocation) => {
    const { shell, io, args } = invocation;
    const [dir] = args.filter((arg) => !arg.startsWith('-'));
    if (dir === undefined || dir === '.' || dir === './') {
      const names = [...shell.deps.fileNames()].sort();
      writeLines(io.write, names.join('  '));
      return 0;
    }
    const prefix = dir.replace(/\/?$/, '/');
    const written = [...shell.writtenFiles.keys()]
      .filter((path) => path.startsWith(prefix))
      .map((path) => path.slice(prefix.length));
    if (written.length === 0) {
      writeLines(
        io.writeError,
        `ls: cannot access '${dir}': No such file or directory`,
      );
      return 2;
    }
    writeLines(io.write, written.join('  '));
    return 0;
  },
};

const catCommand: CommandNode = {
  name: 'cat',
  summary: 'Print a file (as the CLIs would read it)',
  usage: 'Usage: cat FILE...',
  isRaw: true,
  args: ['file'],
  run: async (invocation) => {
    const { args, io, shell, stdin } = invocation;
    if (args.length === 0) {
      io.write(stdin ?? '');
      return 0;
    }
    let status = 0;
    for (const name of args) {
      const content = readFile(shell, name);
      if (content === undefined) {
        writeLines(io.writeError, `cat: ${name}: No such file or directory`);
        status = 1;
      } else {
        io.write(content);
      }
    }
    return status;
  },
};

const echoCommand: CommandNode = {
  name: 'echo',
  summary: 'Print its arguments',
  isRaw: true,
  run: async (invocation) => {
    invocation.io.write(`${invocation.args.join(' ')}\n`);
    return 0;
  },
};

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
      shell.variables.set(arg.slice(0, equals), arg.slice(equals + 1));
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

export const builtins: CommandNode[] = [
  catCommand,
  clearCommand,
  echoCommand,
  exportCommand,
  helpCommand,
  historyCommand,
  lsCommand,
  unsetCommand,
];
