import type { Step } from '../guide/types.ts';
import { FileEditor } from './file-editor.tsx';

interface FilesPanelProps {
  step: Step;
}

/** The files a step writes or submits, each editable before running. */
export function FilesPanel({ step }: FilesPanelProps) {
  if (step.files.length === 0) return null;
  return (
    <section className="step-section" aria-labelledby="step-files">
      <h3 id="step-files">Files</h3>
      {step.files.map((file) => (
        <FileEditor key={file.name} stepNumber={step.number} file={file} />
      ))}
    </section>
  );
}
