import { isComment, type PlainNode } from './plain-tree.js';

/**
 * Terraform's named values whose literal is written in the file: `local.x` is the `x = ...` of a
 * top-level `locals` block, `var.x` the `default` of a top-level `variable "x"` block. Semgrep's
 * constant propagation reads them through, so `"data-science"` matches `local.data_science` after
 * `data_science = "data-science"`. As in Semgrep, only a literal value is read through: `x = local.y`
 * or `x = "${var.y}-z"` give `local.x` no constant.
 */
export class HclNamedValues {
  private known?: Map<string, PlainNode>;

  constructor(
    private readonly root: PlainNode,
    private readonly text: (node: PlainNode) => string,
  ) {}

  /** The literal `local.x` or `var.x` (exactly that, no further access) stands for, if the file has one. */
  literalOf(reference: PlainNode): PlainNode | undefined {
    const key = this.referenceKey(reference);
    return key === undefined ? undefined : this.values().get(key);
  }

  /** `local.x` / `var.x` for such a reference, else undefined. */
  private referenceKey(reference: PlainNode): string | undefined {
    if (reference.type !== 'expression') return undefined;
    const [head, access, ...rest] = named(reference);
    if (rest.length > 0 || head?.type !== 'variable_expr' || access?.type !== 'get_attr') return undefined;
    const kind = this.text(head);
    const name = named(access)[0];
    if ((kind !== 'local' && kind !== 'var') || name?.type !== 'identifier') return undefined;
    return `${kind}.${this.text(name)}`;
  }

  private values(): Map<string, PlainNode> {
    if (this.known) return this.known;
    this.known = new Map();
    const body = named(this.root).find((c) => c.type === 'body');
    for (const block of body ? named(body) : []) {
      if (block.type !== 'block') continue;
      const [kind, label] = named(block);
      const kindName = kind ? this.text(kind) : '';
      if (kindName === 'locals')
        for (const [name, value] of attributes(block, this.text)) this.remember(`local.${name}`, value);
      if (kindName === 'variable' && label?.type === 'string_lit') {
        const fallback = attributes(block, this.text).get('default');
        if (fallback) this.remember(`var.${this.text(label).slice(1, -1)}`, fallback);
      }
    }
    return this.known;
  }

  private remember(key: string, value: PlainNode): void {
    const literal = literalIn(value);
    if (literal) this.known?.set(key, literal);
  }
}

/**
 * The literal an attribute's value is: `"a"`, `1`, `true` (`literal_value`), or a heredoc (`template_expr`,
 * whose interpolations the constant reader declines). Anything else (references, calls, interpolated
 * strings, collections) is not a literal.
 */
function literalIn(value: PlainNode): PlainNode | undefined {
  const [inner, ...rest] = named(value);
  if (value.type !== 'expression' || !inner || rest.length > 0) return undefined;
  if (inner.type === 'literal_value') {
    const [literal, ...others] = named(inner);
    return literal && others.length === 0 && literal.type !== 'null_lit' ? literal : undefined;
  }
  const heredoc = inner.type === 'template_expr' ? named(inner) : [];
  return heredoc.length === 1 && heredoc[0].type === 'heredoc_template' ? inner : undefined;
}

function attributes(block: PlainNode, text: (node: PlainNode) => string): Map<string, PlainNode> {
  const out = new Map<string, PlainNode>();
  const body = named(block).find((c) => c.type === 'body');
  for (const item of body ? named(body) : []) {
    const [name, value] = named(item);
    if (item.type === 'attribute' && name && value) out.set(text(name), value);
  }
  return out;
}

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}
