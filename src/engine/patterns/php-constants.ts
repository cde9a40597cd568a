import type { PlainNode } from './plain-tree.js';
import type { Constant } from './target-facts.js';

interface ClassSpan {
  name: string;
  start: number;
  end: number;
}

/** Shell-escaping builtins: escaping a constant string gives a constant string (Semgrep's PHP builtins). */
const ESCAPERS = new Set(['escapeshellarg', 'escapeshellcmd']);

/**
 * PHP constants: `const X = "v";` at the top level (read as the bare name `X`) and in a class
 * (read as `self::X`, `static::X` or `C::X`). A name defined twice is no longer a known constant.
 */
export class PhpConstants {
  private readonly values = new Map<string, Constant | null>();
  private readonly classes: ClassSpan[] = [];

  constructor(
    private readonly text: (node: PlainNode) => string,
    private readonly evaluate: (node: PlainNode) => Constant | undefined,
  ) {}

  recordClass(node: PlainNode): void {
    const name = node.children.find((c) => c.type === 'name');
    if (name) this.classes.push({ name: this.text(name), start: node.start, end: node.end });
  }

  /** A `const_declaration`: each element names a value, inside a class or at the top level. */
  recordDeclaration(node: PlainNode): void {
    const owner = this.classAt(node.start);
    for (const element of node.children.filter((c) => c.type === 'const_element')) {
      const [name, value] = element.children.filter((c) => c.named);
      if (!name || !value) continue;
      const key = owner ? `${owner}::${this.text(name)}` : this.text(name);
      const constant = this.evaluate(value);
      this.values.set(key, this.values.has(key) || !constant ? null : constant);
    }
  }

  /** The value of a constant read (`X`, `self::X`), or of an escaping builtin applied to a constant. */
  valueOf(node: PlainNode): Constant | undefined {
    if (node.type === 'name') return this.values.get(this.text(node)) ?? undefined;
    const parts = node.children.filter((c) => c.named);
    if (node.type === 'class_constant_access_expression' && parts.length === 2) {
      const [scope, name] = parts;
      const owner =
        scope.type === 'relative_scope'
          ? this.classAt(node.start)
          : scope.type === 'name'
            ? this.text(scope)
            : undefined;
      return owner ? (this.values.get(`${owner}::${this.text(name)}`) ?? undefined) : undefined;
    }
    if (node.type === 'function_call_expression' && parts.length === 2 && ESCAPERS.has(this.text(parts[0]))) {
      const args = parts[1].children.filter((c) => c.named);
      const [only] = args.length === 1 ? args[0].children.filter((c) => c.named) : [];
      return only && this.evaluate(only)?.kind === 'string' ? { kind: 'string' } : undefined;
    }
    return undefined;
  }

  /** The name of the innermost class around `offset`. */
  private classAt(offset: number): string | undefined {
    let found: ClassSpan | undefined;
    for (const span of this.classes)
      if (span.start <= offset && offset < span.end && (!found || span.start >= found.start)) found = span;
    return found?.name;
  }
}
