import type { PlainNode } from '../patterns/plain-tree.js';
import { checkDeadline } from '../scan/deadline.js';
import { DEFAULT_LABEL, rangeKey, type TaintSite, type TaintSites } from './taint-sites.js';
import { relabel, satisfiesRequires } from './labels.js';
import {
  accessPath,
  assignmentSides,
  forEachParts,
  isCompoundAssignment,
  KINDS,
  namedChildren,
} from './node-kinds.js';
import { bindingSites, type Parameter } from './parameters.js';
import { CLEAN, TaintEnv, union, type Taint } from './taint-env.js';

/** What a call site needs to know about a function defined in the same file. */
export interface FunctionSummary {
  /** Prefix of this function's parameter placeholders: `\0<id>:<index>`. */
  id: string;
  params: Parameter[];
  /** Taint of the returned value; placeholders mean "taint of that argument". */
  returns: Taint;
  /** Sinks inside the function that a parameter reaches: a tainted argument there is a finding. */
  paramSinks: Map<number, Set<TaintSite>>;
}

/** The file-wide services a function's analysis calls back into (see file-analysis.ts). */
export interface TaintContext {
  readonly source: string;
  readonly sites: TaintSites;
  /** The summary of the in-file function a call refers to, analysing it first if needed. */
  summaryForCall(callee: PlainNode): FunctionSummary | undefined;
  /** A function value met while walking (lambda, callback, nested def): analysed once, seeing `env`. */
  analyseNested(fn: PlainNode, env: TaintEnv): void;
  record(node: PlainNode, taint: Taint): void;
  recorded(node: PlainNode): Taint | undefined;
  /** Taint flowing into a sink through a call into another function. */
  reachSink(site: TaintSite, taint: Taint): void;
  /** Whether the rule assumes `node`'s value safe by its type (a boolean or a number). */
  readonly safeValue?: (node: PlainNode) => boolean;
}

const MAX_LOOP_ROUNDS = 4;

export function parameterLabel(id: string, index: number): string {
  return `\0${id}:${index}`;
}

/**
 * Flow-sensitive, intra-procedural taint over one function body: statements in order, assignments
 * update the environment (a clean value untaints), branches join (tainted on any path), loops repeat to
 * a fixpoint. Expressions are tainted when any part is, unless a sanitizer matches them.
 */
export class FunctionAnalysis {
  private env: TaintEnv;
  private returns: Taint = CLEAN;

  constructor(
    private readonly ctx: TaintContext,
    private readonly fn: PlainNode,
    env: TaintEnv,
    readonly summary: FunctionSummary,
  ) {
    this.env = env;
  }

  run(): FunctionSummary {
    this.summary.params.forEach((param, index) => {
      let taint: Taint = new Set([parameterLabel(this.summary.id, index)]);
      taint = union(taint, this.sourceTaint(param.node, CLEAN));
      if (param.defaultValue) taint = union(taint, this.visit(param.defaultValue));
      for (const name of param.names) this.env.assign(name, union(taint, this.declaredAsSource(param, name)));
    });
    if (!KINDS.function.has(this.fn.type)) {
      // The file itself: its statements in order.
      this.visitAll(namedChildren(this.fn));
    } else {
      const body = namedChildren(this.fn).at(-1);
      if (body && KINDS.block.has(body.type)) this.visit(body);
      else if (body && !KINDS.parameterList.has(body.type))
        this.returns = union(this.returns, this.visit(body));
    }
    this.summary.returns = this.returns;
    return this.summary;
  }

  private visitAll(nodes: PlainNode[]): void {
    for (const node of nodes) this.visit(node);
  }

  /** The taint of `node`'s value, updating the environment with its effects on the way. */
  visit(node: PlainNode): Taint {
    if (!node.named || node.type === 'comment') return CLEAN;
    // The scanner's per-file time limit covers taint analysis too.
    checkDeadline();
    if (KINDS.function.has(node.type) && node !== this.fn) {
      this.ctx.analyseNested(node, this.env.clone());
      return CLEAN;
    }
    let taint = this.visitInner(node);
    taint = this.sourceTaint(node, taint);
    if (this.sanitized(node)) taint = CLEAN;
    taint = this.propagate(node, taint);
    if (taint.size > 0 && this.ctx.safeValue?.(node)) taint = CLEAN;
    this.ctx.record(node, taint);
    return taint;
  }

  private visitInner(node: PlainNode): Taint {
    const { type } = node;
    if (KINDS.identifier.has(type) || KINDS.self.has(type)) return this.read(node);
    if (KINDS.member.has(type)) {
      const object = namedChildren(node)[0];
      const taint = object ? this.visit(object) : CLEAN;
      const path = accessPath(node, this.ctx.source);
      return path !== undefined && this.env.has(path)
        ? this.read(node)
        : union(taint, this.read(node, false));
    }
    if (KINDS.assignment.has(type) || KINDS.augmented.has(type)) return this.assignment(node);
    if (KINDS.call.has(type)) return this.call(node);
    if (KINDS.keywordArgument.has(type)) {
      const value = namedChildren(node).at(-1);
      return value ? this.visit(value) : CLEAN;
    }
    if (KINDS.return.has(type)) {
      const taint = this.visitChildren(node);
      this.returns = union(this.returns, taint);
      return taint;
    }
    if (KINDS.if.has(type)) return this.branches(node);
    if (KINDS.loop.has(type)) return this.loop(node);
    if (KINDS.try.has(type)) return this.tryStatement(node);
    if (KINDS.switch.has(type)) return this.switchStatement(node);
    if (KINDS.comprehension.has(type)) {
      const parts = namedChildren(node);
      const clauses = parts.filter((part) => KINDS.comprehensionClause.has(part.type));
      return union(
        ...[...clauses, ...parts.filter((part) => !clauses.includes(part))].map((p) => this.visit(p)),
      );
    }
    if (KINDS.comprehensionClause.has(type)) {
      const parts = forEachParts(node);
      if (!parts) return this.visitChildren(node);
      const taint = this.visit(parts.iterated);
      this.bind(parts.target, taint, true);
      return taint;
    }
    if (KINDS.asPattern.has(type)) {
      const [value, target] = namedChildren(node);
      const taint = value ? this.visit(value) : CLEAN;
      if (target) this.bind(target, taint, true);
      return taint;
    }
    if (KINDS.type.has(type)) return CLEAN;
    return this.visitChildren(node);
  }

  private visitChildren(node: PlainNode): Taint {
    return union(...namedChildren(node).map((child) => this.visit(child)));
  }

  /** Reads a variable or field; by-side-effect sources and sanitizers matching it change it from here on. */
  private read(node: PlainNode, fallbackToPrefix = true): Taint {
    const path = accessPath(node, this.ctx.source);
    if (path === undefined) return CLEAN;
    const current = fallbackToPrefix || this.env.has(path) ? this.env.lookup(path) : CLEAN;
    return this.sideEffects(node, path, current);
  }

  private sideEffects(node: PlainNode, path: string, current: Taint): Taint {
    let taint = current;
    for (const site of this.ctx.sites.sanitizers.at(node)) {
      if (site.item.bySideEffect === false) continue;
      this.env.assign(path, CLEAN);
      if (site.item.bySideEffect === true) taint = CLEAN;
    }
    for (const site of this.ctx.sites.sources.at(node)) {
      if (site.item.bySideEffect === false) continue;
      const labels = this.labelsOf(site, current);
      if (labels.size === 0) continue;
      this.env.add(path, labels);
      // `by-side-effect: only` leaves this occurrence as it was; `true` taints it too (added in visit()).
    }
    return taint;
  }

  /** A source that matches the parameter's declaration (`def $F(..., $P, ...)` focused on `$P`) taints it. */
  private declaredAsSource(param: Parameter, name: string): Taint {
    const end = param.defaultValue ? param.defaultValue.start : param.node.end;
    // `({ params, session }) =>`: a source on `params` taints params, not session.
    const written = bindingSites(param, this.ctx.source);
    const elsewhere = (site: { start: number; end: number }) => {
      const within = (n: PlainNode) => site.start <= n.start && n.end <= site.end;
      const around = written.find(({ node }) => node.start <= site.start && site.end <= node.end);
      if (around) return around.name !== name;
      const spanned = written.filter(({ node }) => within(node));
      return spanned.length > 0 && !spanned.some((w) => w.name === name);
    };
    const inside = this.ctx.sites.sources.all.filter(
      (site) =>
        site.start >= param.node.start &&
        site.end <= end &&
        site.item.bySideEffect !== 'only' &&
        !elsewhere(site),
    );
    return union(...inside.map((site) => this.labelsOf(site, CLEAN)));
  }

  private sourceTaint(node: PlainNode, inner: Taint): Taint {
    if (this.ctx.sites.sources.size === 0) return inner;
    const labels = this.ctx.sites.sources
      .covering(node)
      .filter((site) => site.item.bySideEffect !== 'only')
      .map((site) => this.labelsOf(site, inner));
    return union(inner, ...labels);
  }

  private labelsOf(site: TaintSite, inner: Taint): Taint {
    // A source with `requires` only fires when what it matched already carries those labels.
    if (site.item.requires && !satisfiesRequires(site.item.requires, inner)) return CLEAN;
    return new Set([site.item.label ?? DEFAULT_LABEL]);
  }

  private sanitized(node: PlainNode): boolean {
    if (this.ctx.sites.sanitizers.size === 0) return false;
    return this.ctx.sites.sanitizers.covering(node).some((site) => site.item.bySideEffect !== 'only');
  }

  /** `pattern-propagators`: when a match's `from` is tainted, its `to` becomes tainted (by side effect). */
  private propagate(node: PlainNode, taint: Taint): Taint {
    const sites = this.ctx.sites.propagators.get(rangeKey(node));
    if (!sites) return taint;
    let result = taint;
    for (const site of sites) {
      // `from: $...X`: the bound siblings (arguments) carry the taint of any of them.
      const fromNodes = site.from.node ? [site.from.node] : (site.from.nodes ?? []);
      const carried = union(...fromNodes.map((fromNode) => this.taintOf(fromNode)));
      if (carried.size === 0) continue;
      const { requires, label, replaceLabels } = site.item;
      if (requires && !satisfiesRequires(requires, carried)) continue;
      const from = label ? relabel(carried, label, replaceLabels) : carried;
      const toNode = site.to.node;
      const toPath = toNode && accessPath(toNode, this.ctx.source);
      if (toPath !== undefined) this.env.add(toPath, from);
      if (toNode) this.ctx.record(toNode, union(this.ctx.recorded(toNode) ?? CLEAN, from));
      if (site.to.start === node.start && site.to.end === node.end) result = union(result, from);
    }
    return result;
  }

  /** The taint already computed for `node`, else that of the variable or field it names. */
  private taintOf(node: PlainNode): Taint {
    const path = accessPath(node, this.ctx.source);
    return this.ctx.recorded(node) ?? (path !== undefined ? this.env.lookup(path) : CLEAN);
  }

  private assignment(node: PlainNode): Taint {
    const { targets, values } = assignmentSides(node);
    const assigned = union(...values.map((value) => this.visit(value)));
    // A source matching the assignment itself (`$X += $IN`) taints what it assigns, as Semgrep's
    // translation gives the assigned value the whole expression's range (`sql += id` is `sql = sql + id`).
    const taint = union(
      assigned,
      ...this.ctx.sites.sources
        .at(node)
        .filter((site) => site.item.bySideEffect !== 'only')
        .map((site) => this.labelsOf(site, assigned)),
    );
    const weak = isCompoundAssignment(node);
    for (const target of targets) this.bind(target, taint, !weak);
    return taint;
  }

  /** Writes `taint` into an l-value: variables and fields strongly, elements weakly, patterns element-wise. */
  private bind(target: PlainNode, taint: Taint, strong: boolean): void {
    const path = accessPath(target, this.ctx.source);
    if (
      path !== undefined &&
      (KINDS.identifier.has(target.type) || KINDS.member.has(target.type) || KINDS.self.has(target.type))
    ) {
      if (strong) this.env.assign(path, taint);
      else this.env.add(path, taint);
      this.sideEffects(target, path, this.env.lookup(path));
      return;
    }
    if (target.type === 'shorthand_property_identifier_pattern') {
      this.env.assign(this.ctx.source.slice(target.start, target.end), taint);
      return;
    }
    if (KINDS.subscript.has(target.type)) {
      const [object, ...indexes] = namedChildren(target);
      indexes.forEach((index) => this.visit(index));
      const objectPath = object && accessPath(object, this.ctx.source);
      if (objectPath !== undefined) this.env.add(objectPath, taint);
      return;
    }
    if (target.type === 'pair_pattern' || target.type === 'assignment_pattern') {
      const parts = namedChildren(target);
      const bound = target.type === 'pair_pattern' ? parts.at(-1) : parts[0];
      if (bound) this.bind(bound, taint, strong);
      return;
    }
    if (KINDS.destructuring.has(target.type) || /pattern/.test(target.type)) {
      for (const element of namedChildren(target)) this.bind(element, taint, strong);
    }
  }

  private call(node: PlainNode): Taint {
    const args = node.children.find((child) => KINDS.arguments.has(child.type));
    this.visitRubyBlocks(node);
    const calleeParts = namedChildren(node).filter((child) => child !== args && !isRubyBlock(node, child));
    // Java `obj.m(...)` and Ruby `obj.m(...)` have the receiver and the method name as children of the call itself.
    if (node.type === 'method_invocation' && calleeParts.length >= 2)
      return this.javaMethodCall(calleeParts, args);
    if (node.type === 'call' && calleeParts.length >= 2 && calleeParts[1].type === 'identifier')
      return this.javaMethodCall(calleeParts, args);
    const callee = calleeParts[0];
    let calleeTaint = CLEAN;
    // `obj.method(...)`: a method of a tainted object returns tainted data; a plain function name does not.
    if (callee && !KINDS.identifier.has(callee.type)) calleeTaint = this.visit(callee);
    // `f()` where `f` is a variable holding tainted data (a Ruby `name()` may read one): Semgrep adds
    // the callee's own taint to the call's.
    else if (callee && this.env.has(this.ctx.source.slice(callee.start, callee.end)))
      calleeTaint = this.visit(callee);
    else if (callee) this.ctx.record(callee, CLEAN);
    const argNodes = args ? namedChildren(args) : calleeParts.slice(1);
    const argTaints = argNodes.map((arg) => this.visit(arg));
    const summary = callee && this.ctx.summaryForCall(callee);
    if (!summary) return union(calleeTaint, ...argTaints);
    return union(calleeTaint, this.applySummary(summary, callee, argNodes, argTaints));
  }

  /**
   * Ruby `f(x) do |y| ... end` / `list.each { |y| ... }`: the block is a closure called by the method,
   * analysed like a nested function, seeing the variables where it is written.
   */
  private visitRubyBlocks(call: PlainNode): void {
    for (const child of call.children)
      if (isRubyBlock(call, child)) this.ctx.analyseNested(child, this.env.clone());
  }

  /**
   * `obj.m(args)`: a method of a tainted object returns tainted data, as do tainted arguments. Only
   * `this.m(...)` is known to call a method of this file, so only it uses the method's summary.
   */
  private javaMethodCall(calleeParts: PlainNode[], args: PlainNode | undefined): Taint {
    const [receiver, name] = calleeParts;
    const self = KINDS.self.has(receiver.type);
    const receiverTaint = self ? CLEAN : this.visit(receiver);
    this.ctx.record(name, CLEAN);
    const argNodes = args ? namedChildren(args) : [];
    const argTaints = argNodes.map((arg) => this.visit(arg));
    const summary = self ? this.ctx.summaryForCall(name) : undefined;
    if (!summary) return union(receiverTaint, ...argTaints);
    return union(receiverTaint, this.applySummary(summary, name, argNodes, argTaints));
  }

  /** Substitutes the caller's argument taint for the callee's parameter placeholders. */
  private applySummary(
    summary: FunctionSummary,
    callee: PlainNode,
    argNodes: PlainNode[],
    argTaints: Taint[],
  ): Taint {
    const byParam = new Map<number, Taint>();
    const add = (index: number, taint: Taint) =>
      byParam.set(index, union(byParam.get(index) ?? CLEAN, taint));
    // `self.helper(x)` / `obj.method(x)` on a Python method: `self` is not among the arguments.
    const first = summary.params[0]?.names[0];
    const offset = KINDS.member.has(callee.type) && (first === 'self' || first === 'cls') ? 1 : 0;
    let position = offset;
    argNodes.forEach((arg, i) => {
      if (KINDS.keywordArgument.has(arg.type)) {
        const name = namedChildren(arg)[0];
        const text = name && this.ctx.source.slice(name.start, name.end);
        const index = summary.params.findIndex((param) => param.names.includes(text ?? ''));
        if (index >= 0) add(index, argTaints[i]);
        return;
      }
      if (/splat|spread/.test(arg.type)) {
        summary.params.forEach((_, index) => add(index, argTaints[i]));
        return;
      }
      const rest = summary.params.findIndex((param) => param.rest);
      add(rest >= 0 && position >= rest ? rest : position, argTaints[i]);
      position += 1;
    });
    for (const [index, sinks] of summary.paramSinks) {
      const taint = byParam.get(index);
      if (taint && taint.size > 0) for (const site of sinks) this.ctx.reachSink(site, taint);
    }
    const prefix = `\0${summary.id}:`;
    const result: Taint[] = [];
    for (const label of summary.returns) {
      if (label.startsWith(prefix)) result.push(byParam.get(Number(label.slice(prefix.length))) ?? CLEAN);
      else result.push(new Set([label]));
    }
    return union(...result);
  }

  /** if / elif / else: each branch starts from the state after the condition; the join is their union. */
  private branches(node: PlainNode): Taint {
    const [condition, consequence, ...alternatives] = namedChildren(node);
    if (!condition) return CLEAN;
    const taint = this.visit(condition);
    // Ruby `y = if c then a else b end`: the if is worth the last value of the branch taken.
    const valued = RUBY_IFS.has(node.type);
    let value = CLEAN;
    const start = this.env;
    const outcomes: TaintEnv[] = [];
    let exhaustive = false;
    for (const branch of [consequence, ...alternatives]) {
      if (!branch) continue;
      if (KINDS.else.has(branch.type)) exhaustive = true;
      this.env = start.clone();
      if (valued && RUBY_BRANCHES.has(branch.type)) {
        let last = CLEAN;
        for (const statement of namedChildren(branch)) last = this.visit(statement);
        value = union(value, last);
      } else value = union(value, this.visit(branch));
      outcomes.push(this.env);
    }
    if (!exhaustive) outcomes.push(start);
    this.env = TaintEnv.join(outcomes);
    return valued ? value : taint;
  }

  /** Loop bodies may run zero or more times: repeat until the state stops changing. */
  private loop(node: PlainNode): Taint {
    const forEach = forEachParts(node);
    const parts = namedChildren(node).filter(
      (part) => !forEach || (part !== forEach.target && part !== forEach.iterated),
    );
    let taint = CLEAN;
    for (let round = 0; round < MAX_LOOP_ROUNDS; round += 1) {
      const before = this.env.clone();
      if (forEach) {
        taint = union(taint, this.visit(forEach.iterated));
        if (!unpacksPythonItems(node, forEach.target)) this.bind(forEach.target, taint, true);
      }
      for (const part of parts) this.visit(part);
      this.env = TaintEnv.join([before, this.env]);
      if (this.env.equals(before)) break;
    }
    return CLEAN;
  }

  /** A handler may start anywhere in the body; `finally` runs after every path. */
  private tryStatement(node: PlainNode): Taint {
    const parts = namedChildren(node);
    const isHandler = (part: PlainNode) => /except|catch|rescue/.test(part.type);
    const isFinally = (part: PlainNode) => /finally|ensure/.test(part.type);
    const start = this.env.clone();
    const handlers: PlainNode[] = [];
    const finals: PlainNode[] = [];
    let seenHandler = false;
    for (const part of parts) {
      if (isHandler(part)) {
        handlers.push(part);
        seenHandler = true;
      } else if (isFinally(part)) finals.push(part);
      else if (!seenHandler || KINDS.else.has(part.type)) this.visit(part);
    }
    const afterBody = this.env;
    const outcomes = [afterBody];
    for (const handler of handlers) {
      this.env = TaintEnv.join([start, afterBody]);
      this.visit(handler);
      outcomes.push(this.env);
    }
    this.env = TaintEnv.join(outcomes);
    this.visitAll(finals);
    return CLEAN;
  }

  /** switch / match: each case may run from the state after the subject, or none may. */
  private switchStatement(node: PlainNode): Taint {
    const [subject, ...rest] = namedChildren(node);
    if (!subject) return CLEAN;
    const taint = this.visit(subject);
    const body = rest.length === 1 && !/case|arm|when/.test(rest[0].type) ? namedChildren(rest[0]) : rest;
    const start = this.env;
    const outcomes = [start];
    for (const branch of body) {
      this.env = start.clone();
      this.visit(branch);
      outcomes.push(this.env);
    }
    this.env = TaintEnv.join(outcomes);
    return taint;
  }
}

/**
 * Python's `for k, v in e`: Semgrep's translation assigns nothing to names unpacked from each item, so
 * they keep the taint they had; rules rely on it (a getopt option's fixed name is not its value).
 */
function unpacksPythonItems(loop: PlainNode, target: PlainNode): boolean {
  return loop.type === 'for_statement' && (target.type === 'pattern_list' || target.type === 'tuple_pattern');
}

function isRubyBlock(call: PlainNode, child: PlainNode): boolean {
  return call.type === 'call' && (child.type === 'do_block' || child.type === 'block');
}

const RUBY_IFS = new Set(['if', 'unless', 'elsif']);
const RUBY_BRANCHES = new Set(['then', 'else']);
