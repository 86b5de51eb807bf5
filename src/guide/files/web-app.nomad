job "nomad-vault-demo" {
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
        data        = <<EOT
{{ with secret "database/creds/accessdb" }}
{
  "host": "database.service.consul",
  "port": 5432,
  "username": "{{ .Data.username }}",
  "password": {{ .Data.password | toJSON }},
  "db": "postgres"
}
{{ end }}
EOT
      }

      service {
        name = "nomad-vault-demo"
        port = "http"
        tags = ["urlprefix-/"]

        check {
          type     = "tcp"
          interval = "2s"
          timeout  = "2s"
        }
      }
    }
  }
}
