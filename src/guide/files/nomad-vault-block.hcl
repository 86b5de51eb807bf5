vault {
  enabled          = true
  address          = "http://127.0.0.1:8200"
  task_token_ttl   = "1h"
  create_from_role = "nomad-cluster"
  token            = "<SERVER_TOKEN>"
}
