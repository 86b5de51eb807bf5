// The web app's configuration file: where the database is and the
// credentials the template rendered into it.

/** Where the jobspec's docker volume puts the rendered secrets file. */
export const CONFIG_PATH = '/etc/demo/config.json';

export interface DemoConfig {
  host: string;
  port: number;
  username: string;
  password: string;
  db: string;
}

export type ConfigRead =
  { ok: true; config: DemoConfig } | { ok: false; error: string };

const FIELDS = {
  host: 'string',
  port: 'number',
  username: 'string',
  password: 'string',
  db: 'string',
} as const;

/** Parses the file, naming the first thing wrong with it. */
export function parseDemoConfig(text: string | undefined): ConfigRead {
  if (text === undefined) {
    return {
      ok: false,
      error: `open ${CONFIG_PATH}: no such file or directory`,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${CONFIG_PATH} is not valid JSON: ${reason}` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, error: `${CONFIG_PATH} must hold a JSON object` };
  }
  const record = parsed as Record<string, unknown>;
  for (const [field, type] of Object.entries(FIELDS)) {
    if (typeof record[field] !== type) {
      const error = `${CONFIG_PATH}: "${field}" must be a ${type}`;
      return { ok: false, error };
    }
  }
  return { ok: true, config: record as unknown as DemoConfig };
}
