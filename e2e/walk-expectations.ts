// What the terminal shows after each step of the guide, as the real CLIs
// print it (see shared contracts). One entry per step, in order.
export const walkExpectations: ReadonlyArray<{
  command: RegExp;
  output: RegExp[];
}> = [
  {
    command: /\$ vault operator init -key-shares=1 -key-threshold=1/,
    output: [/Unseal Key 1: /, /Initial Root Token: /],
  },
  { command: /\$ vault operator unseal/, output: [/Sealed\s+false/] },
  { command: /\$ vault login/, output: [/Success! You are now authenticated/] },
  {
    command: /\$ vault policy write nomad-server/,
    output: [/Success! Uploaded policy: nomad-server/],
  },
  {
    command: /\$ vault write \/?auth\/token\/roles\/nomad-cluster/,
    output: [/Success! Data written to: \/?auth\/token\/roles\/nomad-cluster/],
  },
  {
    command: /\$ vault token create .*-orphan/,
    output: [/token_duration\s+72h/, /"nomad-server"/],
  },
  { command: /\$ .*vault/, output: [/create_from_role|nomad-cluster/] },
  {
    command: /\$ nomad job run db\.nomad/,
    output: [/Evaluation ".*" finished with status "complete"/],
  },
  {
    command: /\$ vault secrets enable database/,
    output: [/Success! Enabled the database secrets engine at: database\//],
  },
  {
    command: /\$ vault write database\/config\/postgresql/,
    output: [/Success! Data written to: database\/config\/postgresql/],
  },
  {
    command: /\$ vault write database\/roles\/accessdb/,
    output: [/Success! Data written to: database\/roles\/accessdb/],
  },
  {
    command: /\$ vault read database\/creds\/accessdb/,
    output: [/lease_duration\s+1h/, /username\s+v-/],
  },
  {
    command: /\$ vault policy write access-tables/,
    output: [/Success! Uploaded policy: access-tables/],
  },
  {
    command: /\$ nomad job run web-app\.nomad/,
    output: [/Evaluation ".*" finished with status "complete"/],
  },
  { command: /\$ curl .*\/names/, output: [/names/i] },
];
