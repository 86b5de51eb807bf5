// A command line as the interpreter runs it: lists joined by `;`, `&&`,
// `||`; pipelines joined by `|`; each command with its leading `VAR=value`
// assignments and an optional `< file`.
import { expandWord, ExpansionError, type VariableLookup } from './expand.ts';
import { isIncompleteLine, lex, type Lexeme, type Word } from './lex.ts';

export interface Assignment {
  name: string;
  value: string;
}

export interface SimpleCommand {
  assignments: Assignment[];
  argv: string[];
  /** The argv words as typed (for redaction and completion). */
  words: Word[];
  /** File named by `< file`. */
  stdinFile?: string;
}

export type Connector = ';' | '&&' | '||';

export interface ListItem {
  /** How this pipeline depends on the previous one (first: ';'). */
  connector: Connector;
  pipeline: SimpleCommand[];
}

export type ParsedLine =
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'incomplete' }
  | { kind: 'error'; message: string };

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

export function parseLine(text: string, lookup: VariableLookup): ParsedLine {
  if (isIncompleteLine(text)) return { kind: 'incomplete' };
  try {
    return { kind: 'list', items: parseList(lex(text).lexemes, lookup) };
  } catch (error) {
    if (error instanceof ShellSyntaxError || error instanceof ExpansionError) {
      return { kind: 'error', message: error.message };
    }
    throw error;
  }
}

/** `VAR=value` at the start of a raw word, split; null for other words. */
export function splitAssignment(
  raw: string,
): { name: string; rawValue: string } | null {
  const match = ASSIGNMENT.exec(raw);
  if (!match?.[1]) return null;
  return { name: match[1], rawValue: raw.slice(match[0].length) };
}

class ShellSyntaxError extends Error {}

function unexpected(token: string): ShellSyntaxError {
  return new ShellSyntaxError(`syntax error near unexpected token \`${token}'`);
}

function parseList(lexemes: Lexeme[], lookup: VariableLookup): ListItem[] {
  const items: ListItem[] = [];
  let connector: Connector = ';';
  let pipeline: Lexeme[][] = [[]];
  const finish = (token: string) => {
    if (pipeline.some((part) => part.length === 0)) {
      if (pipeline.length === 1 && token === 'end') return;
      throw unexpected(token);
    }
    items.push({
      connector,
      pipeline: pipeline.map((part) => parseSimple(part, lookup)),
    });
    pipeline = [[]];
  };
  for (const lexeme of lexemes) {
    if (lexeme.kind === 'operator' && isConnector(lexeme.op)) {
      finish(lexeme.op);
      connector = lexeme.op;
    } else if (lexeme.kind === 'operator' && lexeme.op === '|') {
      if (pipeline[pipeline.length - 1]?.length === 0) throw unexpected('|');
      pipeline.push([]);
    } else {
      pipeline[pipeline.length - 1]?.push(lexeme);
    }
  }
  finish('end');
  return items;
}

function isConnector(op: string): op is Connector {
  return op === ';' || op === '&&' || op === '||';
}

function parseSimple(lexemes: Lexeme[], lookup: VariableLookup): SimpleCommand {
  const command: SimpleCommand = { assignments: [], argv: [], words: [] };
  for (let index = 0; index < lexemes.length; index += 1) {
    const lexeme = lexemes[index] as Lexeme;
    if (lexeme.kind === 'operator') {
      if (lexeme.op !== '<') throw unsupported(lexeme.op);
      const target = lexemes[index + 1];
      if (target?.kind !== 'word') throw unexpected('newline');
      command.stdinFile = expandWord(target.raw, lookup);
      index += 1;
      continue;
    }
    const assignment =
      command.argv.length === 0 ? splitAssignment(lexeme.raw) : null;
    if (assignment) {
      const value = expandWord(assignment.rawValue, lookup);
      command.assignments.push({ name: assignment.name, value });
      continue;
    }
    command.words.push(lexeme);
    command.argv.push(expandWord(lexeme.raw, lookup));
  }
  return command;
}

function unsupported(op: string): ShellSyntaxError {
  const what: Record<string, string> = {
    '>': 'output redirection',
    '>>': 'output redirection',
    '&': 'background jobs',
    '(': 'subshells',
    ')': 'subshells',
  };
  return new ShellSyntaxError(
    `${what[op] ?? `\`${op}'`} is not available in this terminal`,
  );
}
