import type { VisibleEntry } from './mask.ts';

interface TranscriptProps {
  entries: readonly VisibleEntry[];
  /** Hidden visually while xterm shows the same text. */
  isVisuallyHidden: boolean;
}

/** The terminal's output as HTML, for screen readers and as a fallback. */
export function Transcript({ entries, isVisuallyHidden }: TranscriptProps) {
  return (
    <div
      role="log"
      aria-label="Terminal output"
      className={isVisuallyHidden ? 'visually-hidden' : 'transcript'}
    >
      {entries.map((entry) => (
        <div key={entry.id} className="transcript-entry">
          <p className="transcript-command">$ {entry.command}</p>
          {entry.output === '' ? null : (
            <pre
              className={
                entry.isError
                  ? 'transcript-output is-error'
                  : 'transcript-output'
              }
            >
              {entry.output}
            </pre>
          )}
        </div>
      ))}
    </div>
  );
}
