import {
  shellText,
  splitInstructions,
  type InstructionSpan,
  type Span,
} from '../languages/dockerfile-instructions.js';
import { parseBash } from '../languages/bash-line-ends.js';
import type { ParserType } from '../languages/tree-sitter-runtime.js';
import {
  execForm,
  imageSpec,
  node,
  pair,
  splitParams,
  wordNodes,
  words,
  type ArgumentReader,
} from './dockerfile-arguments.js';
import { toPlainTree, type PlainNode } from './plain-tree.js';

/** The root of a Dockerfile's tree; its children are instructions (`run_instruction`, …) and comments. */
export const DOCKERFILE_ROOT = 'dockerfile';
/** A shell-form command (`RUN a && b`): its children are the Bash statements, at the Dockerfile's offsets. */
export const DOCKERFILE_SHELL = 'dockerfile_shell';

export interface DockerfileTree {
  root: PlainNode;
  /** Whether the Bash grammar found an error in a shell-form command. */
  hasError: boolean;
}

/** Instructions whose arguments may be a shell command (or, as a JSON array, the command's words). */
const SHELL_FORMS = new Set(['run', 'cmd', 'entrypoint']);

export function isInstructionType(type: string): boolean {
  return type.endsWith('_instruction');
}

/**
 * A Dockerfile as Semgrep reads it: one node per instruction, keyword case-insensitive (in the node's
 * type), arguments structured per instruction (see dockerfile-arguments), and the shell form of
 * `RUN`/`CMD`/`ENTRYPOINT` parsed as Bash and grafted in. `isPlaceholder` is for patterns: a line that
 * is only `...` or `$X` is a statement placeholder, and arguments that are one placeholder stay whole.
 */
export function dockerfileTree(
  source: string,
  bash: ParserType,
  isPlaceholder: (word: string) => boolean = () => false,
): DockerfileTree {
  const layout = splitInstructions(source);
  const text = layout.instructions.reduce(
    (blanked, i) => blanked.slice(0, i.args.start) + shellText(source, i.args) + blanked.slice(i.args.end),
    source,
  );
  const builder = new TreeBuilder({ text, isPlaceholder }, bash);
  const children = [
    ...layout.instructions.map((i) => builder.instruction(i)),
    ...layout.comments.map((c) => node('comment', c)),
  ].sort((a, b) => a.start - b.start);
  return {
    root: node(DOCKERFILE_ROOT, { start: 0, end: source.length }, children),
    hasError: builder.hasError,
  };
}

class TreeBuilder {
  hasError = false;

  constructor(
    private readonly r: ArgumentReader,
    private readonly bash: ParserType,
  ) {}

  instruction(span: InstructionSpan): PlainNode {
    const keyword = this.r.text.slice(span.keyword.start, span.keyword.end);
    if (this.r.isPlaceholder(keyword) && span.args.start === span.args.end) return node('word', span);
    const name = /^[A-Za-z]+$/.test(keyword) ? keyword.toLowerCase() : 'unknown';
    return node(`${name}_instruction`, span, this.arguments(name, span.args));
  }

  private arguments(name: string, args: Span): PlainNode[] {
    const r = this.r;
    const all = words(r, args);
    if (SHELL_FORMS.has(name)) {
      if (name !== 'run') return this.command(args);
      const { params, rest } = splitParams(r, all);
      return rest.length === 0
        ? params
        : [...params, ...this.command({ start: rest[0].start, end: args.end })];
    }
    switch (name) {
      case 'from': {
        const { params, rest } = splitParams(r, all);
        const [image, as, alias, ...more] = rest;
        const out = [...params];
        if (image) out.push(imageSpec(r, image));
        if (as && alias && r.text.slice(as.start, as.end).toLowerCase() === 'as')
          out.push(node('image_alias', alias, [node('word', alias)]), ...wordNodes(r, more));
        else out.push(...wordNodes(r, rest.slice(1)));
        return out;
      }
      case 'arg':
        return all.flatMap((s) => {
          const made = pair(r, s, 'arg_pair', 'arg_value');
          return made.type === 'arg_pair' ? made.children : [made];
        });
      case 'env':
      case 'label': {
        const [first] = all;
        const legacy =
          name === 'env' && first && all.length > 1 && !r.text.slice(first.start, first.end).includes('=');
        if (legacy && !r.isPlaceholder(r.text.slice(first.start, first.end))) {
          const value = { start: all[1].start, end: args.end };
          return [
            node('env_pair', { start: first.start, end: args.end }, [
              node('word', first),
              node('env_value', value, [node('word', value)]),
            ]),
          ];
        }
        return all.map((s) => pair(r, s, `${name}_pair`, `${name}_value`));
      }
      case 'maintainer':
        return args.start < args.end ? [node('word', args)] : [];
      case 'onbuild': {
        const [first] = all;
        if (!first) return [];
        const rest = words(r, { start: first.end, end: args.end })[0];
        const nested = { start: first.start, end: args.end };
        return [
          this.instruction({
            ...nested,
            keyword: first,
            args: { start: rest?.start ?? args.end, end: args.end },
          }),
        ];
      }
      case 'healthcheck': {
        const { params, rest } = splitParams(r, all);
        const [first] = rest;
        if (!first || r.text.slice(first.start, first.end).toLowerCase() !== 'cmd')
          return [...params, ...wordNodes(r, rest)];
        const commandStart = rest[1]?.start ?? args.end;
        const nested = { start: first.start, end: args.end };
        return [
          ...params,
          node('cmd_instruction', nested, this.command({ start: commandStart, end: args.end })),
        ];
      }
      case 'add':
      case 'copy':
      case 'volume':
      case 'shell': {
        const { params, rest } = splitParams(r, all);
        if (rest.length === 0) return params;
        const array = execForm(r, { start: rest[0].start, end: args.end });
        return [...params, ...(array ? [array] : wordNodes(r, rest))];
      }
      default:
        return wordNodes(r, all);
    }
  }

  /** Exec form, a lone placeholder, or a shell command parsed as Bash. */
  private command(span: Span): PlainNode[] {
    const text = this.r.text.slice(span.start, span.end);
    if (text.trim() === '') return [];
    const array = execForm(this.r, span);
    if (array) return [array];
    if (this.r.isPlaceholder(text.trim())) return [node('word', span)];
    const tree = parseBash(this.bash, text);
    if (!tree) throw new Error('the Bash parser returned no tree');
    try {
      if (tree.rootNode.hasError) this.hasError = true;
      const program = toPlainTree(tree);
      for (const child of program.children) shift(child, span.start);
      return [node(DOCKERFILE_SHELL, span, program.children)];
    } finally {
      tree.delete();
    }
  }
}

function shift(root: PlainNode, by: number): void {
  const stack = [root];
  while (stack.length > 0) {
    const current = stack.pop() as PlainNode;
    current.start += by;
    current.end += by;
    stack.push(...current.children);
  }
}
