import { useId } from 'react';

import type { StepFile } from '../guide/types.ts';
import { fileKey } from '../state/files-slice.ts';
import { useAppStore } from '../state/use-app-store.ts';

interface FileEditorProps {
  stepNumber: number;
  file: StepFile;
}

/**
 * One step file, editable; the step's Run uses the edited text. A plain
 * textarea today; a code editor can replace it behind the same props.
 */
export function FileEditor({ stepNumber, file }: FileEditorProps) {
  const key = fileKey(stepNumber, file.name);
  const edited = useAppStore((state) => state.editedFiles[key]);
  const editFile = useAppStore((state) => state.editFile);
  const restoreFile = useAppStore((state) => state.restoreFile);
  const id = useId();
  const content = edited ?? file.content;
  const isEdited = edited !== undefined && edited !== file.content;

  return (
    <div className="file-editor">
      <div className="file-header">
        <label htmlFor={id} className="file-name">
          {file.name}
        </label>
        {isEdited ? <span className="file-badge">edited</span> : null}
        <button
          type="button"
          className="button button-quiet"
          disabled={!isEdited}
          onClick={() => restoreFile(key)}
        >
          Restore original<span className="visually-hidden"> {file.name}</span>
        </button>
      </div>
      <p id={`${id}-hint`} className="file-description">
        {file.description}
      </p>
      <textarea
        id={id}
        className="file-content"
        aria-describedby={`${id}-hint`}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        rows={Math.min(content.split('\n').length + 1, 24)}
        value={content}
        onChange={(event) => editFile(key, event.target.value)}
      />
    </div>
  );
}
