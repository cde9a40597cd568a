/** How one pnpm lockfile version spells package keys and dependency references. */
export interface PnpmKeys {
  /** v9+: `packages` holds metadata, `snapshots` the graph keyed with peer suffixes. */
  hasSnapshots: boolean;
  /** The graph key a dependency reference points to; null for workspace links. */
  nodeOf(name: string, ref: string): string | null;
  /** name and version spelled in a package key (peer suffix removed first). */
  identify(key: string): { name: string; version: string } | null;
}

/** `a@1.0.0(b@2.0.0)(c@3)` → `a@1.0.0`: peer variants are one package. */
export function stripPeers(key: string): string {
  const paren = key.indexOf('(');
  return paren < 0 ? key : key.slice(0, paren);
}

function splitNameVersion(text: string): { name: string; version: string } | null {
  const at = text.indexOf('@', 1);
  return at < 0 ? null : { name: text.slice(0, at), version: text.slice(at + 1) };
}

/** A reference that is already a package key: an alias (`/real@1.0.0`), a tarball or a git package. */
function isFullKey(ref: string): boolean {
  const base = stripPeers(ref);
  return base.startsWith('/') || base.includes(':') || base.includes('/');
}

export function pnpmKeys(lockfileVersion: number): PnpmKeys {
  if (!Number.isFinite(lockfileVersion) || lockfileVersion >= 9) return V9;
  return lockfileVersion >= 6 ? V6 : V5;
}

/** v9: `name@1.0.0`; an alias reference names its target (`debug: obug@1.0.2(ms@2.1.3)`). */
const V9: PnpmKeys = {
  hasSnapshots: true,
  nodeOf(name, ref) {
    if (ref.startsWith('link:')) return null;
    return stripPeers(ref).indexOf('@', 1) > 0 ? ref : `${name}@${ref}`;
  },
  identify: (key) => splitNameVersion(stripPeers(key)),
};

/** v6/v7: `/name@1.0.0(peer@1)`; aliases and non-registry packages are referenced by full key. */
const V6: PnpmKeys = {
  hasSnapshots: false,
  nodeOf(name, ref) {
    if (ref.startsWith('link:')) return null;
    return isFullKey(ref) ? ref : `/${name}@${ref}`;
  },
  identify: (key) => (key.startsWith('/') ? splitNameVersion(stripPeers(key).slice(1)) : null),
};

/** v5 (pnpm 7): `/name/1.0.0_peer@1`, `/@scope/name/1.0.0`. */
const V5: PnpmKeys = {
  hasSnapshots: false,
  nodeOf(name, ref) {
    if (ref.startsWith('link:')) return null;
    return isFullKey(ref) ? ref : `/${name}/${ref}`;
  },
  identify(key) {
    if (!key.startsWith('/')) return null;
    const parts = key.slice(1).split('/');
    const nameParts = parts[0].startsWith('@') ? 2 : 1;
    if (parts.length !== nameParts + 1) return null;
    return { name: parts.slice(0, nameParts).join('/'), version: parts[nameParts].split('_')[0] };
  },
};
