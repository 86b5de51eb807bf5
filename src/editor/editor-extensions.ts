import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
  bracketMatching,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';

import { accessibleHighlightStyle } from './highlight-style.ts';

const editorTheme = EditorView.theme({
  '&': { fontSize: '0.9rem', border: '1px solid #8a8a8a', borderRadius: '4px' },
  '&.cm-focused': { outline: '2px solid #1f6feb', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, monospace', minHeight: '6rem' },
});

/**
 * The editor's fixed behaviour. The keymap leaves out indentWithTab on
 * purpose, so Tab and Shift-Tab move focus instead of being trapped.
 */
export const baseExtensions: Extension = [
  lineNumbers(),
  highlightActiveLineGutter(),
  history(),
  drawSelection(),
  indentOnInput(),
  bracketMatching(),
  highlightActiveLine(),
  syntaxHighlighting(accessibleHighlightStyle, { fallback: true }),
  lintGutter(),
  keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
  EditorView.lineWrapping,
  editorTheme,
];
