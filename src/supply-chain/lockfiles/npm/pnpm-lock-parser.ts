import { isMap, isScalar } from 'yaml';
import { parseYamlLockfile } from '../common/structured-text.js';
import { LockfileError, type LockfileInput, type LockfileParser } from '../lockfile-parser.js';
import { integrityToHashes } from './integrity.js';
import { mergeNpmPackages, npmPurl, type NpmPackageRecord } from './npm-package.js';
import { classifyDev } from './reachability.js';
import { pnpmKeys, stripPeers, type PnpmKeys } from './pnpm-keys.js';

interface PnpmEntry {
  name?: string;
  version?: string;
  resolution?: { integrity?: string; directory?: string };
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

type ImporterDeps = Record<string, string | { version?: string }>;
interface PnpmImporter {
  dependencies?: ImporterDeps;
  devDependencies?: ImporterDeps;
  optionalDependencies?: ImporterDeps;
}

interface PnpmLock extends PnpmImporter {
  lockfileVersion?: string | number;
  importers?: Record<string, PnpmImporter>;
  packages?: Record<string, PnpmEntry>;
  snapshots?: Record<string, PnpmEntry>;
}

/**
 * pnpm-lock.yaml, lockfile versions 5.x (pnpm 7), 6.x (pnpm 8) and 9.x (pnpm 9+). Peer-dependency
 * variants (`a@1.0.0(b@2.0.0)`) are one package; `importers` are the project's workspaces; local
 * `directory` packages are the project's own code. v9 dropped the `dev` flag, so dev is derived by
 * reachability from the importers' dependencies vs devDependencies.
 */
export const pnpmLockParser: LockfileParser = {
  format: 'pnpm-lock.yaml',
  matches: (fileName) => fileName === 'pnpm-lock.yaml',
  parse(input) {
    const { lock, packageLines } = parseLock(input);
    const keys = pnpmKeys(Number.parseFloat(String(lock.lockfileVersion)));
    const packages = lock.packages ?? {};
    // v9 keeps the dependency graph in `snapshots` (peer variants); older versions in `packages`.
    const graph = keys.hasSnapshots ? (lock.snapshots ?? {}) : packages;
    const packageOf = (node: string): PnpmEntry | undefined =>
      packages[keys.hasSnapshots ? stripPeers(node) : node];

    const edges = (node: string): string[] => {
      const entry = graph[node];
      if (!entry) return [];
      return Object.entries({ ...entry.dependencies, ...entry.optionalDependencies }).flatMap(
        ([name, ref]) => {
          const target = keys.nodeOf(name, String(ref));
          return target && graph[target] ? [target] : [];
        },
      );
    };

    const importers = lock.importers ?? { '.': lock };
    const prodRoots: string[] = [];
    const devRoots: string[] = [];
    for (const importer of Object.values(importers)) {
      collectRoots(keys, importer?.dependencies, prodRoots);
      collectRoots(keys, importer?.optionalDependencies, prodRoots);
      collectRoots(keys, importer?.devDependencies, devRoots);
    }
    const direct = new Set([...prodRoots, ...devRoots]);
    const derivedDev = classifyDev(prodRoots, devRoots, edges);

    const identify = (node: string): { name: string; version: string } | null => {
      const entry = packageOf(node);
      if (!entry || entry.resolution?.directory !== undefined) return null;
      const fromKey = keys.identify(keys.hasSnapshots ? stripPeers(node) : node);
      const name = entry.name ?? fromKey?.name;
      const version = entry.version ?? fromKey?.version;
      if (!name || !version || /^(file|link):/.test(version)) return null;
      return { name, version };
    };

    const nodes = new Set(Object.keys(graph));
    if (keys.hasSnapshots)
      for (const key of Object.keys(packages)) if (!hasVariant(nodes, key)) nodes.add(key);
    const records: NpmPackageRecord[] = [];
    for (const node of nodes) {
      const self = identify(node);
      if (!self) continue;
      const entry = packageOf(node) as PnpmEntry;
      records.push({
        ...self,
        direct: direct.has(node),
        dev: keys.hasSnapshots ? derivedDev(node) : entry.dev === true,
        license: null,
        hashes: integrityToHashes(entry.resolution?.integrity),
        line: packageLines.get(keys.hasSnapshots ? stripPeers(node) : node) ?? null,
        dependsOn: edges(node).flatMap((target) => {
          const id = identify(target);
          return id ? [npmPurl(id.name, id.version)] : [];
        }),
      });
    }
    return mergeNpmPackages(input.path, records);
  },
};

function hasVariant(nodes: Set<string>, packageKey: string): boolean {
  if (nodes.has(packageKey)) return true;
  for (const node of nodes) if (node.startsWith(`${packageKey}(`)) return true;
  return false;
}

function collectRoots(keys: PnpmKeys, deps: ImporterDeps | undefined, into: string[]): void {
  for (const [name, value] of Object.entries(deps ?? {})) {
    const ref = typeof value === 'object' && value !== null ? value.version : value;
    const node = ref === undefined ? null : keys.nodeOf(name, String(ref));
    if (node) into.push(node);
  }
}

function parseLock(input: LockfileInput): { lock: PnpmLock; packageLines: Map<string, number> } {
  const { document, lineCounter } = parseYamlLockfile(input);
  const lock: unknown = document.toJS({ maxAliasCount: -1 });
  if (!lock || typeof lock !== 'object' || !('lockfileVersion' in lock)) {
    throw new LockfileError(input.path, 'not a pnpm lockfile: no lockfileVersion', 1);
  }
  const packageLines = new Map<string, number>();
  const packagesNode = isMap(document.contents) ? document.contents.get('packages', true) : null;
  if (isMap(packagesNode)) {
    for (const item of packagesNode.items) {
      if (isScalar(item.key) && item.key.range) {
        packageLines.set(String(item.key.value), lineCounter.linePos(item.key.range[0]).line);
      }
    }
  }
  return { lock: lock as PnpmLock, packageLines };
}
