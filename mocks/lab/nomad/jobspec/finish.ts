// What the jobspec parser sets on its own once a block is read: ports
// sorted by kind, vault blocks copied down, template and vault defaults.
import { bool, isObject, objects, type JsonObject } from '../json.ts';
import type { SchemaName } from './schema.ts';

const constraintShortcuts = [
  'distinct_hosts',
  'distinct_property',
  'regexp',
  'version',
  'semver',
  'set_contains',
  'set_contains_any',
  'set_contains_all',
];

export function finishBlock(name: SchemaName, out: JsonObject): JsonObject {
  switch (name) {
    case 'job':
      out['Name'] = out['ID'] ?? null;
      copyVaultDown(out['Vault'], objects(out, 'TaskGroups'));
      delete out['Vault'];
      break;
    case 'group':
      for (const task of objects(out, 'Tasks')) {
        task['Vault'] ??= structuredClone(out['Vault'] ?? null);
      }
      delete out['Vault'];
      break;
    case 'network':
      splitPorts(out);
      break;
    case 'port':
      return {
        Label: out['Label'] ?? '',
        Value: out['Value'] ?? 0,
        To: out['To'] ?? 0,
        HostNetwork: out['HostNetwork'] ?? '',
        IgnoreCollision: out['IgnoreCollision'] ?? false,
        Static: out['Value'] !== undefined && out['Value'] !== null,
      };
    case 'constraint':
      finishConstraint(out);
      break;
    case 'logs':
      if (bool(out, 'Enabled') !== undefined) out['Disabled'] = !out['Enabled'];
      delete out['Enabled'];
      break;
    case 'template':
      out['ChangeMode'] ??= 'restart';
      out['Perms'] ??= '0644';
      out['Splay'] ??= 5_000_000_000;
      out['ErrMissingKey'] ??= false;
      break;
    case 'vault':
      out['Env'] ??= true;
      out['DisableFile'] ??= false;
      out['ChangeMode'] ??= 'restart';
      break;
    default:
      break;
  }
  return out;
}

function copyVaultDown(
  vault: JsonObject[string] | undefined,
  groups: JsonObject[],
) {
  if (!isObject(vault)) return;
  for (const group of groups) {
    for (const task of objects(group, 'Tasks')) {
      task['Vault'] ??= structuredClone(vault);
    }
  }
}

function splitPorts(network: JsonObject) {
  const ports = objects(network, 'Ports');
  delete network['Ports'];
  const reserved = ports.filter((p) => p['Static']);
  const dynamic = ports.filter((p) => !p['Static']);
  for (const port of ports) delete port['Static'];
  network['ReservedPorts'] = reserved.length ? reserved : null;
  network['DynamicPorts'] = dynamic.length ? dynamic : null;
}

function finishConstraint(out: JsonObject) {
  for (const shortcut of constraintShortcuts) {
    if (!(shortcut in out)) continue;
    out['Operand'] = shortcut;
    if (shortcut === 'distinct_hosts') out['RTarget'] = String(out[shortcut]);
    else if (shortcut === 'distinct_property')
      out['LTarget'] = out[shortcut] ?? null;
    else out['RTarget'] = out[shortcut] ?? null;
    delete out[shortcut];
  }
  if (out['Operand'] === '') out['Operand'] = '=';
}
