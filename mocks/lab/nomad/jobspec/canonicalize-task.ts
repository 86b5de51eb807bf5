// Task-level defaults: resources, templates, vault blocks and services.
import { obj, objects, str, type Json, type JsonObject } from '../json.ts';
import { defaults, nested, S } from './defaults.ts';

export function canonicalizeTask(
  task: JsonObject,
  restart: JsonObject,
  prefix: string,
) {
  defaults(task, { KillTimeout: 5 * S });
  nested(task, 'LogConfig', {
    MaxFiles: 10,
    MaxFileSizeMB: 10,
    Disabled: false,
  });
  const resources = nested(task, 'Resources', {
    Cores: 0,
    MemoryMB: 300,
    MemoryMaxMB: 0,
  });
  if (!resources['Cores']) defaults(resources, { CPU: 100 });
  for (const network of objects(resources, 'Networks'))
    canonicalizeNetwork(network);
  const own = obj(task, 'RestartPolicy');
  task['RestartPolicy'] = { ...restart, ...withoutNulls(own) };
  for (const template of objects(task, 'Templates')) {
    defaults(template, {
      SourcePath: '',
      DestPath: '',
      EmbeddedTmpl: '',
      ChangeMode: 'restart',
      ChangeSignal: '',
      Splay: 5 * S,
      Perms: '0644',
      LeftDelim: '{{',
      RightDelim: '}}',
      Envvars: false,
      VaultGrace: 0,
      ErrMissingKey: false,
      Once: false,
    });
  }
  const vault = obj(task, 'Vault');
  if (vault) {
    defaults(vault, {
      Namespace: '',
      Cluster: 'default',
      Env: true,
      DisableFile: false,
      ChangeMode: 'restart',
      ChangeSignal: 'SIGHUP',
      AllowTokenExpiration: false,
    });
  }
  const name = `${prefix}-${str(task, 'Name') ?? ''}`;
  for (const s of objects(task, 'Services')) canonicalizeService(s, name);
}

export function canonicalizeService(service: JsonObject, fallbackName: string) {
  defaults(service, {
    Name: fallbackName,
    AddressMode: 'auto',
    OnUpdate: 'require_healthy',
    Provider: 'consul',
  });
  const name = str(service, 'Name') ?? '';
  for (const check of objects(service, 'Checks')) {
    defaults(check, {
      Name: `service: "${name}" check`,
      OnUpdate: str(service, 'OnUpdate') ?? 'require_healthy',
    });
  }
}

export function canonicalizeNetwork(network: JsonObject) {
  defaults(network, { MBits: 0 });
  for (const key of ['ReservedPorts', 'DynamicPorts']) {
    for (const port of objects(network, key)) {
      defaults(port, { HostNetwork: 'default' });
    }
  }
}

function withoutNulls(o: JsonObject | undefined): JsonObject {
  if (!o) return {};
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(o)) if (v !== null) out[k] = v as Json;
  return out;
}
