// Command-line flags parsed the way Go's `flag` package does for both
// CLIs: `-name`, `--name`, `-name=value`, `-name value` (not for
// booleans), parsing stops at the first argument that is not a flag.

export type FlagKind = 'bool' | 'string' | 'int' | 'list';

export interface FlagSpec {
  name: string;
  kind: FlagKind;
  aliases?: string[];
}

export type FlagValue = string | boolean | number | string[];

export interface ParsedFlags {
  values: Map<string, FlagValue>;
  /** Positional arguments after the flags. */
  args: string[];
  isHelp: boolean;
}

export class FlagError extends Error {
  override name = 'FlagError';
}

const HELP = new Set(['h', 'help']);

export function parseFlags(
  input: readonly string[],
  specs: readonly FlagSpec[],
): ParsedFlags {
  const values = new Map<string, FlagValue>();
  let index = 0;
  for (; index < input.length; index += 1) {
    const arg = input[index] ?? '';
    if (arg.length < 2 || !arg.startsWith('-')) break;
    if (arg === '--') {
      index += 1;
      break;
    }
    const body = arg.startsWith('--') ? arg.slice(2) : arg.slice(1);
    if (body === '' || body.startsWith('-') || body.startsWith('=')) {
      throw new FlagError(`bad flag syntax: ${arg}`);
    }
    const equals = body.indexOf('=');
    const name = equals === -1 ? body : body.slice(0, equals);
    const inline = equals === -1 ? undefined : body.slice(equals + 1);
    const spec = specs.find(
      (candidate) =>
        candidate.name === name || candidate.aliases?.includes(name),
    );
    if (!spec) {
      if (HELP.has(name)) return { values, args: [], isHelp: true };
      throw new FlagError(`flag provided but not defined: -${name}`);
    }
    if (spec.kind === 'bool') {
      values.set(spec.name, parseBool(inline ?? 'true', name));
      continue;
    }
    let value = inline;
    if (value === undefined) {
      index += 1;
      value = input[index];
      if (value === undefined) {
        throw new FlagError(`flag needs an argument: -${name}`);
      }
    }
    setValue(values, spec, name, value);
  }
  return { values, args: input.slice(index), isHelp: false };
}

function setValue(
  values: Map<string, FlagValue>,
  spec: FlagSpec,
  name: string,
  value: string,
): void {
  if (spec.kind === 'int') {
    if (!/^[-+]?\d+$/.test(value)) {
      throw new FlagError(
        `invalid value "${value}" for flag -${name}: parse error`,
      );
    }
    values.set(spec.name, Number(value));
  } else if (spec.kind === 'list') {
    const list = values.get(spec.name);
    values.set(spec.name, [...(Array.isArray(list) ? list : []), value]);
  } else {
    values.set(spec.name, value);
  }
}

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

function parseBool(text: string, name: string): boolean {
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw new FlagError(
    `invalid boolean value "${text}" for -${name}: parse error`,
  );
}

/** Typed reads of parsed flags, with defaults. */
export function flagReader(values: Map<string, FlagValue>) {
  return {
    has: (name: string) => values.has(name),
    string(name: string, fallback = ''): string {
      const value = values.get(name);
      return typeof value === 'string' ? value : fallback;
    },
    bool(name: string, fallback = false): boolean {
      const value = values.get(name);
      return typeof value === 'boolean' ? value : fallback;
    },
    int(name: string, fallback = 0): number {
      const value = values.get(name);
      return typeof value === 'number' ? value : fallback;
    },
    list(name: string): string[] {
      const value = values.get(name);
      return Array.isArray(value) ? value : [];
    },
  };
}

export type FlagReader = ReturnType<typeof flagReader>;
