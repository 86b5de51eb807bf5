// Which answerer serves /api: the Node server says so; without it, mock.
import { z } from 'zod';

import type { Mode } from '../guide/types.ts';
import { request } from './http.ts';

const modeSchema = z.object({
  mode: z.enum(['mock', 'live', 'sandbox']),
  vaultAddr: z.string().optional(),
  nomadAddr: z.string().optional(),
});

export interface ModeInfo {
  mode: Mode;
  vaultAddr?: string;
  nomadAddr?: string;
  /** What the server offers when the learner chose the offline lab. */
  serverMode?: ServerMode;
}

/** A server that forwards to a Vault and Nomad of its own. */
export interface ServerMode {
  mode: 'live' | 'sandbox';
  vaultAddr?: string;
  nomadAddr?: string;
}

/** GET /api/mode; any failure (404, HTML, no server) means mock. */
export async function readMode(): Promise<ModeInfo> {
  try {
    const info = await request({
      backend: 'web',
      method: 'GET',
      path: '/mode',
      url: '/api/mode',
      schema: modeSchema,
    });
    return {
      mode: info.mode,
      ...(info.vaultAddr ? { vaultAddr: info.vaultAddr } : {}),
      ...(info.nomadAddr ? { nomadAddr: info.nomadAddr } : {}),
    };
  } catch {
    return { mode: 'mock' };
  }
}
