// Small bash functions the exports define before use. JSON is read with
// node, which is present wherever this app runs; no sed or grep parsing.
import { SECRET_FIELD_NAMES } from '../terminal/secret-fields.ts';

export type HelperName =
  | 'json_field'
  | 'show_json'
  | 'file_json'
  | 'as_job_register'
  | 'wait_for_job'
  | 'running_alloc_id'
  | 'alloc_port_address';

const READ_STDIN =
  'let text = ""; process.stdin.on("data", (c) => (text += c));';

const HELPERS: Record<HelperName, string> = {
  json_field: `# Prints one field of the JSON on stdin: json_field auth.client_token
json_field() {
  node -e '${READ_STDIN}
    process.stdin.on("end", () => {
      let value = JSON.parse(text);
      for (const key of process.argv[1].split(".")) value = value?.[key];
      if (value === undefined || value === null) process.exit(1);
      const isText = typeof value === "string";
      process.stdout.write(isText ? value : JSON.stringify(value));
    });' "$1"
}`,
  show_json: `# Pretty-prints the JSON on stdin with credentials masked: fields named
# like a secret, and the values this script holds in its variables.
show_json() {
  HELD="\${UNSEAL_KEY:-} \${VAULT_TOKEN:-} \${NOMAD_SERVER_TOKEN:-}" node -e '
    const fields = new Set(${JSON.stringify(SECRET_FIELD_NAMES)});
    const held = process.env.HELD.split(" ").filter(Boolean);
    const hide = (s) => held.reduce((t, v) => t.split(v).join("****"), s);
    const mask = (v, secret) =>
      typeof v === "string" ? (secret && v ? "****" : hide(v))
      : Array.isArray(v) ? v.map((x) => mask(x, secret))
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v).map(([k, x]) => [k, mask(x, fields.has(k))]))
        : v;
    ${READ_STDIN}
    process.stdin.on("end", () => {
      if (text.trim() === "") return;
      let body;
      try { body = JSON.parse(text); } catch { return console.log(hide(text)); }
      console.log(JSON.stringify(mask(body, false), null, 2));
    });'
}`,
  file_json: `# Prints the JSON object $1 with one more field per FIELD=FILE argument,
# holding that file's text: file_json '{"a":1}' policy=policy.hcl
file_json() {
  node -e '
    const fs = require("fs");
    const body = JSON.parse(process.argv[1]);
    for (const pair of process.argv.slice(2)) {
      const at = pair.indexOf("=");
      body[pair.slice(0, at)] = fs.readFileSync(pair.slice(at + 1), "utf8");
    }
    process.stdout.write(JSON.stringify(body));' "$@"
}`,
  as_job_register: `# Wraps the parsed job on stdin as the body of a job registration.
as_job_register() {
  node -e '${READ_STDIN}
    process.stdin.on("end", () =>
      process.stdout.write(JSON.stringify({ Job: JSON.parse(text) })));'
}`,
  wait_for_job: `# Waits up to three minutes for job $1 to have a running allocation.
wait_for_job() {
  local tries=0
  until curl -sS "$NOMAD_ADDR/v1/job/$1/allocations" | running_alloc_id \\
    >/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -ge 180 ]; then
      echo "$1 has no running allocation after 3 minutes" >&2
      return 1
    fi
    sleep 1
  done
}`,
  running_alloc_id: `# Prints the ID of the first running allocation in the list on stdin.
running_alloc_id() {
  node -e '${READ_STDIN}
    process.stdin.on("end", () => {
      const list = JSON.parse(text);
      const running = list.find((a) => a.ClientStatus === "running");
      if (!running) process.exit(1);
      process.stdout.write(running.ID);
    });'
}`,
  alloc_port_address: `# Prints ip:port of the port labelled $1 in the allocation on stdin.
alloc_port_address() {
  node -e '${READ_STDIN}
    process.stdin.on("end", () => {
      const shared = JSON.parse(text).AllocatedResources?.Shared ?? {};
      const port = (shared.Ports ?? []).find((p) => p.Label === process.argv[1]);
      if (!port) process.exit(1);
      process.stdout.write((port.HostIP || "127.0.0.1") + ":" + port.Value);
    });' "$1"
}`,
};

// Helpers that call other helpers.
const NEEDS: Partial<Record<HelperName, HelperName[]>> = {
  wait_for_job: ['running_alloc_id'],
};

/** The definitions of the helpers a script body calls, in a fixed order. */
export function helperDefinitions(body: string): string[] {
  const used = new Set<HelperName>();
  for (const name of Object.keys(HELPERS) as HelperName[]) {
    if (new RegExp(`\\b${name}\\b`).test(body)) used.add(name);
  }
  for (const name of [...used]) {
    for (const needed of NEEDS[name] ?? []) used.add(needed);
  }
  return (Object.keys(HELPERS) as HelperName[])
    .filter((name) => used.has(name))
    .map((name) => HELPERS[name]);
}
