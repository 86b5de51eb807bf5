import { curlCommand } from '../export/curl-command.ts';
import { groupRepeats } from './calls.ts';
import type { CallEntry } from './use-call-views.ts';
import type { SecretRefs } from '../export/secret-refs.ts';

interface CurlViewProps {
  entries: readonly CallEntry[];
  refs: SecretRefs;
}

/** Every call as the curl command that makes it, under its CLI command. */
export function CurlView({ entries, refs }: CurlViewProps) {
  return (
    <div role="log" aria-label="Calls as curl" className="call-view">
      {entries.map((entry) => (
        <div key={entry.id} className="transcript-entry">
          <p className="transcript-command"># $ {entry.command}</p>
          <pre className="transcript-output">{curlText(entry, refs)}</pre>
        </div>
      ))}
    </div>
  );
}

function curlText(entry: CallEntry, refs: SecretRefs): string {
  if (entry.exchanges.length === 0) {
    return '# No HTTP call: this command works on the Nomad host itself.';
  }
  return groupRepeats(entry.exchanges)
    .map(({ exchange, count }) => {
      const command = curlCommand(exchange, { refs });
      return count > 1
        ? `# sent ${count} times while waiting\n${command}`
        : command;
    })
    .join('\n');
}
