// The shell's own commands: help, clear, history, echo (files and
// variables have their own modules).
import { writeLines, type CommandNode, type Invocation } from './command.ts';
import { fileCommands } from './file-commands.ts';
import { variableCommands } from './variable-commands.ts';

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

const echoCommand: CommandNode = {
  name: 'echo',
  summary: 'Print its arguments',
  isRaw: true,
  run: async (invocation) => {
    invocation.io.write(`${invocation.args.join(' ')}\n`);
    return 0;
  },
};

export const builtins: CommandNode[] = [
  ...fileCommands,
  clearCommand,
  echoCommand,
  helpCommand,
  historyCommand,
  ...variableCommands,
];
