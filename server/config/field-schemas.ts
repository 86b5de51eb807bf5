// One schema per setting, each with the fix to suggest when it fails.
import { isIP } from 'node:net';
import { z } from 'zod';

import { parseDurationMs } from './duration.ts';
import type { LogLevel } from './server-config.ts';

function httpAddress() {
  return z
    .string({ error: 'must be a string' })
    .trim()
    .refine((value) => URL.canParse(value), { error: 'is not a URL' })
    .transform((value) => new URL(value))
    .refine((url) => ['http:', 'https:'].includes(url.protocol), {
      error: 'must start with http:// or https://',
    })
    .refine((url) => url.username === '' && url.password === '', {
      error: 'must not contain a user name or password',
    })
    .refine((url) => url.pathname === '/' && !url.search && !url.hash, {
      error: 'must not have a path, query or fragment',
    })
    .transform((url) => url.origin);
}

function duration() {
  return z
    .union([z.string(), z.number()], { error: 'must be a duration' })
    .transform((value) => parseDurationMs(value))
    .refine((ms) => ms !== null && ms >= 1 && ms <= 3_600_000, {
      error: 'must be a duration between 1ms and 1h',
    })
    .transform((ms) => ms ?? 0);
}

function portNumber() {
  return z
    .union([z.number(), z.string().regex(/^\d+$/).transform(Number)], {
      error: 'must be a whole number',
    })
    .pipe(z.number().int().min(0).max(65535, { error: 'is above 65535' }));
}

function postgresAddress() {
  return z
    .string({ error: 'must be a string' })
    .trim()
    .refine((value) => URL.canParse(value), { error: 'is not a URL' })
    .refine((value) => /^postgres(ql)?:$/.test(new URL(value).protocol), {
      error: 'must start with postgres:// or postgresql://',
    });
}

const hostPattern = /^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:\d{1,5})?$/;
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'];

export const fieldSpecs = {
  vaultAddr: {
    schema: httpAddress(),
    hint: 'Use a full address such as http://127.0.0.1:8200.',
  },
  nomadAddr: {
    schema: httpAddress(),
    hint: 'Use a full address such as http://127.0.0.1:4646.',
  },
  vaultNamespace: {
    schema: z.string().regex(/^[A-Za-z0-9_.\-/]+$/, {
      error: 'must be a namespace path such as admin/team',
    }),
    hint: 'Leave it unset for Vault Community Edition.',
  },
  nomadRegion: {
    schema: z.string().regex(/^[A-Za-z0-9_-]+$/, {
      error: 'must be a region name such as global',
    }),
    hint: 'Leave it unset to use the agent’s own region.',
  },
  host: {
    schema: z.string().refine((v) => v === 'localhost' || isIP(v) !== 0, {
      error: 'must be an IP address such as 127.0.0.1 (or localhost)',
    }),
    hint: 'Keep 127.0.0.1 unless other machines must reach the app.',
  },
  port: {
    schema: portNumber(),
    hint: 'Pass a port from 1 to 65535, or 0 for any free port.',
  },
  timeoutMs: {
    schema: duration(),
    hint: 'Use a duration such as 30s or 2m.',
  },
  initTimeoutMs: {
    schema: duration(),
    hint: 'Use a duration such as 2m; Vault init may take a while.',
  },
  allowedHosts: {
    schema: z.array(
      z.string().toLowerCase().regex(hostPattern, {
        error: 'must be a host name with an optional port',
      }),
      { error: 'must be a list of host names' },
    ),
    hint: 'List names like workshop.example:4180, without http://.',
  },
  staticRoot: {
    schema: z.string().min(1, { error: 'must not be empty' }),
    hint: 'Point it at the folder `npm run build` writes (dist).',
  },
  logLevel: {
    schema: z.enum(logLevels as [LogLevel, ...LogLevel[]], {
      error: `must be one of ${logLevels.join(', ')}`,
    }),
    hint: 'Use info unless you are debugging the server.',
  },
  mock: {
    schema: z.boolean({ error: 'must be true or false' }),
    hint: 'Set it to true to ignore configured addresses.',
  },
  sandbox: {
    schema: z.boolean({ error: 'must be true or false' }),
    hint: 'Set it to true to serve the lab on real ports and use it.',
  },
  sandboxVaultPort: {
    schema: portNumber(),
    hint: 'Pass a port for the sandbox Vault, or 0 for any free port.',
  },
  sandboxNomadPort: {
    schema: portNumber(),
    hint: 'Pass a port for the sandbox Nomad, or 0 for any free port.',
  },
  postgresUrl: {
    schema: postgresAddress(),
    hint:
      'Use a throwaway server such as ' +
      'postgres://postgres:secret@127.0.0.1:5432/postgres.',
  },
};

export type Field = keyof typeof fieldSpecs;

export type FieldValues = {
  [K in Field]: z.output<(typeof fieldSpecs)[K]['schema']>;
};
