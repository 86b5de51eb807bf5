import { useQuery } from '@tanstack/react-query';

import { webKeys } from '../api/query-keys.ts';
import { readNames } from '../api/web.ts';

interface NamesPanelProps {
  /** Ask the web app only once its step says it is up. */
  isAppRunning: boolean;
}

/** The demo app's `/names` page: rows read with dynamic credentials. */
export function NamesPanel({ isAppRunning }: NamesPanelProps) {
  const names = useQuery({
    queryKey: webKeys.names(),
    queryFn: readNames,
    enabled: isAppRunning,
  });
  if (!isAppRunning || names.isPending) return null;

  return (
    <section className="step-section" aria-labelledby="names-heading">
      <h3 id="names-heading">Names from PostgreSQL</h3>
      {names.isError ? (
        <p>The web app did not answer: {names.error.message}</p>
      ) : (
        <ul aria-labelledby="names-heading" className="names-list">
          {names.data.names.map((name, index) => (
            <li key={`${index}-${name}`}>{name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
