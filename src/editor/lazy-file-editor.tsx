import { lazy, Suspense } from 'react';

import type { FileEditorProps } from './file-editor-props.ts';

// CodeMirror and the validators load with the first editor, not the app.
const FileEditorChunk = lazy(() =>
  import('./file-editor.tsx').then((module) => ({
    default: module.FileEditor,
  })),
);

/** The file editor, with a plain text area until CodeMirror has loaded. */
export function LazyFileEditor(props: FileEditorProps) {
  return (
    <Suspense fallback={<PlainFileEditor {...props} />}>
      <FileEditorChunk {...props} />
    </Suspense>
  );
}

function PlainFileEditor({ name, value, label, onChange }: FileEditorProps) {
  return (
    <textarea
      className="file-editor__plain"
      aria-label={label ?? name}
      value={value}
      rows={Math.min(Math.max(value.split('\n').length, 4), 30)}
      spellCheck={false}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
