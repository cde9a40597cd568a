import { isMap, isScalar } from 'yaml';
import { parseYamlLockfile } from '../common/structured-text.js';
import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError, type LockfileInput } from '../lockfile-parser.js';
import { mergeNpmPackages, npmPurl, type NpmPackageRecord } from './npm-package.js';
import { declaredDependencies, readManifest } from './package-manifest.js';
import { classifyDev } from './reachability.js';
import { isLocalRange, splitDescriptor } from './yarn-descriptor.js';
import { forcedRanges, lookupDescriptor } from './yarn-resolutions.js';

interface BerryEntry {
  descriptors: string[];
  line: number | null;
  version: string;
  resolution: string;
  dependencies: Record<string, string>;
}

/**
 * Reads a Yarn Berry (v2+) lockfile, which is YAML. Workspaces (`@workspace:`) and links are the
 * project itself; `patch:` resolutions are the same name@version as the package they patch.
 * Berry's `checksum` hashes Yarn's cache zip, not the published tarball, so it is not reported as
 * the package's hash (an SBOM consumer would fail to verify the registry artifact against it).
 */
export function readYarnBerry(input: LockfileInput): DependencyPackage[] {
  const entries = parseEntries(input);
  const byDescriptor = new Map<string, BerryEntry>();
  for (const entry of entries)
    for (const descriptor of entry.descriptors) byDescriptor.set(descriptor, entry);

  const rootManifest = readManifest(input.readSibling('package.json'));
  const forced = forcedRanges(rootManifest);
  const find = (name: string, range: string): BerryEntry | undefined =>
    lookupDescriptor(byDescriptor, forced, name, range);
  const isWorkspace = (entry: BerryEntry): boolean => isLocalRange(splitDescriptor(entry.resolution).range);
  const edges = (entry: BerryEntry): BerryEntry[] =>
    Object.entries(entry.dependencies).flatMap(([name, range]) => {
      const target = find(name, range);
      return target ? [target] : [];
    });

  const prodRoots: BerryEntry[] = [];
  const devRoots: BerryEntry[] = [];
  const direct = new Set<BerryEntry>();
  for (const workspace of entries.filter((entry) => entry.resolution.includes('@workspace:'))) {
    const path = splitDescriptor(workspace.resolution).range.slice('workspace:'.length);
    const manifest =
      path === '.' || path === '' ? rootManifest : readManifest(input.readSibling(`${path}/package.json`));
    const declared = manifest && declaredDependencies(manifest);
    for (const [name, range] of Object.entries(workspace.dependencies)) {
      const target = find(name, range);
      if (!target) continue;
      if (!isWorkspace(target)) direct.add(target);
      if (declared?.prod.has(name)) prodRoots.push(target);
      else if (declared?.devOnly.has(name)) devRoots.push(target);
    }
  }
  const devOf = classifyDev(prodRoots, devRoots, edges);

  const records: NpmPackageRecord[] = entries
    .filter((entry) => !isWorkspace(entry))
    .map((entry) => ({
      name: splitDescriptor(entry.resolution).name,
      version: entry.version,
      direct: direct.has(entry),
      dev: rootManifest ? devOf(entry) : null,
      license: null,
      hashes: {},
      line: entry.line,
      dependsOn: edges(entry)
        .filter((target) => !isWorkspace(target))
        .map((target) => npmPurl(splitDescriptor(target.resolution).name, target.version)),
    }));
  return mergeNpmPackages(input.path, records);
}

function parseEntries(input: LockfileInput): BerryEntry[] {
  const { document, lineCounter } = parseYamlLockfile(input, { uniqueKeys: false });
  if (!isMap(document.contents))
    throw new LockfileError(input.path, 'expected a YAML mapping of packages', 1);
  const entries: BerryEntry[] = [];
  for (const item of document.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (key === '__metadata') continue;
    const line = isScalar(item.key) && item.key.range ? lineCounter.linePos(item.key.range[0]).line : null;
    const value: unknown =
      item.value && typeof item.value === 'object' && 'toJSON' in item.value
        ? (item.value as { toJSON(): unknown }).toJSON()
        : null;
    if (!value || typeof value !== 'object') {
      throw new LockfileError(input.path, `entry '${key}' is not a mapping`, line);
    }
    const fields = value as Record<string, unknown>;
    if (typeof fields.resolution !== 'string' || fields.version === undefined) {
      throw new LockfileError(input.path, `entry '${key}' lacks resolution or version`, line);
    }
    entries.push({
      descriptors: key.split(',').map((descriptor) => descriptor.trim()),
      line,
      version: String(fields.version),
      resolution: fields.resolution,
      dependencies: {
        ...stringMap(fields.dependencies),
        ...stringMap(fields.optionalDependencies),
      },
    });
  }
  return entries;
}

function stringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
}
