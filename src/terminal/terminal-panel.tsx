import './terminal-views.css';

import { useEffect, useRef, useState } from 'react';

import { useAppStore } from '../state/use-app-store.ts';
import { CurlView } from './curl-view.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { planFeed } from './feed-plan.ts';
import { HeldSecrets } from './held-secrets.tsx';
import { HttpView } from './http-view.tsx';
import type { VisibleEntry } from './mask.ts';
import { ShellHint } from './shell-hint.tsx';
import type { TerminalWriter } from './terminal-writer.ts';
import { Transcript } from './transcript.tsx';
import { useCallViews } from './use-call-views.ts';
import { useRecordExchanges } from './use-record-exchanges.ts';
import { useShellSession } from './use-shell-session.ts';
import { useTerminal } from './use-terminal.ts';
import { useVisibleTranscript } from './use-visible-transcript.ts';
import { ViewSwitch, type CallViewKind } from './view-switch.tsx';

/**
 * The terminal beside the steps: each action as CLI (xterm and its HTML
 * transcript), as curl, or as raw HTTP; the held secrets and the exports.
 */
export function TerminalPanel() {
  const host = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<CallViewKind>('cli');
  const { status, writer: xtermWriter, terminal } = useTerminal(host);
  const writer = useShellSession(terminal, xtermWriter);
  const entries = useVisibleTranscript();
  const hasEntries = useAppStore((state) => state.transcript.length > 0);
  useRecordExchanges();
  useFeedTerminal(writer, entries);
  const isCli = view === 'cli';

  return (
    <aside className="terminal-panel" aria-label="Terminal">
      <div className="terminal-header">
        <span className="panel-title" aria-hidden="true">
          Terminal
        </span>
        <ViewSwitch view={view} onChange={setView} />
      </div>
      <div className="terminal-tools">
        <HeldSecrets />
        <ExportButtons />
      </div>
      {status === 'loading' && isCli ? (
        <p className="terminal-note">Loading the terminal…</p>
      ) : null}
      {hasEntries ? null : (
        <p className="terminal-note">
          Commands appear here when you run a step.
        </p>
      )}
      <div
        ref={host}
        className="terminal-host"
        hidden={status === 'failed' || !isCli}
      />
      <ShellHint />
      {isCli ? (
        <Transcript entries={entries} isVisuallyHidden={status !== 'failed'} />
      ) : (
        <CallView view={view} />
      )}
    </aside>
  );
}

function CallView({ view }: { view: Exclude<CallViewKind, 'cli'> }) {
  const { entries, refs } = useCallViews();
  return view === 'curl' ? (
    <CurlView entries={entries} refs={refs} />
  ) : (
    <HttpView entries={entries} />
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
