/** The fields of a key event the terminal's focus rule reads. */
export type KeyLike = Pick<KeyboardEvent, 'key' | 'type' | 'shiftKey'>;

export interface FocusKeys {
  /** xterm's custom key handler: false hands the key to the browser. */
  handle(event: KeyLike): boolean;
  /** Forgets a pending Escape (the terminal got focus again). */
  reset(): void;
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/**
 * Tab completes while the terminal has focus, so keyboard users need
 * another way out: Escape, then Tab (or Shift+Tab at any time) moves
 * focus on like anywhere else on the page.
 */
export function createFocusKeys(): FocusKeys {
  let isLeaving = false;
  return {
    handle(event) {
      if (event.key === 'Escape') {
        if (event.type === 'keydown') isLeaving = true;
        return false;
      }
      if (event.key === 'Tab') return !(isLeaving || event.shiftKey);
      if (event.type === 'keydown' && !MODIFIERS.has(event.key)) {
        isLeaving = false;
      }
      return true;
    },
    reset() {
      isLeaving = false;
    },
  };
}
