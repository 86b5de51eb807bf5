// How the vault CLI reports a failed API call (stderr, exit code 2):
// a per-command lead, then api.ResponseError's text (contract §0.5).

/** Exit status of a vault command whose API call failed. */
export const vaultApiErrorExitCode = 2;

/** The commands the guide runs, named as typed after `vault `. */
export type VaultCommandName =
  | 'operator init'
  | 'operator unseal'
  | 'login'
  | 'policy write'
  | 'policy delete'
  | 'secrets enable'
  | 'token create'
  | 'write'
  | 'read'
  | 'delete';

export interface VaultApiErrorInput {
  command: VaultCommandName;
  /** The PATH (write, read, delete) or NAME (policy delete) argument. */
  path?: string | undefined;
  /** As sent by the CLI, which uses PUT for every write. */
  method: string;
  /** Full URL, e.g. `http://127.0.0.1:8200/v1/sys/init`. */
  url: string;
  status: number;
  errors: readonly string[];
  /** A body that was not Vault's JSON (e.g. from a proxy). */
  rawBody?: string | undefined;
}

/**
 * `Error <doing>: Error making API request.` with URL, code and one
 * `* message` per error; `vault read` of a 404 without errors prints
 * `No value found at PATH` instead.
 */
export function formatVaultApiError(input: VaultApiErrorInput): string {
  const isEmptyRead =
    input.command === 'read' &&
    input.status === 404 &&
    input.errors.length === 0 &&
    input.rawBody === undefined;
  if (isEmptyRead) return formatNoValue(input.path ?? '');
  return `${errorLead(input.command, input.path ?? '')}${responseError(input)}`;
}

/** `vault read PATH` when Vault has nothing there. */
export function formatNoValue(path: string): string {
  return `No value found at ${path}`;
}

/** The text of the Go client's ResponseError. */
export function formatResponseError(
  input: Omit<VaultApiErrorInput, 'command' | 'path'>,
): string {
  return responseError(input);
}

function responseError(
  input: Omit<VaultApiErrorInput, 'command' | 'path'>,
): string {
  const kind = input.rawBody === undefined ? 'Errors' : 'Raw Message';
  const head =
    'Error making API request.\n\n' +
    `URL: ${input.method} ${input.url}\n` +
    `Code: ${input.status}. ${kind}:\n\n`;
  if (input.rawBody !== undefined) return head + input.rawBody;
  return head + input.errors.map((message) => `* ${message}`).join('');
}

function errorLead(command: VaultCommandName, path: string): string {
  switch (command) {
    case 'operator init':
      return 'Error initializing: ';
    case 'operator unseal':
      return 'Error unsealing: ';
    case 'login':
      return 'Error authenticating: error looking up token: ';
    case 'policy write':
      return 'Error uploading policy: ';
    case 'secrets enable':
      return 'Error enabling: ';
    case 'token create':
      return 'Error creating token: ';
    case 'write':
      return `Error writing data to ${path}: `;
    case 'read':
      return `Error reading ${path}: `;
    case 'delete':
    case 'policy delete':
      return `Error deleting ${path}: `;
  }
}
