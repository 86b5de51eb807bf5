// How HCL's decoder words schema problems (hcl/v2 hclsyntax, gohcl).
import type { HclDiagnostic, HclRange } from '../../../../src/lib/hcl/index.ts';

const at = (
  range: HclRange,
  summary: string,
  detail: string,
): HclDiagnostic => ({
  ...range,
  summary,
  detail,
});

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + cost);
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** HCL suggests a known name within an edit distance of two. */
export function suggestion(name: string, known: string[]): string {
  const close = known.find((k) => distance(name, k) < 3);
  return close ? ` Did you mean "${close}"?` : '';
}

export function unsupportedArgument(
  range: HclRange,
  name: string,
  attrs: string[],
  blocks: string[],
): HclDiagnostic {
  const hint = blocks.includes(name)
    ? ` Did you mean to define a block of type "${name}"?`
    : suggestion(name, attrs);
  return at(
    range,
    'Unsupported argument',
    `An argument named "${name}" is not expected here.${hint}`,
  );
}

export function unsupportedBlock(
  range: HclRange,
  type: string,
  attrs: string[],
  blocks: string[],
): HclDiagnostic {
  const hint = attrs.includes(type)
    ? ` Did you mean to define argument "${type}"? If so, use the equals ` +
      'sign to assign it a value.'
    : suggestion(type, blocks);
  return at(
    range,
    'Unsupported block type',
    `Blocks of type "${type}" are not expected here.${hint}`,
  );
}

export function missingLabel(
  range: HclRange,
  type: string,
  labels: string[],
  index: number,
): HclDiagnostic {
  return at(
    range,
    `Missing ${labels[index] ?? 'label'} for ${type}`,
    `All ${type} blocks must have ${labels.length} labels ` +
      `(${labels.join(', ')}).`,
  );
}

export function extraLabel(
  range: HclRange,
  type: string,
  labels: string[],
): HclDiagnostic {
  const detail =
    labels.length === 0
      ? `No labels are expected for ${type} blocks.`
      : `Only ${labels.length} labels (${labels.join(', ')}) are expected ` +
        `for ${type} blocks.`;
  return at(range, `Extraneous label for ${type}`, detail);
}

export function unsuitableValue(range: HclRange, why: string): HclDiagnostic {
  return at(range, 'Unsuitable value type', `Unsuitable value: ${why}`);
}

export function unsuitableDuration(range: HclRange, text: string) {
  return at(
    range,
    'Unsuitable duration value',
    `Unsuitable duration value: time: invalid duration "${text}"`,
  );
}

export function missingJob(range: HclRange): HclDiagnostic {
  return at(
    range,
    'Insufficient job blocks',
    'At least 1 "job" blocks are required.',
  );
}

export function duplicateBlock(
  range: HclRange,
  type: string,
  previous: string,
): HclDiagnostic {
  return at(
    range,
    `Duplicate ${type} block`,
    `Only one block of type "${type}" is allowed. Previous definition was ` +
      `at ${previous}.`,
  );
}
