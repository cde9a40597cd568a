import type { PlainNode } from './plain-tree.js';
import type { PatternNode } from './pattern-node.js';
import type { Bindings } from './match-pattern.js';
import { DOCKERFILE_SHELL, isInstructionType } from './dockerfile-tree.js';

type Next = (bindings: Bindings) => boolean;
type NodePattern = Extract<PatternNode, { kind: 'node' }>;

/** The parts of the structural matcher the Dockerfile rules recurse through. */
export interface DockerfileMatcher {
  matchNode(pattern: PatternNode, node: PlainNode, bindings: Bindings, next: Next): boolean;
  /** `options.implicit_deep_exprstmt` (default true): a one-statement command matches anywhere inside. */
  deepExpressionStatements(): boolean;
  matchList(patterns: PatternNode[], nodes: PlainNode[], bindings: Bindings, next: Next): boolean;
  matchUnordered(
    patterns: PatternNode[],
    nodes: PlainNode[],
    extrasAllowed: boolean,
    bindings: Bindings,
    next: Next,
  ): boolean;
  matchStatements(
    patterns: PatternNode[],
    nodes: PlainNode[],
    from: number,
    bindings: Bindings,
    next: (bindings: Bindings, end: number) => boolean,
  ): boolean;
}

/**
 * Dockerfile instructions matched as Semgrep's Dockerfile frontend reads them:
 * - `--name=value` options are like keyword arguments: those of the pattern must be there, in any
 *   order, others may be (`FROM $IMAGE` matches `FROM --platform=x img`);
 * - an image's tag, digest and `AS` alias are compared only when the pattern names them
 *   (`FROM $IMAGE` matches `FROM debian:12 AS build`, `FROM $IMAGE:$TAG` does not match `FROM debian`);
 * - a shell command of one statement matches anywhere in the instruction's command, as Semgrep's
 *   expression statements do (`RUN apt-get install ...` matches `RUN apt-get update && apt-get install
 *   -y x`, `RUN ... && apt-get clean` matches `RUN a && apt-get clean && b`); with
 *   `implicit_deep_exprstmt: false` it must be one of the command's statements (`RUN cd ...` does not
 *   match `RUN make && cd x`); several statements match a run of the command's statements;
 * - `ENV ... NAME ...`: a pair without a value matches the variable whatever its value.
 * Undefined: no such form here, match as usual.
 */
export function matchDockerfileShape(
  m: DockerfileMatcher,
  pattern: NodePattern,
  node: PlainNode,
  bindings: Bindings,
  next: Next,
): boolean | undefined {
  if (pattern.type !== node.type) return undefined;
  const children = node.children.filter((c) => c.named && c.type !== 'comment');
  if (pattern.type === DOCKERFILE_SHELL) {
    const [only] = pattern.children;
    if (pattern.children.length === 1)
      return children.some((statement) =>
        m.deepExpressionStatements()
          ? matchInside(m, only, statement, bindings, next)
          : m.matchNode(only, statement, bindings, next),
      );
    for (let from = 0; from < children.length; from += 1)
      if (m.matchStatements(pattern.children, children, from, bindings, (b) => next(b))) return true;
    return false;
  }
  if (isInstructionType(pattern.type)) {
    const isParam = (p: PatternNode) => p.kind === 'node' && p.type === 'param';
    const named = (p: PatternNode, type: string) => p.kind === 'node' && p.type === type;
    const params = pattern.children.filter(isParam);
    const rest = pattern.children.filter((p) => !isParam(p));
    const aliased = rest.some((p) => named(p, 'image_alias'));
    const targets = children.filter((c) => c.type !== 'param' && (aliased || c.type !== 'image_alias'));
    return m.matchUnordered(
      params,
      children.filter((c) => c.type === 'param'),
      true,
      bindings,
      (b) => m.matchList(rest, targets, b, next),
    );
  }
  if (pattern.type === 'image_spec') {
    const wanted = new Set(pattern.children.map((p) => (p.kind === 'node' ? p.type : '')));
    return m.matchList(
      pattern.children,
      children.filter((c) => wanted.has(c.type)),
      bindings,
      next,
    );
  }
  if (PAIRS.has(pattern.type) && pattern.children.length === 1)
    return m.matchList(pattern.children, children.slice(0, 1), bindings, next);
  return undefined;
}

const PAIRS = new Set(['env_pair', 'label_pair']);

/** `pattern` at `node` or at any named node inside it. */
function matchInside(
  m: DockerfileMatcher,
  pattern: PatternNode,
  node: PlainNode,
  bindings: Bindings,
  next: Next,
): boolean {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop() as PlainNode;
    if (m.matchNode(pattern, current, bindings, next)) return true;
    for (let i = current.children.length - 1; i >= 0; i -= 1)
      if (current.children[i].named && current.children[i].type !== 'comment')
        stack.push(current.children[i]);
  }
  return false;
}
