// Column alignment as both CLIs do it (github.com/ryanuber/columnize):
// cells are trimmed, every column but a row's last is padded to the
// widest cell of that column, and columns are joined with `glue`.

export interface ColumnizeOptions {
  /** Text between columns: Vault uses four spaces, Nomad lists two. */
  glue: string;
  /** Stands in for an empty cell (`n/a`, `<none>`); '' keeps it empty. */
  empty?: string;
}

/** Aligns rows of cells into columns; lines are joined with `\n`. */
export function columnize(
  rows: readonly (readonly string[])[],
  options: ColumnizeOptions,
): string {
  const cells = rows.map((row) => row.map((cell) => fill(cell, options)));
  const widths: number[] = [];
  for (const row of cells) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, width(cell));
    });
  }
  return cells
    .map((row) =>
      row
        .map((cell, index) =>
          index === row.length - 1 ? cell : pad(cell, widths[index] ?? 0),
        )
        .join(options.glue),
    )
    .join('\n');
}

function fill(cell: string, options: ColumnizeOptions): string {
  const trimmed = cell.trim();
  return trimmed === '' ? (options.empty ?? '') : trimmed;
}

/** Go pads by rune count, so `∞` or `✓` count as one column. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}
