/** Names the hint the terminal's input points to (one terminal per page). */
export const SHELL_HINT_ID = 'terminal-keys-hint';

/** How to type into the terminal and how to leave it, for assistive tech. */
export function ShellHint() {
  return (
    <p id={SHELL_HINT_ID} className="visually-hidden">
      Type a command at the $ prompt and press Enter. Tab completes commands,
      paths and file names. To leave the terminal, press Escape and then Tab, or
      press Shift+Tab.
    </p>
  );
}
