// The browser's one logger: quiet by default, leveled, never given secrets.
// Turn it up with VITE_LOG_LEVEL=debug at build time.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 100,
};

const PREFIX = '[guide]';

function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && value in RANK;
}

function initialLevel(): LogLevel {
  const fromEnv: unknown = import.meta.env?.VITE_LOG_LEVEL;
  return isLogLevel(fromEnv) ? fromEnv : 'warn';
}

let threshold: LogLevel = initialLevel();

/** Changes how much the logger prints from now on. */
export function setLogLevel(level: LogLevel): void {
  threshold = level;
}

// A function argument is called only when the line is printed, so costly
// messages cost nothing while the logger is quiet.
type LogArg = unknown;

function evaluate(arg: LogArg): unknown {
  return typeof arg === 'function' ? (arg as () => unknown)() : arg;
}

function emit(level: Exclude<LogLevel, 'silent'>, args: LogArg[]): void {
  if (RANK[level] < RANK[threshold]) return;
  const values = args.map(evaluate);
  console[level](PREFIX, ...values);
}

export const logger = {
  debug: (...args: LogArg[]) => emit('debug', args),
  info: (...args: LogArg[]) => emit('info', args),
  warn: (...args: LogArg[]) => emit('warn', args),
  error: (...args: LogArg[]) => emit('error', args),
};
