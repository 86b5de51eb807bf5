// The server's pino logger: JSON lines, never a token, key, password or body.
import { pino, type DestinationStream, type Logger } from 'pino';

import type { LogLevel } from '../config/server-config.ts';

// Defence in depth: our own log calls never pass headers or bodies, but a
// stray object that carries them must still come out censored.
const redactedPaths = [
  'headers.authorization',
  'headers.cookie',
  'headers["x-vault-token"]',
  'headers["x-nomad-token"]',
  'headers["set-cookie"]',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["x-vault-token"]',
  '*.headers["x-nomad-token"]',
  '*.headers["set-cookie"]',
  'body',
  '*.body',
  'payload',
  '*.payload',
];

/** Builds the logger; tests pass a stream to read what was written. */
export function createLogger(
  level: LogLevel,
  destination?: DestinationStream,
): Logger {
  const options = {
    level,
    base: null,
    redact: { paths: redactedPaths, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The path of a URL without its query, which may carry anything. */
export function pathOnly(url: string): string {
  const queryAt = url.indexOf('?');
  return queryAt === -1 ? url : url.slice(0, queryAt);
}
