import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError, type LockfileInput, type LockfileParser } from '../lockfile-parser.js';
import { integrityToHashes } from './integrity.js';
import { jsonErrorOffset } from './json-error-position.js';
import { lineOfOffset } from '../common/structured-text.js';
import { scanJsonKeyLines } from './json-key-lines.js';
import { mergeNpmPackages, npmPurl, type NpmPackageRecord } from './npm-package.js';
import { declaredDependencies, readManifest, type PackageManifest } from './package-manifest.js';

/** One entry of `packages` (v2/v3) or of a nested `dependencies` tree (v1). */
interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  license?: unknown;
  dev?: boolean;
  link?: boolean;
  requires?: Record<string, string> | boolean;
  dependencies?: Record<string, unknown>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

interface PackageLock {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry>;
  dependencies?: Record<string, LockEntry>;
}

/** npm's package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3. */
export const packageLockParser: LockfileParser = {
  format: 'package-lock.json',
  matches: (fileName) => fileName === 'package-lock.json' || fileName === 'npm-shrinkwrap.json',
  parse(input) {
    const lock = parseJson(input);
    // v2 carries both shapes; `packages` is the complete one (it includes workspaces and links).
    if (lock.packages && typeof lock.packages === 'object') return readPackages(input, lock.packages);
    if (lock.dependencies && typeof lock.dependencies === 'object') return readDependencyTree(input, lock);
    if (lock.lockfileVersion === undefined) {
      throw new LockfileError(input.path, 'not a package-lock: no lockfileVersion, packages or dependencies');
    }
    return [];
  },
};

function parseJson(input: LockfileInput): PackageLock {
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The message may or may not carry a position depending on the Node version; find it ourselves.
    throw new LockfileError(
      input.path,
      `invalid JSON: ${message}`,
      lineOfOffset(input.text, jsonErrorOffset(input.text)),
    );
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new LockfileError(input.path, 'expected a JSON object at the top level', 1);
  }
  return value as PackageLock;
}

/** Keys under `node_modules/` are installed packages; other keys are the project's own folders. */
function isInstalled(key: string): boolean {
  return key.startsWith('node_modules/') || key.includes('/node_modules/');
}

function nameFromKey(key: string): string {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** The folder whose node_modules holds the package at `key` ('' is the project root). */
function parentLocation(key: string): string {
  const at = key.lastIndexOf('node_modules/');
  return at <= 0 ? '' : key.slice(0, at - 1);
}

function readPackages(input: LockfileInput, packages: Record<string, LockEntry>): DependencyPackage[] {
  const lines = keyLines(input.text, (parents) => parents.length === 1 && parents[0] === 'packages');
  const entry = (key: string): LockEntry | undefined => {
    const value = packages[key];
    return value && typeof value === 'object' ? value : undefined;
  };

  /** Node's module resolution: the nearest node_modules/<name> walking up from `from`, links followed. */
  const resolve = (from: string, name: string): string | null => {
    let location = from;
    for (;;) {
      const candidate = `${location ? `${location}/` : ''}node_modules/${name}`;
      const found = entry(candidate);
      if (found) {
        if (!found.link) return candidate;
        return typeof found.resolved === 'string' && isInstalled(found.resolved) ? found.resolved : null;
      }
      if (location === '') return null;
      location = parentLocation(location);
    }
  };

  const root = entry('') ?? readManifest(input.readSibling('package.json'));
  // The root and every workspace (or local folder) package declare what the project depends on itself.
  const directKeys = new Set<string>();
  const importers: Array<[string, LockEntry | PackageManifest]> = root ? [['', root]] : [];
  for (const key of Object.keys(packages)) {
    if (key !== '' && !isInstalled(key) && entry(key)) importers.push([key, entry(key) as LockEntry]);
  }
  for (const [location, manifest] of importers) {
    for (const name of declaredDependencies(manifest as PackageManifest).all) {
      const key = resolve(location, name);
      if (key) directKeys.add(key);
    }
  }

  const purlOf = new Map<string, string>();
  const installed: Array<[string, LockEntry & { version: string }]> = [];
  for (const [key, value] of Object.entries(packages)) {
    if (!isInstalled(key) || !value || typeof value !== 'object' || value.link) continue;
    if (typeof value.version !== 'string' || value.version === '') continue;
    const name = typeof value.name === 'string' ? value.name : nameFromKey(key);
    purlOf.set(key, npmPurl(name, value.version));
    installed.push([key, value as LockEntry & { version: string }]);
  }

  const records: NpmPackageRecord[] = installed.map(([key, value]) => {
    const dependsOn: string[] = [];
    for (const deps of [value.dependencies, value.optionalDependencies, value.peerDependencies]) {
      for (const name of Object.keys(deps ?? {})) {
        const target = resolve(key, name);
        const purl = target && purlOf.get(target);
        if (purl) dependsOn.push(purl);
      }
    }
    return {
      name: typeof value.name === 'string' ? value.name : nameFromKey(key),
      version: value.version,
      direct: root ? directKeys.has(key) : null,
      dev: value.dev === true,
      license: typeof value.license === 'string' ? value.license : null,
      hashes: integrityToHashes(value.integrity),
      line: lines.get(key) ?? null,
      dependsOn,
    };
  });
  return mergeNpmPackages(input.path, records);
}

/** lockfileVersion 1: a tree of `dependencies`, each nested level shadowing its parent like node_modules. */
function readDependencyTree(input: LockfileInput, lock: PackageLock): DependencyPackage[] {
  const lines = keyLines(
    input.text,
    (parents) => parents.length % 2 === 1 && parents.every((p, i) => i % 2 === 1 || p === 'dependencies'),
  );
  const manifest = readManifest(input.readSibling('package.json'));
  const declared = manifest ? declaredDependencies(manifest).all : null;
  const records: NpmPackageRecord[] = [];

  const identify = (key: string, value: LockEntry): { name: string; version: string } | null => {
    const version = value.version;
    if (typeof version !== 'string' || version === '') return null;
    // Local folders are the project's own code, not third-party components.
    if (version.startsWith('file:') || version.startsWith('link:')) return null;
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(version);
    return alias ? { name: alias[1], version: alias[2] } : { name: key, version };
  };

  const walk = (scopes: Array<Record<string, LockEntry>>, path: string[]): void => {
    const level = scopes[scopes.length - 1];
    for (const [key, value] of Object.entries(level)) {
      if (!value || typeof value !== 'object') {
        throw new LockfileError(
          input.path,
          `dependency '${key}' is not an object`,
          lines.get(keyPath(path, key)),
        );
      }
      const nested = isObject(value.dependencies) ? (value.dependencies as Record<string, LockEntry>) : null;
      const chain = nested ? [...scopes, nested] : scopes;
      const self = identify(key, value);
      if (self) {
        const dependsOn: string[] = [];
        const requires = isObject(value.requires) ? Object.keys(value.requires as object) : [];
        for (const name of requires) {
          const target = [...chain].reverse().find((scope) => isObject(scope[name]))?.[name];
          const resolved = target && identify(name, target);
          if (resolved) dependsOn.push(npmPurl(resolved.name, resolved.version));
        }
        records.push({
          ...self,
          direct: declared ? scopes.length === 1 && declared.has(key) : null,
          dev: value.dev === true,
          license: null,
          hashes: integrityToHashes(value.integrity),
          line: lines.get(keyPath(path, key)) ?? null,
          dependsOn,
        });
      }
      if (nested) walk(chain, [...path, key]);
    }
  };
  walk([lock.dependencies as Record<string, LockEntry>], []);
  return mergeNpmPackages(input.path, records);
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keyPath(path: readonly string[], key: string): string {
  return [...path, key].join('\u0000');
}

/** Lines of the keys whose parents satisfy `wanted`, by their package path (v1) or `packages` key (v2/v3). */
function keyLines(text: string, wanted: (parents: readonly string[]) => boolean): Map<string, number> {
  const lines = new Map<string, number>();
  scanJsonKeyLines(text, (parents, key, line) => {
    if (!wanted(parents)) return;
    // v1 parents alternate 'dependencies' / name: keep the names only.
    const id =
      parents[0] === 'packages'
        ? key
        : keyPath(
            parents.filter((_, i) => i % 2 === 1),
            key,
          );
    if (!lines.has(id)) lines.set(id, line);
  });
  return lines;
}
