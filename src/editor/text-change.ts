/**
 * The smallest single replacement that turns `before` into `after`, so
 * an outside update (e.g. "Restore original") keeps the cursor where
 * the text around it did not change.
 */
export function textChange(
  before: string,
  after: string,
): { from: number; to: number; insert: string } {
  let from = 0;
  const shorter = Math.min(before.length, after.length);
  while (from < shorter && before[from] === after[from]) from++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > from &&
    endAfter > from &&
    before[endBefore - 1] === after[endAfter - 1]
  ) {
    endBefore--;
    endAfter--;
  }
  return { from, to: endBefore, insert: after.slice(from, endAfter) };
}
