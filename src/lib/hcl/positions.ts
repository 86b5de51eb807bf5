import type { HclDiagnostic, HclRange } from './types.ts';

/** Turns character offsets into HCL's 1-based line/column positions. */
export class SourcePositions {
  private readonly lineStarts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      if (source[i] === '\n') this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const start = this.lineStarts[low] ?? 0;
    // HCL counts characters, not UTF-16 code units.
    const column = [...this.source.slice(start, offset)].length + 1;
    return { line: low + 1, column };
  }

  range(from: number, to: number): HclRange {
    const start = this.position(from);
    const end = this.position(Math.max(from, to));
    const range: HclRange = {
      line: start.line,
      column: start.column,
      endColumn: end.column,
    };
    if (end.line !== start.line) range.endLine = end.line;
    return range;
  }

  diagnostic(
    from: number,
    to: number,
    summary: string,
    detail: string,
  ): HclDiagnostic {
    return { ...this.range(from, to), summary, detail };
  }
}
