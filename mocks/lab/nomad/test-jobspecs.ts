// Jobspecs in the guide's shape, shared by this folder's tests.

/** The database job as the guide wrote it (task-level network, port_map). */
export const databaseJobspec = `job "postgres-nomad-demo" {
  datacenters = ["dc1"]

  group "db" {
    task "server" {
      driver = "docker"

      config {
        image = "hashicorp/postgres-nomad-demo:latest"
        port_map {
          db = 5432
        }
      }

      resources {
        network {
          port "db"{
            static = 5432
          }
        }
      }

      service {
        name = "database"
        port = "db"

        check {
          type     = "tcp"
          interval = "2s"
          timeout  = "2s"
        }
      }
    }
  }
}
`;

/** The web app job with a group network and Nomad's own service catalogue. */
export const webJobspec = `job "nomad-vault-demo" {
  datacenters = ["dc1"]

  group "demo" {
    network {
      port "http" {
        to = 8080
      }
    }

    task "server" {
      driver = "docker"

      vault {
        policies = ["access-tables"]
      }

      config {
        image   = "hashicorp/nomad-vault-demo:latest"
        ports   = ["http"]
        volumes = ["secrets/config.json:/etc/demo/config.json"]
      }

      template {
        destination = "secrets/config.json"
        data        = <<EOF
{{ with secret "database/creds/accessdb" }}
  {
    "host": "database.service.consul",
    "port": 5432,
    "username": "{{ .Data.username }}",
    "password": {{ .Data.password | toJSON }},
    "db": "postgres"
  }
{{ end }}
EOF
      }

      service {
        name     = "nomad-vault-demo"
        port     = "http"
        tags     = ["urlprefix-/"]
        provider = "nomad"
      }
    }
  }
}
`;

/** The same web app without its vault block (runs without Vault). */
export const plainWebJobspec = webJobspec.replace(
  /\n {6}vault \{\n {8}policies = \["access-tables"\]\n {6}\}\n/,
  '\n',
);
