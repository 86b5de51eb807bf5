import type { InterpreterDeps } from '../commands/index.ts';
import type { Step } from '../guide/types.ts';
import type { AppStore } from '../state/create-app-store.ts';
import { fileKey } from '../state/files-slice.ts';
import { createSecretsAccess } from '../state/secrets-access.ts';

/**
 * What the typed command line sees of the app: the mode as it is now, the
 * held secrets, and the step files as the learner left them in the editor.
 */
export function createShellDeps(
  store: AppStore,
  steps: readonly Step[],
): InterpreterDeps {
  return {
    // A getter: the learner may switch modes while the shell lives on.
    get mode() {
      return store.getState().modeInfo.mode;
    },
    secrets: createSecretsAccess(store),
    file: (name) => currentFile(store, steps, name),
    fileNames: () => [
      ...new Set(steps.flatMap((step) => step.files.map((file) => file.name))),
    ],
  };
}

// The first step shipping the name owns it; an edit saved under another
// step that ships the same name still counts.
function currentFile(
  store: AppStore,
  steps: readonly Step[],
  name: string,
): string | undefined {
  const owners = steps.filter((step) =>
    step.files.some((file) => file.name === name),
  );
  const edited = store.getState().editedFiles;
  for (const owner of owners) {
    const content = edited[fileKey(owner.number, name)];
    if (content !== undefined) return content;
  }
  return owners[0]?.files.find((file) => file.name === name)?.content;
}
