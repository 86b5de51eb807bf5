import type { HclBlock } from '../../lib/hcl/index.ts';
import {
  problemAtAttribute,
  problemAtLine,
  problemAtValue,
} from './hcl-locate.ts';
import {
  capabilities,
  isCapability,
  legacyPolicies,
  pathBlockKeys,
  pathKeys,
} from './policy-rules.ts';
import { closestWord } from './suggest.ts';
import type { FileProblem } from './types.ts';

const capabilityList = capabilities.join(', ');

/** Checks the body of one `path "…" { … }` block. */
export function pathBodyProblems(
  source: string,
  block: HclBlock,
  path: string,
): FileProblem[] {
  const problems = unknownKeyProblems(source, block, path);
  const { attributes } = block.body;
  if ('capabilities' in attributes) {
    problems.push(...capabilityProblems(source, block, path));
  }
  if ('policy' in attributes) {
    problems.push(...legacyPolicyProblems(source, block));
  }
  const grantsNothing = !(
    'capabilities' in attributes || 'policy' in attributes
  );
  // A misspelt key already explains why nothing is granted.
  if (grantsNothing && problems.length === 0) {
    const message =
      `path "${path}" grants nothing. ` +
      'Add capabilities = ["read"] (or the capabilities it needs).';
    problems.push(problemAtLine(source, block.line, message, 'warning'));
  }
  return problems;
}

function unknownKeyProblems(source: string, block: HclBlock, path: string) {
  const keys: readonly string[] = pathKeys;
  const blockKeys: readonly string[] = pathBlockKeys;
  const problems: FileProblem[] = [];
  for (const key of Object.keys(block.body.attributes)) {
    if (keys.includes(key)) continue;
    const message = unknownKeyMessage(key, path);
    problems.push(
      problemAtAttribute(source, block.line, key, message, 'error'),
    );
  }
  for (const nested of block.body.blocks) {
    if (blockKeys.includes(nested.type)) continue;
    const message = unknownKeyMessage(nested.type, path);
    problems.push(problemAtLine(source, nested.line, message, 'error'));
  }
  return problems;
}

function unknownKeyMessage(key: string, path: string): string {
  const guess = closestWord(key, pathKeys);
  const hint = guess
    ? `Did you mean "${guess}"?`
    : `Valid keys: ${pathKeys.join(', ')}.`;
  return `Vault does not know the key "${key}" in path "${path}". ${hint}`;
}

function capabilityProblems(source: string, block: HclBlock, path: string) {
  const value = block.body.attributes.capabilities;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    const message =
      '"capabilities" must be a list of quoted names, e.g. ["read", "list"].';
    return [
      problemAtAttribute(source, block.line, 'capabilities', message, 'error'),
    ];
  }
  const names = value as string[];
  const problems: FileProblem[] = names
    .filter((name) => !isCapability(name))
    .map((name) => {
      const message = unknownCapabilityMessage(name);
      const at = [source, block.line, 'capabilities', name] as const;
      return problemAtValue(...at, message, 'error');
    });
  if (names.length === 0) {
    const message = `path "${path}" has no capabilities, so it grants nothing.`;
    problems.push(
      problemAtAttribute(
        source,
        block.line,
        'capabilities',
        message,
        'warning',
      ),
    );
  } else if (names.includes('deny') && names.length > 1) {
    const message = `"deny" overrides every other capability on path "${path}".`;
    const at = [source, block.line, 'capabilities', 'deny'] as const;
    problems.push(problemAtValue(...at, message, 'warning'));
  }
  return problems;
}

function unknownCapabilityMessage(name: string): string {
  const guess = closestWord(name, capabilities);
  const hint = guess ? ` Did you mean "${guess}"?` : '';
  return (
    `Unknown capability "${name}".${hint} ` +
    `Valid capabilities: ${capabilityList}.`
  );
}

function legacyPolicyProblems(source: string, block: HclBlock) {
  const value = block.body.attributes.policy;
  const grants = typeof value === 'string' ? legacyPolicies[value] : undefined;
  if (!grants) {
    const message =
      `Unknown policy ${JSON.stringify(value)}. The old "policy" key takes ` +
      'deny, read, write or sudo; prefer capabilities = [...].';
    return [problemAtAttribute(source, block.line, 'policy', message, 'error')];
  }
  const message =
    `policy = "${String(value)}" is the old form; Vault reads it as ` +
    `capabilities = [${grants.map((g) => `"${g}"`).join(', ')}].`;
  return [problemAtAttribute(source, block.line, 'policy', message, 'warning')];
}
