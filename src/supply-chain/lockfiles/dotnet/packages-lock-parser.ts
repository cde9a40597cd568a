import { PackageURL } from 'packageurl-js';
import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError, type LockfileParser } from '../lockfile-parser.js';
import { scanJsonKeyLines } from '../npm/json-key-lines.js';
import { base64ToHex, uniqueByPurl } from '../common/package-list.js';
import { asString, isRecord, parseJsonObject } from '../common/structured-text.js';

/**
 * NuGet packages.lock.json: `dependencies.<target framework[/runtime]>.<package>` with `type`
 * Direct, Transitive, CentralTransitive or Project. Project entries are other projects of the same
 * solution and are skipped. One package per name@version across all targets. `contentHash` is the
 * base64 SHA-512 of the .nupkg. NuGet has no dev dependencies, so dev is false.
 */
export const nugetPackagesLockParser: LockfileParser = {
  format: 'packages.lock.json',
  matches: (fileName) => fileName === 'packages.lock.json',
  parse: (input) => {
    const lock = parseJsonObject(input.path, input.text);
    if (!isRecord(lock.dependencies)) throw new LockfileError(input.path, "no 'dependencies' object", 1);
    const lines = new Map<string, number>();
    scanJsonKeyLines(input.text, (parents, key, line) => {
      if (parents.length === 2 && parents[0] === 'dependencies') lines.set(`${parents[1]}/${key}`, line);
    });
    const packages: DependencyPackage[] = [];
    for (const [target, entries] of Object.entries(lock.dependencies)) {
      if (!isRecord(entries)) continue;
      // Names are case-insensitive in NuGet; edges name the dependency, the target section its version.
      const resolvedByName = new Map<string, { name: string; version: string; project: boolean }>();
      for (const [name, entry] of Object.entries(entries)) {
        const version = isRecord(entry) ? asString(entry.resolved) : null;
        const project = isRecord(entry) && entry.type === 'Project';
        if (version || project)
          resolvedByName.set(name.toLowerCase(), { name, version: version ?? '', project });
      }
      for (const [name, entry] of Object.entries(entries)) {
        const line = lines.get(`${target}/${name}`) ?? null;
        if (!isRecord(entry)) throw new LockfileError(input.path, `entry '${name}' is not an object`, line);
        if (entry.type === 'Project') continue;
        const version = asString(entry.resolved);
        if (!version) throw new LockfileError(input.path, `package '${name}' has no resolved version`, line);
        const sha512 = base64ToHex(asString(entry.contentHash) ?? '');
        packages.push({
          ecosystem: 'NuGet',
          name,
          version,
          purl: nugetPurl(name, version),
          direct: entry.type === 'Direct',
          dev: false,
          license: null,
          hashes: sha512 && sha512.length === 128 ? { 'SHA-512': sha512 } : {},
          source: { file: input.path, line },
          dependsOn: Object.keys(isRecord(entry.dependencies) ? entry.dependencies : {}).flatMap(
            (dependency) => {
              const resolved = resolvedByName.get(dependency.toLowerCase());
              return resolved && !resolved.project ? [nugetPurl(resolved.name, resolved.version)] : [];
            },
          ),
        });
      }
    }
    return uniqueByPurl(packages);
  },
};

function nugetPurl(name: string, version: string): string {
  return new PackageURL('nuget', undefined, name, version, undefined, undefined).toString();
}
