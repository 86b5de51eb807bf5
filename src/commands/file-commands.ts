// `ls` and `cat`: the guide's files as the CLIs see them, plus the files
// commands wrote (the Nomad server config of step 7).
import { writeLines, type CommandNode } from './command.ts';
import { readFile } from './shell-state.ts';

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

export const fileCommands: CommandNode[] = [catCommand, lsCommand];
