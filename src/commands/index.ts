// The typed command line, for the terminal component: an interpreter, a
// line editor, and a session that wires both to one terminal.
export { createInterpreter } from './interpreter.ts';
export type {
  Completion,
  Interpreter,
  InterpreterDeps,
  TerminalIO,
} from './types.ts';
export type { CommandHistory } from './history.ts';
export {
  createLineEditor,
  type EditorMode,
  type EditorResult,
  type LineEditor,
  type LineEditorOptions,
} from './editor/line-editor.ts';
export {
  createShellSession,
  type SessionOptions,
  type ShellSession,
  type TerminalSink,
} from './session.ts';
export { configureMonitor } from './nomad/monitor.ts';
