import { BACKEND_NAMES, groupRepeats } from './calls.ts';
import { formatExchange, serverPath } from './http-text.ts';
import type { CallEntry } from './use-call-views.ts';

interface HttpViewProps {
  entries: readonly CallEntry[];
}

/** Each call's raw request and response, credentials masked. */
export function HttpView({ entries }: HttpViewProps) {
  return (
    <div
      role="log"
      aria-label="HTTP requests and responses"
      className="call-view"
    >
      {entries.map((entry) => (
        <div key={entry.id} className="transcript-entry">
          <p className="transcript-command">$ {entry.command}</p>
          {entry.exchanges.length === 0 ? (
            <p className="call-note">
              No HTTP call: this command works on the Nomad host itself.
            </p>
          ) : (
            groupRepeats(entry.exchanges).map(({ exchange, count }, index) => {
              const text = formatExchange(exchange, entry.policy);
              return (
                <details key={index} className="http-exchange">
                  <summary>
                    {BACKEND_NAMES[exchange.backend]}: {exchange.method}{' '}
                    {serverPath(exchange)} → {exchange.status}
                    {count > 1 ? ` (sent ${count} times)` : ''}
                  </summary>
                  <pre className="transcript-output">{text.request}</pre>
                  <pre className="transcript-output">{text.response}</pre>
                </details>
              );
            })
          )}
        </div>
      ))}
    </div>
  );
}
