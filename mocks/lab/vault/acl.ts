import type { Capability, PathRule } from './policy-rules.ts';

// The ACL engine (contract §3.3): rules from all of a token's policies,
// merged by path string, then matched exact-first, then by priority.

type Rules = Map<string, Set<Capability>>;

export interface Acl {
  isRoot: boolean;
  exact: Rules;
  /** Keyed by the prefix, i.e. the pattern without its trailing `*`. */
  prefix: Rules;
  /** Patterns with `+` segments, kept whole. */
  segments: Rules;
}

function merge(rules: Rules, key: string, capabilities: Capability[]) {
  const merged = rules.get(key) ?? new Set<Capability>();
  capabilities.forEach((c) => merged.add(c));
  if (merged.has('deny')) {
    merged.clear();
    merged.add('deny');
  }
  rules.set(key, merged);
}

function hasSegmentWildcard(path: string): boolean {
  return path === '+' || path.startsWith('+/') || path.includes('/+');
}

export function buildAcl(isRoot: boolean, rules: PathRule[]): Acl {
  const acl: Acl = {
    isRoot,
    exact: new Map(),
    prefix: new Map(),
    segments: new Map(),
  };
  for (const rule of rules) {
    if (hasSegmentWildcard(rule.path)) {
      merge(acl.segments, rule.path, rule.capabilities);
    } else if (rule.path.endsWith('*')) {
      merge(acl.prefix, rule.path.slice(0, -1), rule.capabilities);
    } else {
      merge(acl.exact, rule.path, rule.capabilities);
    }
  }
  return acl;
}

function matchesSegments(pattern: string, path: string): boolean {
  const isPrefix = pattern.endsWith('*');
  const wanted = (isPrefix ? pattern.slice(0, -1) : pattern).split('/');
  const actual = path.split('/');
  if (
    isPrefix ? actual.length < wanted.length : actual.length !== wanted.length
  ) {
    return false;
  }
  return wanted.every((part, i) => {
    const segment = actual[i] ?? '';
    if (part === '+') return true;
    const isLast = i === wanted.length - 1;
    return isPrefix && isLast ? segment.startsWith(part) : segment === part;
  });
}

interface Candidate {
  pattern: string;
  capabilities: Set<Capability>;
}

function firstWildcard(pattern: string): number {
  const positions = [pattern.indexOf('+'), pattern.indexOf('*')];
  const found = positions.filter((p) => p >= 0);
  return found.length > 0 ? Math.min(...found) : pattern.length;
}

/** Positive when `a` has the higher priority (contract §3.3 step 4). */
function comparePriority(a: string, b: string): number {
  const byWildcard = firstWildcard(a) - firstWildcard(b);
  if (byWildcard !== 0) return byWildcard;
  const aGlob = a.endsWith('*');
  if (aGlob !== b.endsWith('*')) return aGlob ? -1 : 1;
  const plusCount = (p: string) => p.split('+').length - 1;
  const byPlus = plusCount(b) - plusCount(a);
  if (byPlus !== 0) return byPlus;
  if (a.length !== b.length) return a.length - b.length;
  return a > b ? 1 : a < b ? -1 : 0;
}

function nonExactMatch(acl: Acl, path: string): Candidate | undefined {
  const candidates: Candidate[] = [];
  let longest: string | undefined;
  for (const prefix of acl.prefix.keys()) {
    const isLonger = longest === undefined || prefix.length > longest.length;
    if (path.startsWith(prefix) && isLonger) longest = prefix;
  }
  const prefixRule =
    longest === undefined ? undefined : acl.prefix.get(longest);
  if (longest !== undefined && prefixRule) {
    candidates.push({ pattern: `${longest}*`, capabilities: prefixRule });
  }
  for (const [pattern, capabilities] of acl.segments) {
    if (matchesSegments(pattern, path)) {
      candidates.push({ pattern, capabilities });
    }
  }
  candidates.sort((a, b) => comparePriority(b.pattern, a.pattern));
  return candidates[0];
}

/**
 * The capabilities of the one rule that governs `path`, or undefined
 * when no rule matches. A list request also tries the path without `/`.
 */
export function matchRule(
  acl: Acl,
  path: string,
  isList = false,
): Set<Capability> | undefined {
  const exact = acl.exact.get(path);
  if (exact) return exact;
  if (isList) {
    const bare = acl.exact.get(path.replace(/\/$/, ''));
    if (bare) return bare;
  }
  return nonExactMatch(acl, path)?.capabilities;
}

/** Whether the ACL grants `capability` (and sudo, when asked) on `path`. */
export function isAllowed(
  acl: Acl,
  capability: Capability,
  path: string,
  needsSudo: boolean,
): boolean {
  if (acl.isRoot) return true;
  const rule = matchRule(acl, path, capability === 'list');
  if (!rule || rule.has('deny') || !rule.has(capability)) return false;
  return !needsSudo || rule.has('sudo');
}

/** `sys/capabilities-self` wording: sorted names, `root` or `deny`. */
export function capabilitiesOf(acl: Acl, path: string): string[] {
  if (acl.isRoot) return ['root'];
  const rule = matchRule(acl, path);
  if (!rule || rule.size === 0 || rule.has('deny')) return ['deny'];
  return [...rule].sort();
}
