import { useEffect, useId, useRef } from 'react';

import { useAppStore } from '../state/use-app-store.ts';
import { planFeed } from './feed-plan.ts';
import type { VisibleEntry } from './mask.ts';
import type { TerminalWriter } from './terminal-writer.ts';
import { Transcript } from './transcript.tsx';
import { useTerminal } from './use-terminal.ts';
import { useVisibleTranscript } from './use-visible-transcript.ts';

/** The terminal beside the steps, its reveal switch and its transcript. */
export function TerminalPanel() {
  const host = useRef<HTMLDivElement>(null);
  const { status, writer } = useTerminal(host);
  const entries = useVisibleTranscript();
  useFeedTerminal(writer, entries);

  return (
    <aside className="terminal-panel" aria-label="Terminal">
      <div className="terminal-header">
        <span className="panel-title" aria-hidden="true">
          Terminal
        </span>
        <RevealSecretsSwitch />
      </div>
      {status === 'loading' ? (
        <p className="terminal-note">Loading the terminal…</p>
      ) : null}
      {entries.length === 0 ? (
        <p className="terminal-note">
          Commands appear here when you run a step.
        </p>
      ) : null}
      <div ref={host} className="terminal-host" hidden={status === 'failed'} />
      <Transcript entries={entries} isVisuallyHidden={status !== 'failed'} />
    </aside>
  );
}

function RevealSecretsSwitch() {
  const id = useId();
  const isRevealed = useAppStore((state) => state.isTerminalRevealed);
  const setRevealed = useAppStore((state) => state.setTerminalRevealed);
  return (
    <div className="checkbox terminal-reveal">
      <input
        id={id}
        type="checkbox"
        checked={isRevealed}
        onChange={(event) => setRevealed(event.target.checked)}
      />
      <label htmlFor={id}>Reveal secrets</label>
    </div>
  );
}

// The writer changes when xterm (re)mounts; then everything is written anew.
function useFeedTerminal(
  writer: TerminalWriter | null,
  entries: readonly VisibleEntry[],
): void {
  const written = useRef<{
    writer: TerminalWriter | null;
    entries: readonly VisibleEntry[];
  }>({ writer: null, entries: [] });

  useEffect(() => {
    if (!writer) return;
    const before = written.current;
    const plan = planFeed(
      before.writer === writer ? before.entries : [],
      entries,
    );
    if (plan.shouldClear) writer.clear();
    for (const entry of plan.toWrite) writer.write(entry);
    written.current = { writer, entries };
  }, [writer, entries]);
}
