import { useId } from 'react';

import { LazyFileEditor } from '../editor/lazy-file-editor.tsx';
import type { StepFile } from '../guide/types.ts';
import { fileKey } from '../state/files-slice.ts';
import { useAppStore } from '../state/use-app-store.ts';
import { SecretGuard } from './secret-guard.tsx';

interface FileEditorProps {
  stepNumber: number;
  file: StepFile;
}

/** One step file in a code editor; the step's Run uses the edited text. */
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
        <span id={id} className="file-name">
          {file.name}
        </span>
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
      <p className="file-description">{file.description}</p>
      <SecretGuard text={content} label={`${file.name}, secrets masked`}>
        <LazyFileEditor
          name={file.name}
          language={file.language}
          value={content}
          label={`Edit ${file.name}`}
          onChange={(value) => editFile(key, value)}
        />
      </SecretGuard>
    </div>
  );
}
