/** The labels a value carries; empty means clean. Parameter placeholders start with `\0` (see function-summary). */
export type Taint = ReadonlySet<string>;

export const CLEAN: Taint = new Set();

export function union(...parts: Taint[]): Taint {
  const nonEmpty = parts.filter((part) => part.size > 0);
  if (nonEmpty.length === 0) return CLEAN;
  if (nonEmpty.length === 1) return nonEmpty[0];
  const out = new Set<string>();
  for (const part of nonEmpty) for (const label of part) out.add(label);
  return out;
}

function sameTaint(a: Taint, b: Taint): boolean {
  if (a.size !== b.size) return false;
  for (const label of a) if (!b.has(label)) return false;
  return true;
}

/**
 * Taint of variables and fields (`x`, `x.a`, `this.b`) at one program point. A path without an entry
 * inherits from its longest prefix that has one, so a tainted object taints its fields, while an
 * explicit clean entry for a field (after `x.a = "safe"`) overrides it.
 */
export class TaintEnv {
  private constructor(private readonly entries: Map<string, Taint>) {}

  static empty(): TaintEnv {
    return new TaintEnv(new Map());
  }

  clone(): TaintEnv {
    return new TaintEnv(new Map(this.entries));
  }

  /** Whether the path has its own entry (a tainted value, or a clean field of a tainted object). */
  has(path: string): boolean {
    return this.entries.has(path);
  }

  lookup(path: string): Taint {
    for (let prefix: string | undefined = path; prefix !== undefined; prefix = parentPath(prefix)) {
      const found = this.entries.get(prefix);
      if (found) return found;
    }
    return CLEAN;
  }

  /** Strong update: the path now holds exactly `taint`, and its old fields are gone with the old value. */
  assign(path: string, taint: Taint): void {
    const fields = `${path}.`;
    for (const key of [...this.entries.keys()]) if (key.startsWith(fields)) this.entries.delete(key);
    // Only taint, and clean fields of tainted objects, are stored: the map stays as small as the taint.
    const parent = parentPath(path);
    if (taint.size === 0 && (parent === undefined || this.lookup(parent).size === 0))
      this.entries.delete(path);
    else this.entries.set(path, taint);
  }

  /** Weak update: the path may now also hold `taint` (element writes, `+=`, propagators). */
  add(path: string, taint: Taint): void {
    if (taint.size === 0) return;
    this.entries.set(path, union(this.lookup(path), taint));
  }

  /** The state after either of several paths: tainted if tainted on any of them. */
  static join(envs: TaintEnv[]): TaintEnv {
    const keys = new Set(envs.flatMap((env) => [...env.entries.keys()]));
    const joined = new Map<string, Taint>();
    for (const key of keys) joined.set(key, union(...envs.map((env) => env.lookup(key))));
    return new TaintEnv(joined);
  }

  equals(other: TaintEnv): boolean {
    if (this.entries.size !== other.entries.size) return false;
    for (const [key, taint] of this.entries) {
      const theirs = other.entries.get(key);
      if (!theirs || !sameTaint(taint, theirs)) return false;
    }
    return true;
  }
}

function parentPath(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  return dot > 0 ? path.slice(0, dot) : undefined;
}
