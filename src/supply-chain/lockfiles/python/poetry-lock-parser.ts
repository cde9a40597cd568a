import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError, type LockfileParser } from '../lockfile-parser.js';
import { uniqueByPurl } from '../common/package-list.js';
import { reachableFrom } from '../common/reachability.js';
import {
  arrayTableLines,
  asArray,
  asString,
  isRecord,
  parseTomlLockfile,
  parseTomlText,
  siblingPath,
} from '../common/structured-text.js';
import { pyprojectDeclarations, type PyprojectDeclarations } from './pyproject-declarations.js';
import { normalisePypiName, pickDistributionHash, pypiPurl } from './pypi-package.js';

interface PoetryEntry {
  name: string;
  key: string;
  version: string;
  purl: string;
  /** true/false when the lock says (groups or category), null when it does not. */
  dev: boolean | null;
  dependencies: string[];
  files: Array<{ file: string; hash: string }>;
  line: number | null;
}

/**
 * poetry.lock (lock versions 1.x–2.1). dev comes from the lock itself (`groups` since 2.1,
 * `category` before 2.0); for lock 2.0, which records neither, from pyproject.toml: packages
 * reachable from the main dependencies are production, those reachable only from other groups dev.
 */
export const poetryLockParser: LockfileParser = {
  format: 'poetry.lock',
  matches: (fileName) => fileName === 'poetry.lock',
  parse: (input) => {
    const lock = parseTomlLockfile(input);
    const lines = arrayTableLines(input.text, 'package');
    const legacyFiles = isRecord(lock.metadata) && isRecord(lock.metadata.files) ? lock.metadata.files : {};
    const entries = asArray(lock.package).map((raw, index) =>
      poetryEntry(input.path, raw, lines[index] ?? null, legacyFiles),
    );
    const pyprojectText = input.readSibling('pyproject.toml');
    const declared =
      pyprojectText === null
        ? null
        : pyprojectDeclarations(parseTomlText(siblingPath(input.path, 'pyproject.toml'), pyprojectText));
    if (declared) inferDevFromGraph(entries, declared);
    const purlsByKey = new Map<string, string[]>();
    for (const entry of entries)
      purlsByKey.set(entry.key, [...(purlsByKey.get(entry.key) ?? []), entry.purl]);
    return uniqueByPurl(
      entries.map((entry): DependencyPackage => ({
        ecosystem: 'PyPI',
        name: entry.name,
        version: entry.version,
        purl: entry.purl,
        direct: declared ? declared.main.has(entry.key) || declared.dev.has(entry.key) : null,
        dev: entry.dev,
        license: null,
        hashes: pickDistributionHash(entry.files),
        source: { file: input.path, line: entry.line },
        dependsOn: entry.dependencies.flatMap((dep) => purlsByKey.get(dep) ?? []),
      })),
    );
  },
};

function poetryEntry(
  file: string,
  raw: unknown,
  line: number | null,
  legacyFiles: Record<string, unknown>,
): PoetryEntry {
  const name = isRecord(raw) ? asString(raw.name) : null;
  const version = isRecord(raw) ? asString(raw.version) : null;
  if (!isRecord(raw) || !name || !version) {
    throw new LockfileError(file, '[[package]] without a name and version', line);
  }
  const groups = asArray(raw.groups).filter((g): g is string => typeof g === 'string');
  const category = asString(raw.category);
  const dev = groups.length > 0 ? !groups.includes('main') : category ? category === 'dev' : null;
  const files = asArray(raw.files ?? legacyFiles[name])
    .filter(isRecord)
    .map((f) => ({ file: asString(f.file) ?? '', hash: asString(f.hash) ?? '' }));
  return {
    name,
    key: normalisePypiName(name),
    version,
    purl: pypiPurl(name, version),
    dev,
    dependencies: isRecord(raw.dependencies) ? Object.keys(raw.dependencies).map(normalisePypiName) : [],
    files,
    line,
  };
}

/** Lock 2.0 records no group: derive it from what pyproject.toml declares and the lock's graph. */
function inferDevFromGraph(entries: PoetryEntry[], declared: PyprojectDeclarations): void {
  if (entries.some((entry) => entry.dev !== null)) return;
  const byKey = new Map<string, PoetryEntry[]>();
  for (const entry of entries) byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), entry]);
  const edges = (key: string): string[] => (byKey.get(key) ?? []).flatMap((entry) => entry.dependencies);
  const prod = reachableFrom(declared.main, edges);
  const dev = reachableFrom(declared.dev, edges);
  for (const entry of entries) {
    if (prod.has(entry.key)) entry.dev = false;
    else if (dev.has(entry.key)) entry.dev = true;
  }
}
