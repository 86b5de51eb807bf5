# What a Nomad server does with its Vault token, one path per duty.

# Mint task tokens through the nomad-cluster role.
path "auth/token/create/nomad-cluster" {
  capabilities = ["update"]
}

# Read that role to check it is fit for purpose at startup.
path "auth/token/roles/nomad-cluster" {
  capabilities = ["read"]
}

# Inspect its own token (policies, TTL).
path "auth/token/lookup-self" {
  capabilities = ["read"]
}

# Look up the tokens handed to tasks.
path "auth/token/lookup" {
  capabilities = ["update"]
}

# Revoke task tokens when their allocations stop.
path "auth/token/revoke-accessor" {
  capabilities = ["update"]
}

# Ask which capabilities its own token has.
path "sys/capabilities-self" {
  capabilities = ["update"]
}

# Keep its own periodic token alive.
path "auth/token/renew-self" {
  capabilities = ["update"]
}
