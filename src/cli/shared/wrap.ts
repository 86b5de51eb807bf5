// Paragraph wrapping with minimal raggedness, the algorithm Vault's CLI
// uses for its prose (github.com/kr/text): it does not simply fill each
// line greedily, so "below\nis" can win over a fuller first line.

const longLinePenalty = 100_000;

/** Wraps `text` into lines of at most `limit` bytes where possible. */
export function wrapParagraph(text: string, limit: number): string {
  const words = text.trim().replace(/\n/g, ' ').split(' ');
  const sizes = words.map(byteLength);
  const count = words.length;
  const cost: number[] = new Array<number>(count).fill(Infinity);
  const breakAt: number[] = new Array<number>(count).fill(count);
  for (let first = count - 1; first >= 0; first--) {
    if (lineLength(sizes, first, count - 1) <= limit || first === count - 1) {
      cost[first] = 0;
      breakAt[first] = count;
      continue;
    }
    for (let next = first + 1; next < count; next++) {
      const length = lineLength(sizes, first, next - 1);
      const slack = limit - length;
      let candidate = slack * slack + (cost[next] ?? 0);
      if (length > limit) candidate += longLinePenalty;
      if (candidate < (cost[first] ?? Infinity)) {
        cost[first] = candidate;
        breakAt[first] = next;
      }
    }
  }
  const lines: string[] = [];
  for (let first = 0; first < count; first = breakAt[first] ?? count) {
    lines.push(words.slice(first, breakAt[first]).join(' '));
  }
  return lines.join('\n');
}

/** Wraps, then indents every line by `padding` spaces. */
export function wrapWithPadding(
  text: string,
  limit: number,
  padding: number,
): string {
  const indent = ' '.repeat(padding);
  return wrapParagraph(text, limit - padding)
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

function lineLength(sizes: readonly number[], first: number, last: number) {
  let total = 0;
  for (let index = first; index <= last; index++) {
    total += (sizes[index] ?? 0) + (index > first ? 1 : 0);
  }
  return total;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
