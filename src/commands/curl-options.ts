// curl's command line, for the handful of options the guide's API calls
// use: -X, -H, -d (also @file), -s, -S, -f, -L, -k, and combined short
// options such as `-sS` or `-XPUT`.

export interface CurlOptions {
  method: string | undefined;
  headers: string[];
  data: string[];
  url: string | undefined;
  isSilent: boolean;
  showsErrors: boolean;
  failsOnHttpError: boolean;
  /** `--fail-with-body`: exit 22 on an HTTP error, after the body. */
  showsBodyOnFail: boolean;
}

export class CurlUsageError extends Error {
  override name = 'CurlUsageError';
}

const WITH_VALUE: Record<string, 'method' | 'header' | 'data'> = {
  X: 'method',
  H: 'header',
  d: 'data',
  '--request': 'method',
  '--header': 'header',
  '--data': 'data',
  '--data-raw': 'data',
  '--data-binary': 'data',
};
const SWITCHES: Record<string, keyof CurlOptions | null> = {
  s: 'isSilent',
  S: 'showsErrors',
  f: 'failsOnHttpError',
  L: null,
  k: null,
  '--silent': 'isSilent',
  '--show-error': 'showsErrors',
  '--fail': 'failsOnHttpError',
  '--fail-with-body': 'showsBodyOnFail',
  '--location': null,
  '--insecure': null,
};

export function parseCurlArgs(args: readonly string[]): CurlOptions {
  const options: CurlOptions = {
    method: undefined,
    headers: [],
    data: [],
    url: undefined,
    isSilent: false,
    showsErrors: false,
    failsOnHttpError: false,
    showsBodyOnFail: false,
  };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const take = () => {
      index += 1;
      const value = args[index];
      if (value === undefined) {
        throw new CurlUsageError(`option ${arg}: requires parameter`);
      }
      return value;
    };
    if (arg.startsWith('--')) {
      const [name = arg, inline] = splitLong(arg);
      const kind = WITH_VALUE[name];
      if (kind) set(options, kind, inline ?? take());
      else if (name in SWITCHES) flip(options, SWITCHES[name] ?? null);
      else throw new CurlUsageError(`option ${arg}: is unknown`);
    } else if (arg.startsWith('-') && arg.length > 1) {
      shortOptions(options, arg, take);
    } else {
      options.url = arg;
    }
  }
  return options;
}

function splitLong(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals === -1
    ? [arg, undefined]
    : [arg.slice(0, equals), arg.slice(equals + 1)];
}

/** `-sS`, `-fsSL`, `-XPUT`, `-d@file.json`: a value ends the cluster. */
function shortOptions(
  options: CurlOptions,
  arg: string,
  take: () => string,
): void {
  for (let at = 1; at < arg.length; at += 1) {
    const letter = arg[at] ?? '';
    const kind = WITH_VALUE[letter];
    if (kind) {
      const rest = arg.slice(at + 1);
      set(options, kind, rest === '' ? take() : rest);
      return;
    }
    if (!(letter in SWITCHES)) {
      throw new CurlUsageError(`option -${letter}: is unknown`);
    }
    flip(options, SWITCHES[letter] ?? null);
  }
}

function set(
  options: CurlOptions,
  kind: 'method' | 'header' | 'data',
  value: string,
): void {
  if (kind === 'method') options.method = value.toUpperCase();
  else if (kind === 'header') options.headers.push(value);
  else options.data.push(value);
}

function flip(options: CurlOptions, key: keyof CurlOptions | null): void {
  if (key === 'isSilent') options.isSilent = true;
  if (key === 'showsErrors') options.showsErrors = true;
  if (key === 'failsOnHttpError') options.failsOnHttpError = true;
  if (key === 'showsBodyOnFail') {
    options.failsOnHttpError = true;
    options.showsBodyOnFail = true;
  }
}
