import type { Exchange } from '../api/http.ts';
import { curlCommand } from './curl-command.ts';
import { requestData } from './request-data.ts';
import type { ExportFile, ScriptWriter } from './script-parts.ts';

/** What the curl export knows while it walks the recorded calls. */
export interface CurlContext {
  script: ScriptWriter;
  files: readonly ExportFile[];
  /** Secret value → variable; grows as answers are captured. */
  refs: Map<string, string>;
  serverToken: string | undefined;
  lastJob: string;
  /** The register call is already part of the parse pipeline. */
  isRegisterPiped: boolean;
}

export const FLAGS = ['-sS', '--fail-with-body'];
export const CURL = `curl ${FLAGS.join(' ')}`;

/** The call as a script line: files as `@file`, secrets as variables. */
export function curl(context: CurlContext, exchange: Exchange): string {
  const data = requestData(exchange, context.files, context.refs);
  return curlCommand(exchange, {
    refs: context.refs,
    flags: FLAGS,
    ...(data === undefined ? {} : { data }),
  });
}

/** The path without its query string. */
export function routeOf(exchange: Exchange): string {
  return exchange.path.split('?')[0] ?? exchange.path;
}
