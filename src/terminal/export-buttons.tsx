import { exportCliScript } from '../export/cli-script.ts';
import { exportCurlScript, type EntryCalls } from '../export/curl-script.ts';
import { downloadText } from '../export/download.ts';
import type { ExportFile } from '../export/script-parts.ts';
import { exportTranscript } from '../export/transcript-text.ts';
import { steps } from '../guide/index.ts';
import type { AppState } from '../state/app-state.ts';
import { fileKey } from '../state/files-slice.ts';
import { appStore, useAppStore } from '../state/use-app-store.ts';

const SCRIPT_TYPE = 'text/x-shellscript';

/** Downloads of the walk so far; each file is built only on click. */
export function ExportButtons() {
  const isEmpty = useAppStore((state) => state.transcript.length === 0);
  const exports = [
    {
      label: 'Export shell script (vault/nomad)',
      save: (state: AppState) =>
        downloadText(
          'nomad-vault-walk.sh',
          exportCliScript(state.transcript, currentFiles(state), {
            secrets: state.secrets,
          }),
          SCRIPT_TYPE,
        ),
    },
    {
      label: 'Export shell script (curl)',
      save: (state: AppState) =>
        downloadText(
          'nomad-vault-walk-curl.sh',
          exportCurlScript(entryCalls(state), currentFiles(state), {
            secrets: state.secrets,
          }),
          SCRIPT_TYPE,
        ),
    },
    {
      label: 'Export transcript',
      save: (state: AppState) =>
        downloadText(
          'nomad-vault-transcript.txt',
          exportTranscript(entryCalls(state), state.secrets),
        ),
    },
  ];

  return (
    <div role="group" aria-label="Export the walk" className="export-buttons">
      {exports.map(({ label, save }) => (
        <button
          key={label}
          type="button"
          className="terminal-button"
          disabled={isEmpty}
          onClick={() => save(appStore.getState())}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

function entryCalls(state: AppState): EntryCalls[] {
  return state.transcript.map((entry) => ({
    entry,
    exchanges: state.exchangesByEntry[entry.id] ?? [],
  }));
}

/** Every step file once, as the learner edited it or as shipped. */
function currentFiles(state: AppState): ExportFile[] {
  const files = new Map<string, ExportFile>();
  for (const step of steps) {
    for (const file of step.files) {
      if (files.has(file.name)) continue;
      const edited = state.editedFiles[fileKey(step.number, file.name)];
      files.set(file.name, {
        name: file.name,
        content: edited ?? file.content,
      });
    }
  }
  return [...files.values()];
}
