import type { PlainNode } from './plain-tree.js';
import type { PatternNode } from './pattern-node.js';

/** One name a PHP `use` brings into scope from where it is written on. */
interface PhpUse {
  alias: string;
  qualified: string;
  from: number;
}

/**
 * PHP `use A\B\C;`, `use A\B\C as D;` and `use A\B\{C, D as E};`: a bare name after the `use`
 * stands for the qualified name, so `new A\B\C()` matches `new C()`. A later `use` of the same
 * short name wins from its position on, which is why each use keeps where it starts to apply.
 */
export class PhpUses {
  private readonly uses: PhpUse[] = [];

  constructor(private readonly text: (node: PlainNode) => string) {}

  record(declaration: PlainNode): void {
    const parts = declaration.children.filter((c) => c.named);
    const prefix = parts.find((c) => c.type === 'namespace_name');
    const group = parts.find((c) => c.type === 'namespace_use_group');
    const clauses = group ? group.children.filter((c) => c.type === 'namespace_use_clause') : parts;
    for (const clause of clauses) {
      if (clause.type !== 'namespace_use_clause') continue;
      const [name, alias] = clause.children.filter((c) => c.named);
      if (!name) continue;
      const qualified = normalize(prefix ? `${this.text(prefix)}\\${this.text(name)}` : this.text(name));
      const short = alias ? this.text(alias) : qualified.slice(qualified.lastIndexOf('\\') + 1);
      this.uses.push({ alias: short, qualified, from: declaration.end });
    }
  }

  /** Each short name with the qualified name it stands for, for the word prefilter. */
  pairs(): [string, string][] {
    return this.uses.map((use) => [use.alias, use.qualified]);
  }

  /** The qualified name a bare name at `node` stands for, when a `use` before it names it. */
  resolve(node: PlainNode): string | undefined {
    const short = this.text(node).toLowerCase();
    let found: string | undefined;
    for (const use of this.uses)
      if (use.from <= node.start && use.alias.toLowerCase() === short) found = use.qualified;
    return found;
  }
}

/** The qualified name a pattern spells (`A\B\C`), or undefined when it has wildcards. */
export function patternQualifiedName(pattern: PatternNode): string | undefined {
  const names: string[] = [];
  const walk = (p: PatternNode): boolean => {
    if (p.kind === 'leaf') return p.type === 'name' ? (names.push(p.text), true) : false;
    if (p.kind !== 'node' || !/^(qualified_name|namespace_name)$/.test(p.type)) return false;
    return p.children.every(walk);
  };
  return walk(pattern) && names.length > 0 ? names.join('\\') : undefined;
}

/** `\A\B` and `A\B` are the same name; PHP names of classes and functions ignore case. */
function normalize(name: string): string {
  return name.replace(/^\\/, '').replace(/\s+/g, '');
}
