// GET /v1/agent/self for a `nomad agent -dev` on the profile's version.
import type { Cluster } from './cluster.ts';
import { DATACENTER, NODE_NAME, REGION } from './cluster.ts';
import { formatDuration, rfc3339 } from './go-time.ts';
import type { JsonObject } from './json.ts';

function vaultBlock(cluster: Cluster): JsonObject {
  const applied = cluster.state.vault;
  const block: JsonObject = {
    Name: 'default',
    Enabled: applied ? applied.enabled : null,
    Role: applied?.role ?? '',
    Namespace: '',
    Addr: applied?.address ?? 'https://vault.service.consul:8200',
    JWTAuthBackendPath: 'jwt-nomad',
    ConnectionRetryIntv: 30_000_000_000,
    TLSCaFile: '',
    TLSCaPath: '',
    TLSCertFile: '',
    TLSKeyFile: '',
    TLSSkipVerify: null,
    TLSServerName: '',
    DefaultIdentity: null,
    // The agent never shows the server's Vault token.
    Token: applied?.token ? '<redacted>' : '',
  };
  if (cluster.profile.hasLegacyVaultTokens) {
    block['AllowUnauthenticated'] = true;
    block['TaskTokenTTL'] = applied?.taskTokenTtl ?? '';
  }
  return block;
}

function vaultStats(cluster: Cluster): JsonObject | undefined {
  const applied = cluster.state.vault;
  if (!cluster.profile.hasLegacyVaultTokens || !applied?.token)
    return undefined;
  const elapsed = (cluster.now() - applied.tokenCheckedAt) * 1e6;
  const left = Math.max(0, applied.tokenTtlNanos - elapsed);
  return {
    tracked_for_revoked: '0',
    token_ttl: formatDuration(Math.floor(left / 1e9) * 1e9),
    token_expire_time: rfc3339(cluster.now() + left / 1e6),
  };
}

export function agentSelf(cluster: Cluster): JsonObject {
  const version = cluster.profile.nomadVersion;
  const address = cluster.address;
  const stats: JsonObject = {
    nomad: {
      server: 'true',
      leader: 'true',
      leader_addr: `${address}:4647`,
      bootstrap: 'true',
      known_regions: '1',
    },
    raft: {
      state: 'Leader',
      num_peers: '0',
      applied_index: String(cluster.state.index),
    },
    serf: { members: '1', failed: '0', left: '0' },
    runtime: {
      arch: 'amd64',
      os: 'linux',
      version: 'go1.22.7',
      goroutines: '120',
      max_procs: '2',
    },
    client: {
      node_id: cluster.state.nodeId,
      known_servers: `${address}:4647`,
      num_allocations: String(cluster.state.allocs.length),
      last_heartbeat: '10.2s',
      heartbeat_ttl: '15.9s',
    },
  };
  const vault = vaultStats(cluster);
  if (vault) stats['vault'] = vault;
  const vaultConfig = vaultBlock(cluster);
  return {
    config: {
      Region: REGION,
      Datacenter: DATACENTER,
      NodeName: NODE_NAME,
      DataDir: '',
      LogLevel: 'DEBUG',
      BindAddr: address,
      EnableDebug: true,
      DevMode: true,
      Ports: { HTTP: cluster.httpPort, RPC: 4647, Serf: 4648 },
      Addresses: { HTTP: address, RPC: address, Serf: address },
      Client: {
        Enabled: true,
        NetworkInterface: 'lo',
        Options: {
          'driver.raw_exec.enable': 'true',
          'driver.docker.volumes': 'true',
        },
      },
      Server: { Enabled: true, BootstrapExpect: 1 },
      ACL: { Enabled: false },
      Consuls: [
        {
          Name: 'default',
          Addr: '127.0.0.1:8500',
          Token: '',
          ServerAutoJoin: true,
          ClientAutoJoin: true,
        },
      ],
      ...(versionAtLeast(version, 1, 7)
        ? { Vaults: [vaultConfig] }
        : { Vault: vaultConfig }),
      Version: {
        Revision: '',
        Version: version,
        VersionPrerelease: '',
        VersionMetadata: '',
      },
    },
    member: {
      Name: `${NODE_NAME}.${REGION}`,
      Addr: address,
      Port: 4648,
      Tags: {
        build: version,
        dc: DATACENTER,
        region: REGION,
        role: 'nomad',
        port: '4647',
        rpc_addr: address,
        bootstrap: '1',
        expect: '1',
        vsn: '1',
        raft_vsn: '3',
        mvn: '1',
        revision: '',
      },
      Status: 'alive',
      ProtocolMin: 1,
      ProtocolMax: 5,
      ProtocolCur: 2,
      DelegateMin: 2,
      DelegateMax: 5,
      DelegateCur: 4,
    },
    stats,
  };
}

export function versionAtLeast(version: string, major: number, minor: number) {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
}
