/** Thrown inside the JSON scan to stop at the first error. */
export class JsonStop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
    this.name = 'JsonStop';
  }
}
