import { setDiagnostics } from '@codemirror/lint';
import { Annotation, Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useRef, useState } from 'react';

import { baseExtensions } from './editor-extensions.ts';
import { languageSupport } from './editor-languages.ts';
import { problemDiagnostics, problemRange } from './problem-diagnostics.ts';
import { textChange } from './text-change.ts';
import type { FileLanguage, FileProblem } from './validate/types.ts';

export interface CodeMirrorOptions {
  value: string;
  language: FileLanguage;
  /** Attributes for the editable element (aria-label and friends). */
  contentAttributes: Record<string, string>;
  problems: readonly FileProblem[];
  onChange(value: string): void;
}

// Marks changes that came from props, so they are not echoed back.
const fromProps = Annotation.define<boolean>();

/**
 * Owns one CodeMirror view: created once, updated in place from props,
 * destroyed on unmount.
 */
export function useCodeMirror(options: CodeMirrorOptions) {
  const { value, language, contentAttributes, problems } = options;
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const latest = useRef(options);
  const [parts] = useState(() => ({
    language: new Compartment(),
    attributes: new Compartment(),
  }));

  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return undefined;
    const initial = latest.current;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: initial.value,
        extensions: [
          baseExtensions,
          parts.language.of(languageSupport(initial.language)),
          parts.attributes.of(
            EditorView.contentAttributes.of(initial.contentAttributes),
          ),
          EditorView.updateListener.of((update) => {
            const isFromProps = update.transactions.some((transaction) =>
              transaction.annotation(fromProps),
            );
            if (!update.docChanged || isFromProps) return;
            latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, [parts]);

  useEffect(() => {
    const view = viewRef.current;
    const current = view?.state.doc.toString();
    if (!view || current === undefined || current === value) return;
    view.dispatch({
      changes: textChange(current, value),
      annotations: fromProps.of(true),
    });
  }, [value]);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: parts.language.reconfigure(languageSupport(language)),
    });
  }, [parts, language]);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: parts.attributes.reconfigure(
        EditorView.contentAttributes.of(contentAttributes),
      ),
    });
  }, [parts, contentAttributes]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const diagnostics = problemDiagnostics(view.state.doc, problems);
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }, [problems]);

  /** Puts the cursor on a problem and focuses the editor. */
  const focusProblem = useCallback((problem: FileProblem) => {
    const view = viewRef.current;
    if (!view) return;
    const { from, to } = problemRange(view.state.doc, problem);
    view.dispatch({
      selection: { anchor: from, head: to },
      scrollIntoView: true,
    });
    view.focus();
  }, []);

  return { hostRef, focusProblem };
}
