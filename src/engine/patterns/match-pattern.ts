import { normaliseWhitespace } from '../../model/index.js';
import { isComment, namedDescendants, type PlainNode } from './plain-tree.js';
import {
  PUNCTUATION,
  STRING_TYPES,
  stringContent,
  type CompiledPattern,
  type PatternNode,
} from './pattern-node.js';

/** What a metavariable is bound to: a span of the target's source. */
export interface Binding {
  start: number;
  end: number;
  text: string;
  /** The bound subtree, when the binding came from a parse tree (not from a regex). */
  node?: PlainNode;
}
export type Bindings = Readonly<Record<string, Binding>>;

/** A matched span of one file with the metavariable bindings that produced it. */
export interface RangeMatch {
  start: number;
  end: number;
  bindings: Bindings;
}

/** One parsed file, with nodes indexed by type so a pattern only visits candidate nodes. */
export class TargetTree {
  private readonly byType = new Map<string, PlainNode[]>();
  readonly allNamed: PlainNode[] = [];

  constructor(
    readonly root: PlainNode,
    readonly source: string,
  ) {
    for (const node of namedDescendants(root)) {
      this.allNamed.push(node);
      const list = this.byType.get(node.type);
      if (list) list.push(node);
      else this.byType.set(node.type, [node]);
    }
  }

  nodesOfType(type: string): readonly PlainNode[] {
    return this.byType.get(type) ?? [];
  }

  text(node: PlainNode): string {
    return this.source.slice(node.start, node.end);
  }
}

/** Every place in `target` where `pattern` matches (structurally, never by text search). */
export function findPatternMatches(pattern: CompiledPattern, target: TargetTree): RangeMatch[] {
  const matcher = new StructuralMatcher(target);
  const matches: RangeMatch[] = [];
  if (pattern.kind === 'single') {
    const candidates =
      pattern.node.kind === 'node' || pattern.node.kind === 'leaf'
        ? target.nodesOfType(pattern.node.type)
        : target.allNamed;
    for (const node of candidates) {
      if (isComment(node)) continue;
      const bindings = matcher.matchNode(pattern.node, node, {});
      if (bindings) matches.push({ start: node.start, end: node.end, bindings });
    }
    return matches;
  }
  for (const parent of target.allNamed) {
    const siblings = significantChildren(parent);
    for (let first = 0; first < siblings.length; first += 1) {
      const found = matcher.matchSequencePrefix(pattern.nodes, 0, siblings, first, {});
      if (found && found.end > first) {
        matches.push({
          start: siblings[first].start,
          end: siblings[found.end - 1].end,
          bindings: found.bindings,
        });
      }
    }
  }
  return matches;
}

function significantChildren(node: PlainNode): PlainNode[] {
  return node.children.filter((child) => child.named && !isComment(child));
}

function isSubsequence(needle: string[], haystack: string[]): boolean {
  let at = 0;
  for (const token of haystack) if (at < needle.length && needle[at] === token) at += 1;
  return at === needle.length;
}

const SUBSTITUTION_TYPES = new Set(['interpolation', 'template_substitution']);

function hasSubstitution(node: PlainNode): boolean {
  return node.children.some((child) => SUBSTITUTION_TYPES.has(child.type) || hasSubstitution(child));
}

class StructuralMatcher {
  constructor(private readonly target: TargetTree) {}

  matchNode(pattern: PatternNode, node: PlainNode, bindings: Bindings): Bindings | null {
    switch (pattern.kind) {
      case 'ellipsis':
        return bindings;
      case 'metavariable':
        return this.bind(pattern.name, node, bindings);
      case 'any-string':
        // Semgrep's "..." is any constant string: an f-string or template with a substitution is code.
        if (pattern.template) return node.type === 'template_string' ? bindings : null;
        return STRING_TYPES.has(node.type) && !hasSubstitution(node) ? bindings : null;
      case 'string':
        return STRING_TYPES.has(node.type) && stringContent(this.target.text(node)) === pattern.value
          ? bindings
          : null;
      case 'leaf':
        return node.type === pattern.type && this.target.text(node) === pattern.text ? bindings : null;
      case 'node': {
        if (node.type !== pattern.type) return null;
        // Extra keywords in the target (`async function`, `export const`) still match a plainer pattern.
        const tokens = node.children.filter((c) => !c.named && !PUNCTUATION.has(c.type)).map((c) => c.type);
        if (!pattern.hasEllipsis && !isSubsequence(pattern.tokens, tokens)) return null;
        return this.matchSequence(pattern.children, 0, significantChildren(node), 0, bindings);
      }
    }
  }

  private bind(name: string, node: PlainNode, bindings: Bindings): Bindings | null {
    if (name === '$_') return bindings;
    const text = this.target.text(node);
    const bound = bindings[name];
    if (bound) return this.sameCode(bound, node, text) ? bindings : null;
    return { ...bindings, [name]: { start: node.start, end: node.end, text, node } };
  }

  /** `f( 1 )` is the same code as `f(1)`: compare trees when we have them, else whitespace-normalised text. */
  private sameCode(bound: Binding, node: PlainNode, text: string): boolean {
    if (!bound.node) return normaliseWhitespace(bound.text) === normaliseWhitespace(text);
    const same = (a: PlainNode, b: PlainNode): boolean => {
      if (a.type !== b.type) return false;
      if (STRING_TYPES.has(a.type))
        return stringContent(this.target.text(a)) === stringContent(this.target.text(b));
      const left = a.children.filter((c) => !isComment(c));
      const right = b.children.filter((c) => !isComment(c));
      if (left.length === 0 && right.length === 0) return this.target.text(a) === this.target.text(b);
      return left.length === right.length && left.every((child, i) => same(child, right[i]));
    };
    return same(bound.node, node);
  }

  /** Whole-list match: `...` takes zero or more siblings, everything else exactly one. */
  private matchSequence(
    patterns: PatternNode[],
    at: number,
    nodes: PlainNode[],
    from: number,
    bindings: Bindings,
  ): Bindings | null {
    if (at === patterns.length) return from === nodes.length ? bindings : null;
    const pattern = patterns[at];
    if (pattern.kind === 'ellipsis') {
      for (let next = from; next <= nodes.length; next += 1) {
        const result = this.matchSequence(patterns, at + 1, nodes, next, bindings);
        if (result) return result;
      }
      return null;
    }
    if (from === nodes.length) return null;
    const matched = this.matchNode(pattern, nodes[from], bindings);
    return matched && this.matchSequence(patterns, at + 1, nodes, from + 1, matched);
  }

  /** Like matchSequence, but the run of statements may stop before the end of the block. */
  matchSequencePrefix(
    patterns: PatternNode[],
    at: number,
    nodes: PlainNode[],
    from: number,
    bindings: Bindings,
  ): { bindings: Bindings; end: number } | null {
    if (at === patterns.length) return { bindings, end: from };
    const pattern = patterns[at];
    if (pattern.kind === 'ellipsis') {
      // A trailing `...` adds nothing to the range; between statements it spans any run.
      if (at === patterns.length - 1) return { bindings, end: from };
      for (let next = from; next <= nodes.length; next += 1) {
        const result = this.matchSequencePrefix(patterns, at + 1, nodes, next, bindings);
        if (result) return result;
      }
      return null;
    }
    if (from === nodes.length) return null;
    const matched = this.matchNode(pattern, nodes[from], bindings);
    return matched && this.matchSequencePrefix(patterns, at + 1, nodes, from + 1, matched);
  }
}
