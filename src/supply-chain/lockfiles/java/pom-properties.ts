/**
 * Resolves `${name}` references in a POM value from the POM's own properties. Returns null when a
 * reference cannot be resolved here (it lives in a parent POM, a profile or the command line), or
 * when properties refer to each other in a cycle.
 */
export function resolvePomValue(value: string, properties: ReadonlyMap<string, string>): string | null {
  let current = value;
  for (let depth = 0; depth < 10; depth++) {
    if (!current.includes('${')) return current;
    let unresolved = false;
    current = current.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
      const replacement = properties.get(name.trim());
      if (replacement === undefined) unresolved = true;
      return replacement ?? '';
    });
    if (unresolved) return null;
  }
  return null;
}
