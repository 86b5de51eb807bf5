import { describe, expect, it } from 'vitest';
import { parseHcl } from './parse.ts';
import type { HclBody } from './types.ts';

function body(source: string): HclBody {
  const result = parseHcl(source);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.body;
}

const nomadServerPolicy = `# Nomad servers create task tokens through the role
path "auth/token/create/nomad-cluster" {
  capabilities = ["update"]
}

path "auth/token/roles/nomad-cluster" {
  capabilities = ["read"]
}

path "auth/token/lookup-self" {
  capabilities = ["read"]
}
`;

const databaseJob = `job "postgres-nomad-demo" {
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

const webJob = `job "nomad-vault-demo" {
  datacenters = ["dc1"]

  group "demo" {
    count = 1

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

      env {
        APP_PORT = "\${NOMAD_PORT_http}"
      }

      resources {
        cpu    = 100
        memory = 300
      }

      service {
        name = "nomad-vault-demo"
        port = "http"
        tags = ["urlprefix-/"]
      }
    }
  }
}
`;

describe('parseHcl', () => {
  it('reads a Vault policy as one block per path', () => {
    const { attributes, blocks } = body(nomadServerPolicy);
    expect(attributes).toEqual({});
    expect(blocks.map((b) => [b.type, b.labels, b.line])).toEqual([
      ['path', ['auth/token/create/nomad-cluster'], 2],
      ['path', ['auth/token/roles/nomad-cluster'], 6],
      ['path', ['auth/token/lookup-self'], 10],
    ]);
    expect(blocks[0]?.body).toEqual({
      attributes: { capabilities: ['update'] },
      blocks: [],
    });
  });

  it('reads the database job down to its check block', () => {
    const [job] = body(databaseJob).blocks;
    expect(job?.labels).toEqual(['postgres-nomad-demo']);
    expect(job?.body.attributes).toEqual({ datacenters: ['dc1'] });
    const task = job?.body.blocks[0]?.body.blocks[0];
    expect(task?.labels).toEqual(['server']);
    expect(task?.body.attributes).toEqual({ driver: 'docker' });
    expect(task?.body.blocks.map((b) => b.type)).toEqual([
      'config',
      'resources',
      'service',
    ]);
    const config = task?.body.blocks[0]?.body;
    expect(config?.attributes).toEqual({
      image: 'hashicorp/postgres-nomad-demo:latest',
    });
    expect(config?.blocks[0]).toEqual({
      type: 'port_map',
      labels: [],
      body: { attributes: { db: 5432 }, blocks: [] },
      line: 10,
    });
    const port = task?.body.blocks[1]?.body.blocks[0]?.body.blocks[0];
    expect(port?.labels).toEqual(['db']);
    expect(port?.body.attributes).toEqual({ static: 5432 });
    const check = task?.body.blocks[2]?.body.blocks[0];
    expect(check?.body.attributes).toEqual({
      type: 'tcp',
      interval: '2s',
      timeout: '2s',
    });
  });

  it('keeps the heredoc template and ${NOMAD_...} text as written', () => {
    const group = body(webJob).blocks[0]?.body.blocks[0];
    expect(group?.body.attributes).toEqual({ count: 1 });
    const task = group?.body.blocks[1];
    const byType = Object.fromEntries(
      (task?.body.blocks ?? []).map((b) => [b.type, b.body.attributes]),
    );
    expect(byType['vault']).toEqual({ policies: ['access-tables'] });
    expect(byType['template']?.['destination']).toBe('secrets/config.json');
    expect(byType['template']?.['data']).toBe(
      '{{ with secret "database/creds/accessdb" }}\n  {\n' +
        '    "host": "database.service.consul",\n    "port": 5432,\n' +
        '    "username": "{{ .Data.username }}",\n' +
        '    "password": {{ .Data.password | toJSON }},\n' +
        '    "db": "postgres"\n  }\n{{ end }}\n',
    );
    expect(byType['env']).toEqual({ APP_PORT: '${NOMAD_PORT_http}' });
    expect(byType['resources']).toEqual({ cpu: 100, memory: 300 });
    expect(group?.body.blocks[0]?.body.blocks[0]?.body.attributes).toEqual({
      to: 8080,
    });
  });

  it('evaluates literals, escapes, objects and simple operations', () => {
    const { attributes } = body(
      [
        'text = "say \\"hi\\"\\n$${not} %%{ raw } \\u00e9"',
        'number = 1.5',
        'negative = -3',
        'sum = (2 + 3) * 4',
        'flag = !false',
        'nothing = null',
        'object = { a = 1, "b c" = [true, "x"] }',
        'picked = 1 > 2 ? "big" : "small"',
        'shout = upper("vault")',
        'reference = attr.kernel.name',
        'flush = <<-EOT',
        '    one',
        '      two',
        '    EOT',
      ].join('\n'),
    );
    expect(attributes).toEqual({
      text: 'say "hi"\n${not} %{ raw } é',
      number: 1.5,
      negative: -3,
      sum: 20,
      flag: true,
      nothing: null,
      object: { a: 1, 'b c': [true, 'x'] },
      picked: 'small',
      shout: 'VAULT',
      reference: '${attr.kernel.name}',
      flush: 'one\n  two\n',
    });
  });

  it('reads an empty heredoc and an empty block', () => {
    const { attributes, blocks } = body('a = <<EOH\nEOH\nb {}\n');
    expect(attributes).toEqual({ a: '' });
    expect(blocks).toEqual([
      { type: 'b', labels: [], body: { attributes: {}, blocks: [] }, line: 3 },
    ]);
  });
});
