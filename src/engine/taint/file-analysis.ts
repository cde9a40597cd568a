import type { RangeMatch, TargetTree } from '../patterns/match-pattern.js';
import type { PlainNode } from '../patterns/plain-tree.js';
import { FunctionAnalysis, type FunctionSummary, type TaintContext } from './function-analysis.js';
import { isParameterLabel, satisfiesRequires } from './labels.js';
import { accessPath, KINDS, namedChildren } from './node-kinds.js';
import { parametersOf } from './parameters.js';
import { CLEAN, TaintEnv, union, type Taint } from './taint-env.js';
import { rangeKey, type TaintSite, type TaintSites } from './taint-sites.js';

/**
 * Taint across the functions of one file. The top level is analysed as a function; every function it
 * meets is analysed once — nested ones (callbacks, closures) seeing the state where they are defined,
 * ones called before they are met on demand — and leaves a summary that call sites apply: which
 * parameters reach the return value, and which reach sinks inside it.
 */
export class FileAnalysis implements TaintContext {
  readonly source: string;
  private readonly taintOf = new Map<PlainNode, Taint>();
  private readonly recordedAt = new Map<string, PlainNode[]>();
  private readonly taintedNodes: PlainNode[] = [];
  private readonly summaries = new Map<PlainNode, FunctionSummary>();
  private readonly summariesById = new Map<string, FunctionSummary>();
  private readonly inProgress = new Set<PlainNode>();
  private readonly functionsByName: Map<string, PlainNode | null>;
  private readonly findings = new Map<TaintSite, RangeMatch>();
  private readonly sinkStarts: Set<number>;
  private readonly seenAtSink = new Set<PlainNode>();

  constructor(
    readonly sites: TaintSites,
    private readonly tree: TargetTree,
    /** Values the rule assumes safe by their static type (see safe-types). */
    readonly safeValue?: (node: PlainNode) => boolean,
  ) {
    this.source = tree.source;
    this.functionsByName = indexFunctions(tree.root, tree.source);
    this.sinkStarts = new Set(sites.sinks.map((site) => site.start));
  }

  run(): RangeMatch[] {
    this.analyse(this.tree.root, TaintEnv.empty());
    return [...this.findings.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private analyse(fn: PlainNode, env: TaintEnv): FunctionSummary {
    const id = String(this.summaries.size);
    const summary: FunctionSummary = {
      id,
      params: fn === this.tree.root ? [] : parametersOf(fn, this.source),
      returns: CLEAN,
      paramSinks: new Map(),
    };
    this.summaries.set(fn, summary);
    this.summariesById.set(id, summary);
    this.inProgress.add(fn);
    new FunctionAnalysis(this, fn, env, summary).run();
    this.checkSinks(fn);
    this.inProgress.delete(fn);
    return summary;
  }

  summaryForCall(callee: PlainNode): FunctionSummary | undefined {
    const fn = this.resolve(callee);
    // Unknown, ambiguous or recursive: Semgrep's default, the result carries the arguments' taint.
    if (!fn || this.inProgress.has(fn)) return undefined;
    return this.summaries.get(fn) ?? this.analyse(fn, TaintEnv.empty());
  }

  private resolve(callee: PlainNode): PlainNode | undefined {
    if (KINDS.identifier.has(callee.type))
      return this.functionsByName.get(this.tree.text(callee)) ?? undefined;
    if (KINDS.member.has(callee.type)) {
      // Only `self.m()` / `this.m()`: any other receiver may be an object of a class we cannot see.
      const [object, ...rest] = namedChildren(callee);
      const name = rest.at(-1);
      const receiver = object && accessPath(object, this.source);
      if (name && (receiver === 'self' || receiver === 'this'))
        return this.functionsByName.get(this.tree.text(name)) ?? undefined;
    }
    return undefined;
  }

  analyseNested(fn: PlainNode, env: TaintEnv): void {
    if (!this.summaries.has(fn)) this.analyse(fn, env);
  }

  record(node: PlainNode, taint: Taint): void {
    // Only what sink checks read is kept: nodes that sit exactly on a sink, and tainted nodes.
    if (this.sinkStarts.has(node.start) && !this.seenAtSink.has(node)) {
      this.seenAtSink.add(node);
      const key = rangeKey(node);
      this.recordedAt.set(key, [...(this.recordedAt.get(key) ?? []), node]);
    }
    if (taint.size === 0) return;
    const previous = this.taintOf.get(node);
    if (!previous) this.taintedNodes.push(node);
    this.taintOf.set(node, previous ? union(previous, taint) : taint);
  }

  recorded(node: PlainNode): Taint | undefined {
    return this.taintOf.get(node);
  }

  /** Real labels make a finding; a parameter's placeholder makes the sink part of that function's summary. */
  reachSink(site: TaintSite, taint: Taint): void {
    if (!this.findings.has(site) && satisfiesRequires(site.item.requires, taint)) {
      this.findings.set(site, { start: site.start, end: site.end, bindings: site.bindings });
    }
    for (const label of taint) {
      if (!isParameterLabel(label)) continue;
      const [id, index] = label.slice(1).split(':');
      const summary = this.summariesById.get(id);
      if (!summary) continue;
      const sinks = summary.paramSinks.get(Number(index)) ?? new Set<TaintSite>();
      sinks.add(site);
      summary.paramSinks.set(Number(index), sinks);
    }
  }

  private checkSinks(fn: PlainNode): void {
    const sinks = this.sites.sinks;
    let low = 0;
    let high = sinks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sinks[mid].start < fn.start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sinks.length && sinks[i].start <= fn.end; i += 1) {
      const site = sinks[i];
      if (site.end > fn.end) continue;
      const taint = this.sinkTaint(site);
      if (taint.size > 0) this.reachSink(site, taint);
    }
  }

  /**
   * Exact sinks (Semgrep's default) need the matched expression itself to be tainted — for a matched
   * call, one of its arguments; `exact: false` sinks accept taint anywhere inside the match.
   */
  private sinkTaint(site: TaintSite): Taint {
    if (site.item.exact) {
      const nodes = this.recordedAt.get(rangeKey(site)) ?? [];
      // A focused sink is the value of the code it names (`where($X)` on `params.slice(...)`, which a
      // sanitizer cleans); a matched call without focus is a sink for each of its arguments.
      const call = site.item.focus.length === 0 ? nodes.find((node) => KINDS.call.has(node.type)) : undefined;
      if (call) {
        const args = call.children.find((child) => KINDS.arguments.has(child.type));
        const argNodes = args ? namedChildren(args) : [];
        return union(
          ...[...argNodes, ...receiverOf(call, args)].map((arg) => this.taintOf.get(arg) ?? CLEAN),
        );
      }
      if (nodes.length > 0) return union(...nodes.map((node) => this.taintOf.get(node) ?? CLEAN));
    }
    const inside = this.taintedNodes.filter((node) => site.start <= node.start && node.end <= site.end);
    return union(...inside.map((node) => this.taintOf.get(node) ?? CLEAN));
  }
}

/**
 * The object a method is called on (`obj` in `obj.m(...)`, Java's `obj.m(...)` too): like Semgrep, a
 * matched method call is a tainted sink when its receiver is, as the call reads it.
 */
function receiverOf(call: PlainNode, args: PlainNode | undefined): PlainNode[] {
  const calleeParts = namedChildren(call).filter((child) => child !== args);
  if (call.type === 'method_invocation') return calleeParts.length >= 2 ? [calleeParts[0]] : [];
  // Ruby `obj.m` / `obj&.m(...)` and PHP `$obj->m(...)`: the receiver is the call's own first part.
  if (
    (call.type === 'call' && call.children.some((child) => child.type === '.' || child.type === '&.')) ||
    call.type === 'member_call_expression' ||
    call.type === 'nullsafe_member_call_expression'
  )
    return calleeParts.length >= 2 ? [calleeParts[0]] : [];
  const callee = calleeParts[0];
  if (!callee || !KINDS.member.has(callee.type)) return [];
  const object = namedChildren(callee)[0];
  return object && object !== callee ? [object] : [];
}

/** Functions by the name calls use for them; a name defined twice is ambiguous (null) and gets no summary. */
function indexFunctions(root: PlainNode, source: string): Map<string, PlainNode | null> {
  const byName = new Map<string, PlainNode | null>();
  const stack: Array<[PlainNode, PlainNode | undefined]> = [[root, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop() as [PlainNode, PlainNode | undefined];
    if (KINDS.function.has(node.type)) {
      const name = functionName(node, parent, source);
      if (name) byName.set(name, byName.has(name) ? null : node);
    }
    for (const child of node.children) stack.push([child, node]);
  }
  return byName;
}

const NAME_TYPES = new Set([
  'identifier',
  'property_identifier',
  'field_identifier',
  'name',
  'simple_identifier',
]);

function functionName(fn: PlainNode, parent: PlainNode | undefined, source: string): string | undefined {
  for (const child of fn.children) {
    if (KINDS.parameterList.has(child.type) || KINDS.block.has(child.type)) break;
    if (NAME_TYPES.has(child.type)) return source.slice(child.start, child.end);
  }
  // `const f = (x) => …`, `f = lambda x: …`
  if (parent && (KINDS.assignment.has(parent.type) || parent.type === 'pair')) {
    const target = namedChildren(parent)[0];
    if (target && target !== fn && KINDS.identifier.has(target.type))
      return source.slice(target.start, target.end);
  }
  return undefined;
}
