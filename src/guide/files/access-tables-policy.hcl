# Tasks with this policy may ask for database credentials of the
# accessdb role, and nothing else.
path "database/creds/accessdb" {
  capabilities = ["read"]
}
