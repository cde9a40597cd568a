import parseSpdx from 'spdx-expression-parse';

/** The licence lists of the policy file (`licenses:`), as SPDX ids. */
export interface LicensePolicy {
  deny: readonly string[];
  /** When non-empty, a licence not listed here is a violation. */
  allow: readonly string[];
}

export type LicenseVerdict =
  | { kind: 'acceptable' }
  | { kind: 'unknown'; why: string }
  | { kind: 'denied'; licenses: string[] }
  | { kind: 'not-allowed'; licenses: string[] };

export function hasLicensePolicy(policy: LicensePolicy): boolean {
  return policy.deny.length > 0 || policy.allow.length > 0;
}

/**
 * Judges one package's SPDX expression. `A OR B` is acceptable when either choice is; `A AND B` only
 * when both are. A missing or free-text licence is unknown: reported, never guessed.
 */
export function judgeLicense(expression: string | null, policy: LicensePolicy): LicenseVerdict {
  if (expression === null || expression.trim() === '') return { kind: 'unknown', why: 'no licence recorded' };
  let tree: parseSpdx.Info;
  try {
    tree = parseSpdx(expression.trim());
  } catch {
    return { kind: 'unknown', why: `'${expression}' is not an SPDX expression` };
  }
  const deny = new Set(policy.deny.map(normalise));
  const allow = new Set(policy.allow.map(normalise));
  const offending = violations(tree, deny, allow);
  if (offending === null) return { kind: 'acceptable' };
  const denied = offending.filter((id) => deny.has(normalise(id)));
  return denied.length > 0
    ? { kind: 'denied', licenses: denied }
    : { kind: 'not-allowed', licenses: offending };
}

/** The licences that make the expression unacceptable, or null when some choice of it is acceptable. */
function violations(node: parseSpdx.Info, deny: Set<string>, allow: Set<string>): string[] | null {
  if ('license' in node) {
    const id = node.plus ? `${node.license}+` : node.license;
    const bad = deny.has(normalise(node.license)) || deny.has(normalise(id));
    const allowed = allow.size === 0 || allow.has(normalise(node.license)) || allow.has(normalise(id));
    return bad || !allowed ? [id] : null;
  }
  const left = violations(node.left, deny, allow);
  const right = violations(node.right, deny, allow);
  if (node.conjunction === 'or') return left === null || right === null ? null : [...left, ...right];
  return left === null && right === null ? null : [...(left ?? []), ...(right ?? [])];
}

// SPDX ids are matched case-insensitively (SPDX spec, annex on license expressions).
function normalise(id: string): string {
  return id.toLowerCase();
}
