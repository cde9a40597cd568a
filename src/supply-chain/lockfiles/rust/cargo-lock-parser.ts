import { PackageURL } from 'packageurl-js';
import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError, type LockfileParser } from '../lockfile-parser.js';
import { uniqueByPurl } from '../common/package-list.js';
import {
  arrayTableLines,
  asArray,
  asString,
  isRecord,
  parseTomlLockfile,
} from '../common/structured-text.js';

interface CargoEntry {
  name: string;
  version: string;
  /** null for workspace members and path dependencies: the project's own crates. */
  source: string | null;
  checksum: string | null;
  dependencies: string[];
  line: number | null;
}

const CRATES_IO = new Set([
  'registry+https://github.com/rust-lang/crates.io-index',
  'sparse+https://index.crates.io/',
]);

/**
 * Cargo.lock (v1–v4). Packages without `source` are workspace members or path crates and are
 * skipped; direct = depended on by one of them. Cargo.lock does not separate dev-dependencies.
 */
export const cargoLockParser: LockfileParser = {
  format: 'Cargo.lock',
  matches: (fileName) => fileName === 'Cargo.lock',
  parse: (input) => {
    const lock = parseTomlLockfile(input);
    const lines = arrayTableLines(input.text, 'package');
    const legacyChecksums = isRecord(lock.metadata) ? lock.metadata : {};
    const entries = asArray(lock.package).map((raw, index) =>
      cargoEntry(input.path, raw, lines[index] ?? null),
    );
    const resolve = resolver(entries);
    const members = entries.filter((entry) => entry.source === null);
    const directTargets = new Set(members.flatMap((member) => member.dependencies.flatMap(resolve)));
    const packages = entries
      .filter((entry) => entry.source !== null)
      .map((entry): DependencyPackage => {
        const checksum =
          entry.checksum ??
          asString(legacyChecksums[`checksum ${entry.name} ${entry.version} (${entry.source})`]);
        return {
          ecosystem: 'crates.io',
          name: entry.name,
          version: entry.version,
          purl: cargoPurl(entry),
          direct: members.length > 0 ? directTargets.has(entry) : null,
          dev: null,
          license: null,
          hashes: checksum && /^[0-9a-f]{64}$/i.test(checksum) ? { 'SHA-256': checksum.toLowerCase() } : {},
          source: { file: input.path, line: entry.line },
          dependsOn: entry.dependencies
            .flatMap(resolve)
            .filter((target) => target.source !== null)
            .map(cargoPurl),
        };
      });
    return uniqueByPurl(packages);
  },
};

function cargoEntry(file: string, raw: unknown, line: number | null): CargoEntry {
  const name = isRecord(raw) ? asString(raw.name) : null;
  const version = isRecord(raw) ? asString(raw.version) : null;
  if (!isRecord(raw) || !name || !version)
    throw new LockfileError(file, '[[package]] without a name and version', line);
  return {
    name,
    version,
    source: asString(raw.source),
    checksum: asString(raw.checksum),
    dependencies: asArray(raw.dependencies).filter((d): d is string => typeof d === 'string'),
    line,
  };
}

/** A dependency is written `name`, `name version` or `name version (source)` when ambiguous. */
function resolver(entries: readonly CargoEntry[]): (dependency: string) => CargoEntry[] {
  return (dependency) => {
    const [name, version, source] =
      /^(\S+)(?:\s+(\S+))?(?:\s+\((.+)\))?$/.exec(dependency.trim())?.slice(1) ?? [];
    return entries.filter(
      (e) =>
        e.name === name &&
        (version === undefined || e.version === version) &&
        (source === undefined || e.source === source),
    );
  };
}

/** crates.io crates get a plain purl; other registries and git sources say where they came from. */
function cargoPurl(entry: CargoEntry): string {
  const source = entry.source ?? '';
  let qualifiers: Record<string, string> | undefined;
  if (source.startsWith('git+')) qualifiers = { vcs_url: source };
  else if (source !== '' && !CRATES_IO.has(source))
    qualifiers = { repository_url: source.replace(/^(registry|sparse)\+/, '') };
  return new PackageURL('cargo', undefined, entry.name, entry.version, qualifiers, undefined).toString();
}
