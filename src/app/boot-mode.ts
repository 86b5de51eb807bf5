// The learner may run the offline lab even where the server forwards to a
// real (or sandbox) Vault and Nomad: a per-tab choice, never a secret.
import type { ModeInfo, ServerMode } from '../api/mode.ts';

export const MODE_OVERRIDE_KEY = 'nvw.mode-override';

/** The one override there is: the offline lab instead of the server. */
export type ModeOverride = 'mock';

export type OverrideStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readModeOverride(
  storage: OverrideStore | undefined,
): ModeOverride | null {
  try {
    return storage?.getItem(MODE_OVERRIDE_KEY) === 'mock' ? 'mock' : null;
  } catch {
    return null;
  }
}

export function writeModeOverride(
  storage: OverrideStore | undefined,
  override: ModeOverride | null,
): void {
  try {
    if (override === null) storage?.removeItem(MODE_OVERRIDE_KEY);
    else storage?.setItem(MODE_OVERRIDE_KEY, override);
  } catch {
    // Without sessionStorage the choice cannot outlive the reload.
  }
}

/** The mode this page runs: the server's, unless the learner opted out. */
export function chooseMode(
  server: ModeInfo,
  override: ModeOverride | null,
): ModeInfo {
  if (override !== 'mock' || server.mode === 'mock') return server;
  const serverMode: ServerMode = {
    mode: server.mode,
    ...(server.vaultAddr ? { vaultAddr: server.vaultAddr } : {}),
    ...(server.nomadAddr ? { nomadAddr: server.nomadAddr } : {}),
  };
  return { mode: 'mock', serverMode };
}

/** Where a switch leads from `current`, if anywhere. */
export function switchTarget(current: ModeInfo): SwitchTarget | null {
  if (current.mode !== 'mock') {
    return {
      override: 'mock',
      label: 'Use the offline lab',
      destination: 'the offline lab in this browser tab',
    };
  }
  const server = current.serverMode;
  if (!server) return null;
  const addresses = [
    server.vaultAddr ? `Vault ${server.vaultAddr}` : null,
    server.nomadAddr ? `Nomad ${server.nomadAddr}` : null,
  ].filter((part) => part !== null);
  const where = addresses.length > 0 ? ` (${addresses.join(', ')})` : '';
  return {
    override: null,
    label: `Use ${server.mode}${where}`,
    destination:
      addresses.length > 0
        ? `${addresses.join(' and ')} through the server`
        : `the server's ${server.mode} mode`,
  };
}

export interface SwitchTarget {
  override: ModeOverride | null;
  /** The button's words, e.g. `Use live (Vault …, Nomad …)`. */
  label: string;
  /** Who answers after the switch, inside a sentence. */
  destination: string;
}
