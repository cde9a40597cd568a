/** The dependency fields of a package.json (or of a lockfile's copy of one). */
export interface PackageManifest {
  name?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  workspaces?: string[] | { packages?: string[] };
}

export interface DeclaredDependencies {
  /** dependencies, optionalDependencies and peerDependencies: needed at run time. */
  prod: Map<string, string>;
  devOnly: Map<string, string>;
  all: Set<string>;
}

/** Names and ranges a manifest declares; a name in both dependencies and devDependencies counts as prod. */
export function declaredDependencies(manifest: PackageManifest): DeclaredDependencies {
  const prod = new Map<string, string>();
  const devOnly = new Map<string, string>();
  for (const field of [manifest.dependencies, manifest.optionalDependencies, manifest.peerDependencies]) {
    for (const [name, range] of entries(field)) if (!prod.has(name)) prod.set(name, range);
  }
  for (const [name, range] of entries(manifest.devDependencies))
    if (!prod.has(name)) devOnly.set(name, range);
  return { prod, devOnly, all: new Set([...prod.keys(), ...devOnly.keys()]) };
}

function entries(field: unknown): Array<[string, string]> {
  if (!field || typeof field !== 'object' || Array.isArray(field)) return [];
  return Object.entries(field as Record<string, unknown>).map(([name, range]) => [name, String(range)]);
}

/** Parses a sibling package.json; null when absent or unreadable (only derived flags depend on it). */
export function readManifest(text: string | null): PackageManifest | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as PackageManifest) : null;
  } catch {
    return null;
  }
}
