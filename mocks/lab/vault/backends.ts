import type { Backend } from './core.ts';
import { databaseConfigRoutes } from './database-config.ts';
import { databaseCredsRoutes } from './database-creds.ts';
import { databaseRoleRoutes } from './database-roles.ts';
import { capabilityRoutes } from './sys-capabilities.ts';
import { leaseRoutes } from './sys-leases.ts';
import { mountRoutes } from './sys-mounts.ts';
import { policyRoutes } from './sys-policies.ts';
import { sealRoutes } from './sys-seal.ts';
import { tokenCreateRoutes } from './token-create.ts';
import { tokenLookupRoutes } from './token-lookup.ts';
import { tokenRoleRoutes } from './token-roles.ts';

const backends: Record<string, Backend> = {
  system: {
    type: 'system',
    mountType: 'system',
    routes: [
      ...policyRoutes,
      ...capabilityRoutes,
      ...mountRoutes,
      ...leaseRoutes,
      ...sealRoutes,
    ],
  },
  token: {
    type: 'token',
    mountType: 'token',
    routes: [...tokenCreateRoutes, ...tokenLookupRoutes, ...tokenRoleRoutes],
  },
  database: {
    type: 'database',
    mountType: 'database',
    routes: [
      ...databaseConfigRoutes,
      ...databaseRoleRoutes,
      ...databaseCredsRoutes,
    ],
  },
  // Mounted on every server; the guide never uses them.
  cubbyhole: { type: 'cubbyhole', mountType: 'cubbyhole', routes: [] },
  identity: { type: 'identity', mountType: 'identity', routes: [] },
};

/** The backend serving mounts of `type`. */
export function backendFor(type: string): Backend | undefined {
  return backends[type];
}
