import type { Taint } from './taint-env.js';

/** Parameter placeholders (`\0<function>:<index>`) stand for "whatever the caller passes". */
export function isParameterLabel(label: string): boolean {
  return label.startsWith('\0');
}

export function realLabels(taint: Taint): string[] {
  return [...taint].filter((label) => !isParameterLabel(label));
}

/**
 * A propagator's `label`: the taint it passes on carries that label instead of the labels in
 * `replaced` (every label when absent); other labels and parameter placeholders pass unchanged.
 */
export function relabel(taint: Taint, label: string, replaced?: readonly string[]): Taint {
  const out = new Set<string>();
  let converted = false;
  for (const held of taint) {
    if (isParameterLabel(held) || (replaced && !replaced.includes(held))) out.add(held);
    else converted = true;
  }
  if (converted) out.add(label);
  return out;
}

/**
 * Semgrep's `requires:` — a boolean expression over labels (`A`, `not A`, `A and (B or C)`). Without one,
 * any real label satisfies a sink.
 */
export function satisfiesRequires(requires: string | undefined, taint: Taint): boolean {
  const labels = new Set(realLabels(taint));
  if (labels.size === 0) return false;
  if (!requires) return true;
  const tokens = requires.match(/\(|\)|[A-Za-z_$][\w$]*/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const primary = (): boolean => {
    const token = tokens[at++];
    if (token === '(') {
      const value = disjunction();
      at += 1; // ')'
      return value;
    }
    if (token === 'not') return !primary();
    return token !== undefined && labels.has(token);
  };
  const conjunction = (): boolean => {
    let value = primary();
    while (peek() === 'and') {
      at += 1;
      value = primary() && value;
    }
    return value;
  };
  const disjunction = (): boolean => {
    let value = conjunction();
    while (peek() === 'or') {
      at += 1;
      value = conjunction() || value;
    }
    return value;
  };
  return disjunction();
}
