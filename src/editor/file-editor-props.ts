import type { FileLanguage } from './validate/types.ts';

export interface FileEditorProps {
  /** File name as the CLI sees it; picks the validation rules. */
  name: string;
  language: FileLanguage;
  value: string;
  onChange(value: string): void;
  /** Accessible name of the text area; defaults to the file name. */
  label?: string;
  /** The guide's version; when it differs, a "Restore original" button shows. */
  original?: string;
  /** Called by "Restore original" instead of `onChange(original)`. */
  onRestore?(): void;
}
