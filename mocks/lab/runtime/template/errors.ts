/**
 * A parse or execution failure, worded like Go's text/template
 * (`template: :5: unexpected "/" in command`); the template has no name.
 */
export class TemplateError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
    readonly context?: string,
  ) {
    const where = context ? `executing "" at <${context}>: ` : '';
    super(`template: :${line}: ${where}${detail}`);
    this.name = 'TemplateError';
  }

  /** consul-template's wrapping word: `parse` or `execute`. */
  get stage(): 'parse' | 'execute' {
    return this.context === undefined ? 'parse' : 'execute';
  }
}
