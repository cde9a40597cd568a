import { evaluateFormula, type EvaluationTarget } from '../patterns/evaluate-formula.js';
import type { Binding, RangeMatch } from '../patterns/match-pattern.js';
import type { TaintPropagator, TaintSpec, TaintSpecItem } from '../rule-files/rule.js';

/** Semgrep's label for taint from a source that names none. */
export const DEFAULT_LABEL = '__SOURCE__';

/** Where one spec entry matched in this file: a span (focused when the entry says so) and its bindings. */
export interface TaintSite extends RangeMatch {
  item: TaintSpecItem;
}

export interface PropagatorSite extends TaintSite {
  item: TaintPropagator;
  from: Binding;
  to: Binding;
}

/** Every match of a taint rule's entries in one file, found with the ordinary formula evaluator. */
export interface TaintSites {
  sources: SiteIndex;
  sinks: TaintSite[];
  sanitizers: SiteIndex;
  propagators: Map<string, PropagatorSite[]>;
}

/** Undefined when the file has no source or no sink: nothing can be reported, so no analysis is needed. */
export function findTaintSites(spec: TaintSpec, target: EvaluationTarget): TaintSites | undefined {
  const sources = new SiteIndex(spec.sources.flatMap((item) => sitesOf(item, target)));
  if (sources.size === 0) return undefined;
  // Sorted by start: each function checks the sinks inside it by binary search.
  const sinks = spec.sinks.flatMap((item) => sitesOf(item, target)).sort((a, b) => a.start - b.start);
  if (sinks.length === 0) return undefined;
  const propagators = new Map<string, PropagatorSite[]>();
  for (const item of spec.propagators) {
    for (const site of sitesOf(item, target)) {
      const from = site.bindings[item.from];
      const to = site.bindings[item.to];
      if (!from || !to) continue;
      const key = rangeKey(site);
      propagators.set(key, [...(propagators.get(key) ?? []), { ...site, item, from, to }]);
    }
  }
  const sinkSpans = new Set(sinks.map(rangeKey));
  const sanitizers = spec.sanitizers
    .flatMap((item) => sitesOf(item, target))
    // not-conflicting: a sanitizer on exactly a source's or sink's span is dropped, as in Semgrep.
    .filter(
      (site) => !site.item.notConflicting || !(sinkSpans.has(rangeKey(site)) || sources.at(site).length),
    );
  return { sources, sinks, sanitizers: new SiteIndex(sanitizers), propagators };
}

function sitesOf(item: TaintSpecItem, target: EvaluationTarget): TaintSite[] {
  const matches = evaluateFormula(item.formula, target);
  if (item.focus.length === 0) return matches.map((match) => ({ ...match, item }));
  // focus-metavariable: the role applies to the bound code; the bindings still interpolate the message.
  const focused: TaintSite[] = [];
  for (const match of matches) {
    for (const name of item.focus) {
      const bound = match.bindings[name];
      if (bound) focused.push({ start: bound.start, end: bound.end, bindings: match.bindings, item });
    }
  }
  return focused;
}

export function rangeKey(range: { start: number; end: number }): string {
  return `${range.start}:${range.end}`;
}

/** Sites by exact span, and the inexact ones sorted for "which sites contain this node" queries. */
export class SiteIndex {
  private readonly exact = new Map<string, TaintSite[]>();
  private readonly byStart: TaintSite[];
  /** maxEnd[i]: the furthest end among byStart[0..i], so a backwards scan knows when to stop. */
  private readonly maxEnd: number[] = [];

  constructor(readonly all: TaintSite[]) {
    for (const site of all) {
      const key = rangeKey(site);
      this.exact.set(key, [...(this.exact.get(key) ?? []), site]);
    }
    this.byStart = all.filter((site) => !site.item.exact).sort((a, b) => a.start - b.start);
    let furthest = -1;
    for (const site of this.byStart) {
      furthest = Math.max(furthest, site.end);
      this.maxEnd.push(furthest);
    }
  }

  get size(): number {
    return this.all.length;
  }

  /** Sites whose span is exactly this one. */
  at(range: { start: number; end: number }): readonly TaintSite[] {
    return this.exact.get(rangeKey(range)) ?? [];
  }

  /** Sites that apply to a node with this span: exact ones on the same span, inexact ones around it. */
  covering(range: { start: number; end: number }): TaintSite[] {
    const found = this.at(range).filter((site) => site.item.exact);
    // Binary search for the last site starting at or before the node, then walk back while one could still reach it.
    let low = 0;
    let high = this.byStart.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.byStart[mid].start <= range.start) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0 && this.maxEnd[i] >= range.end; i -= 1) {
      if (this.byStart[i].end >= range.end) found.push(this.byStart[i]);
    }
    return found;
  }
}
