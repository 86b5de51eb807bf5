// The one dev node: its list stub and full record.
import type { Cluster } from './cluster.ts';
import { DATACENTER, NODE_NAME } from './cluster.ts';
import { rfc3339 } from './go-time.ts';
import type { JsonObject } from './json.ts';

function drivers(cluster: Cluster): JsonObject {
  const updated = rfc3339(cluster.state.startTime);
  const driver = (attributes: JsonObject) => ({
    Attributes: attributes,
    Detected: true,
    Healthy: true,
    HealthDescription: 'Healthy',
    UpdateTime: updated,
  });
  return {
    docker: driver({
      'driver.docker': 'true',
      'driver.docker.version': '27.3.1',
      'driver.docker.volumes.enabled': 'true',
      'driver.docker.bridge_ip': '172.17.0.1',
      'driver.docker.runtimes': 'io.containerd.runc.v2,runc',
      'driver.docker.os_type': 'linux',
    }),
    raw_exec: driver({ 'driver.raw_exec': 'true' }),
    exec: driver({ 'driver.exec': 'true' }),
  };
}

export function nodeStub(cluster: Cluster): JsonObject {
  return {
    Address: cluster.address,
    ID: cluster.state.nodeId,
    Attributes: null,
    Datacenter: DATACENTER,
    Name: NODE_NAME,
    NodeClass: '',
    NodePool: 'default',
    Version: cluster.profile.nomadVersion,
    Drain: false,
    SchedulingEligibility: 'eligible',
    Status: 'ready',
    StatusDescription: '',
    Drivers: drivers(cluster),
    HostVolumes: null,
    NodeResources: null,
    ReservedResources: null,
    LastDrain: null,
    CreateIndex: cluster.state.nodeCreateIndex,
    ModifyIndex: cluster.state.nodeCreateIndex,
  };
}

export function nodeView(cluster: Cluster): JsonObject {
  const vault = cluster.state.vault?.enabled;
  const attributes: JsonObject = {
    'kernel.name': 'linux',
    'os.name': 'debian',
    'cpu.arch': 'amd64',
    'unique.hostname': NODE_NAME,
    'unique.network.ip-address': cluster.address,
    'nomad.version': cluster.profile.nomadVersion,
    'nomad.service_discovery': 'true',
    'consul.version': '1.20.2',
    'consul.datacenter': DATACENTER,
  };
  if (vault) attributes['vault.version'] = cluster.profile.vaultVersion;
  return {
    ...nodeStub(cluster),
    SecretID: '',
    HTTPAddr: `${cluster.address}:${cluster.httpPort}`,
    TLSEnabled: false,
    Attributes: attributes,
    Meta: { connect: 'true' },
    Links: { consul: `${DATACENTER}.${NODE_NAME}` },
    ComputedClass: 'v1:1234567890',
    StatusUpdatedAt: Math.floor(cluster.state.startTime / 1000),
    Events: null,
  };
}
