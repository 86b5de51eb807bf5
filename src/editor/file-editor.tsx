import './file-editor.css';

import { useId, useMemo } from 'react';

import type { FileEditorProps } from './file-editor-props.ts';
import { ProblemList } from './problem-list.tsx';
import { useCodeMirror } from './use-code-mirror.ts';
import { hasErrors, validateFile } from './validate/validate-file.ts';

export type { FileEditorProps };

/**
 * A step file in a code editor, validated as the learner types; the
 * problems show inline and in a list under the editor.
 */
export function FileEditor(props: FileEditorProps) {
  const { name, language, value, label, original, onChange, onRestore } = props;
  const problemsId = useId();
  const problems = useMemo(
    () => validateFile(name, language, value),
    [name, language, value],
  );
  const isInvalid = hasErrors(problems);
  const contentAttributes = useMemo(
    () => ({
      'aria-label': label ?? name,
      'aria-describedby': problemsId,
      'aria-invalid': String(isInvalid),
    }),
    [label, name, problemsId, isInvalid],
  );
  const { hostRef, focusProblem } = useCodeMirror({
    value,
    language,
    contentAttributes,
    problems,
    onChange,
  });
  const isEdited = original !== undefined && value !== original;

  return (
    <div className="file-editor">
      {isEdited && (
        <button
          type="button"
          className="file-editor__restore"
          onClick={() => (onRestore ? onRestore() : onChange(original))}
        >
          Restore original
        </button>
      )}
      <div ref={hostRef} className="file-editor__code" />
      <ProblemList
        id={problemsId}
        name={name}
        problems={problems}
        onSelect={focusProblem}
      />
    </div>
  );
}
