import { parseHcl } from '../../../src/lib/hcl/index.ts';
import type { HclBody, HclValue } from '../../../src/lib/hcl/index.ts';
import { legacyTokenProfile } from '../profile.ts';
import type { VersionProfile } from '../types.ts';
import { multierror } from './errors.ts';
import {
  knownCapabilities,
  legacyCapabilities,
  type Capability,
  type PathRule,
} from './policy-rules.ts';

export type PolicyParse = { paths: PathRule[] } | { error: string };

const pathKeys = new Set([
  'capabilities',
  'policy',
  'allowed_parameters',
  'denied_parameters',
  'required_parameters',
  'min_wrapping_ttl',
  'max_wrapping_ttl',
  'mfa_methods',
  'control_group',
  'subscribe_event_types',
  'comment',
]);

class PolicyProblem extends Error {}

/** The line of `key =` at or after `fromLine`, as HCL 1 reports it. */
function lineOf(source: string, key: string, fromLine: number): number {
  const lines = source.split('\n');
  const pattern = new RegExp(`^\\s*"?${key.replace(/\W/g, '\\$&')}"?\\s*=`);
  for (let i = Math.max(fromLine - 1, 0); i < lines.length; i++) {
    if (pattern.test(lines[i] ?? '')) return i + 1;
  }
  return 0;
}

interface Stanza {
  path: string;
  attributes: Record<string, HclValue>;
  blockKeys: string[];
  line: number;
}

function stanzaRules(
  stanza: Stanza,
  source: string,
  profile: VersionProfile,
): PathRule {
  const { path, attributes } = stanza;
  const invalid = [
    ...Object.keys(attributes)
      .filter((key) => !pathKeys.has(key))
      .map((key) => [key, lineOf(source, key, stanza.line)] as const),
    ...stanza.blockKeys
      .filter((key) => !pathKeys.has(key))
      .map((key) => [key, 0] as const),
  ];
  if (invalid.length > 0) {
    const problems = invalid.map(
      ([key, line]) => `path "${path}": invalid key "${key}" on line ${line}`,
    );
    throw new PolicyProblem(multierror(problems, profile));
  }
  const trimmed = path.replace(/^\//, '');
  if (trimmed.includes('+*')) {
    throw new PolicyProblem(
      `path "${path}": invalid use of wildcards ('+*' is forbidden)`,
    );
  }
  const capabilities = new Set<Capability>();
  const legacy = attributes['policy'];
  if (legacy !== undefined) {
    const expanded = legacyCapabilities(String(legacy), profile);
    if (!expanded) {
      throw new PolicyProblem(`path "${path}": invalid policy "${legacy}"`);
    }
    expanded.forEach((c) => capabilities.add(c));
  }
  const listed = attributes['capabilities'];
  const known = knownCapabilities(profile);
  for (const item of Array.isArray(listed) ? listed : []) {
    const name = String(item);
    if (!known.has(name)) {
      throw new PolicyProblem(`path "${path}": invalid capability "${name}"`);
    }
    capabilities.add(name as Capability);
  }
  const list = capabilities.has('deny') ? ['deny' as const] : [...capabilities];
  return { path: trimmed, capabilities: list };
}

function isObject(value: unknown): value is Record<string, HclValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectStanzas(value: HclValue | undefined): Stanza[] {
  if (!isObject(value)) return [];
  return Object.entries(value).map(([path, body]) => ({
    path,
    attributes: isObject(body) ? body : {},
    blockKeys: [],
    line: 0,
  }));
}

function hclStanzas(body: HclBody, source: string, profile: VersionProfile) {
  // HCL 1 reports a key at its `=`; blocks have none, hence line 0.
  const invalid = [
    ...Object.keys(body.attributes)
      .filter((key) => key !== 'name' && key !== 'path')
      .map((key) => {
        const line = lineOf(source, key, 1);
        return { at: line, text: `invalid key "${key}" on line ${line}` };
      }),
    ...body.blocks
      .filter((block) => block.type !== 'path')
      .map((block) => ({
        at: block.line,
        text: `invalid key "${block.type}" on line 0`,
      })),
  ].sort((a, b) => a.at - b.at);
  if (invalid.length > 0) {
    const texts = invalid.map((problem) => problem.text);
    throw new PolicyProblem(multierror(texts, profile));
  }
  const blocks: Stanza[] = body.blocks.map((block) => ({
    path: block.labels[0] ?? '',
    attributes: block.body.attributes,
    blockKeys: block.body.blocks.map((inner) => inner.type),
    line: block.line,
  }));
  return [...blocks, ...objectStanzas(body.attributes['path'])];
}

function jsonStanzas(source: string): Stanza[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new PolicyProblem((error as Error).message);
  }
  if (!isObject(parsed)) {
    throw new PolicyProblem('does not contain a root object');
  }
  return objectStanzas(parsed['path']);
}

/**
 * Turns ACL policy text (HCL, or its JSON form) into path rules, or the
 * message Vault answers a malformed policy with.
 */
export function parsePolicy(
  source: string,
  profile: VersionProfile = legacyTokenProfile,
): PolicyParse {
  try {
    let stanzas: Stanza[];
    if (source.trim().startsWith('{')) {
      stanzas = jsonStanzas(source);
    } else {
      const parsed = parseHcl(source);
      if (!parsed.ok) {
        const first = parsed.diagnostics[0];
        throw new PolicyProblem(
          first
            ? `At ${first.line}:${first.column}: ${first.summary}`
            : 'invalid HCL',
        );
      }
      stanzas = hclStanzas(parsed.body, source, profile);
    }
    return { paths: stanzas.map((s) => stanzaRules(s, source, profile)) };
  } catch (error) {
    if (!(error instanceof PolicyProblem)) throw error;
    return { error: `failed to parse policy: ${error.message}` };
  }
}
