// The guide's policies and token role, shared by this folder's tests.

export const nomadServerPolicy = `
path "auth/token/create/nomad-cluster" {
  capabilities = ["update"]
}
path "auth/token/roles/nomad-cluster" {
  capabilities = ["read"]
}
path "auth/token/lookup-self" {
  capabilities = ["read"]
}
path "auth/token/lookup" {
  capabilities = ["update"]
}
path "auth/token/revoke-accessor" {
  capabilities = ["update"]
}
path "sys/capabilities-self" {
  capabilities = ["update"]
}
path "auth/token/renew-self" {
  capabilities = ["update"]
}
`;

export const accessTablesPolicy = `
path "database/creds/accessdb" {
  capabilities = ["read"]
}
`;

export const nomadClusterRole = {
  disallowed_policies: 'nomad-server',
  token_explicit_max_ttl: 0,
  name: 'nomad-cluster',
  orphan: true,
  token_period: 259200,
  renewable: true,
};
