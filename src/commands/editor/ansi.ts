// Cursor and erase sequences the line editor writes (ECMA-48 / xterm).
const CSI = '\u001b[';

export const CRLF = '\r\n';
export const CARRIAGE_RETURN = '\r';
export const ERASE_TO_END_OF_SCREEN = `${CSI}J`;
/** Backspace, blank, backspace: erases the character left of the cursor. */
export const RUB_OUT = '\b \b';
export const INTERRUPT_ECHO = '^C';

export function cursorUp(rows: number): string {
  return rows > 0 ? `${CSI}${rows}A` : '';
}

export function cursorDown(rows: number): string {
  return rows > 0 ? `${CSI}${rows}B` : '';
}

export function cursorForward(columns: number): string {
  return columns > 0 ? `${CSI}${columns}C` : '';
}

/** From one offset of a wrapped input to another (offsets from row 0). */
export function moveCursor(from: number, to: number, width: number): string {
  const rows = Math.floor(to / width) - Math.floor(from / width);
  const vertical = rows < 0 ? cursorUp(-rows) : cursorDown(rows);
  return vertical + CARRIAGE_RETURN + cursorForward(to % width);
}
