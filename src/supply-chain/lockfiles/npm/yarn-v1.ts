import type { DependencyPackage } from '../../../model/index.js';
import type { LockfileInput } from '../lockfile-parser.js';
import { integrityToHashes } from './integrity.js';
import { mergeNpmPackages, npmPurl, type NpmPackageRecord } from './npm-package.js';
import { declaredDependencies, readManifest, type PackageManifest } from './package-manifest.js';
import { classifyDev } from './reachability.js';
import { isLocalRange, splitDescriptor } from './yarn-descriptor.js';
import { forcedRanges, lookupDescriptor } from './yarn-resolutions.js';
import { parseYarnV1, type YarnV1Block } from './yarn-v1-syntax.js';

/** Reads a yarn v1 lockfile; dev and direct come from package.json (and literal workspace paths). */
export function readYarnV1(input: LockfileInput): DependencyPackage[] {
  const blocks = parseYarnV1(input.path, input.text);
  const bySpecifier = new Map<string, YarnV1Block>();
  for (const block of blocks) for (const specifier of block.specifiers) bySpecifier.set(specifier, block);

  const rootManifest = readManifest(input.readSibling('package.json'));
  const forced = forcedRanges(rootManifest);
  const find = (name: string, range: string): YarnV1Block | undefined =>
    lookupDescriptor(bySpecifier, forced, name, range);

  const identity = new Map<YarnV1Block, { name: string; version: string }>();
  for (const block of blocks) {
    const version = block.fields.get('version');
    const { name, range } = splitDescriptor(block.specifiers[0]);
    if (!version || isLocalRange(range)) continue;
    // `alias@npm:real@^1` installs `real`.
    identity.set(block, { name: range.startsWith('npm:') ? aliasTarget(name, range) : name, version });
  }

  const edges = (block: YarnV1Block): YarnV1Block[] => {
    const targets: YarnV1Block[] = [];
    for (const field of ['dependencies', 'optionalDependencies']) {
      for (const [name, range] of block.blocks.get(field) ?? []) {
        const target = find(name, range);
        if (target) targets.push(target);
      }
    }
    return targets;
  };

  const manifests = projectManifests(input, rootManifest);
  const prodRoots: YarnV1Block[] = [];
  const devRoots: YarnV1Block[] = [];
  for (const manifest of manifests) {
    const declared = declaredDependencies(manifest);
    for (const [name, range] of declared.prod) pushFound(prodRoots, find(name, range));
    for (const [name, range] of declared.devOnly) pushFound(devRoots, find(name, range));
  }
  const known = manifests.length > 0;
  const devOf = classifyDev(prodRoots, devRoots, edges);
  const direct = new Set([...prodRoots, ...devRoots]);

  const records: NpmPackageRecord[] = [];
  for (const block of blocks) {
    const self = identity.get(block);
    if (!self) continue;
    const integrity = integrityToHashes(block.fields.get('integrity'));
    const sha1 = /#([0-9a-f]{40})$/.exec(block.fields.get('resolved') ?? '');
    records.push({
      ...self,
      direct: known ? direct.has(block) : null,
      dev: known ? devOf(block) : null,
      license: null,
      hashes: Object.keys(integrity).length > 0 || !sha1 ? integrity : { 'SHA-1': sha1[1] },
      line: block.line,
      dependsOn: edges(block).flatMap((target) => {
        const id = identity.get(target);
        return id ? [npmPurl(id.name, id.version)] : [];
      }),
    });
  }
  return mergeNpmPackages(input.path, records);
}

function pushFound<T>(list: T[], item: T | undefined): void {
  if (item) list.push(item);
}

function aliasTarget(name: string, range: string): string {
  const target = splitDescriptor(range.slice('npm:'.length));
  // `npm:^1.2.0` (no name) is a plain registry range for the same package.
  return target.range === '' && /^[\^~<>=\d*]/.test(target.name) ? name : target.name;
}

/** The root package.json and any workspace whose path is literal (globs cannot be listed from here). */
function projectManifests(input: LockfileInput, root: PackageManifest | null): PackageManifest[] {
  if (!root) return [];
  const patterns = Array.isArray(root.workspaces) ? root.workspaces : (root.workspaces?.packages ?? []);
  const workspaces = patterns
    .filter((pattern) => typeof pattern === 'string' && !/[*?{[!]/.test(pattern))
    .map((pattern) => readManifest(input.readSibling(`${pattern.replace(/\/$/, '')}/package.json`)))
    .filter((manifest): manifest is PackageManifest => manifest !== null);
  return [root, ...workspaces];
}
