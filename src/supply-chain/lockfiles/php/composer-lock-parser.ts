import { PackageURL } from 'packageurl-js';
import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError, type LockfileParser } from '../lockfile-parser.js';
import { scanJsonKeyLines } from '../npm/json-key-lines.js';
import { uniqueByPurl } from '../common/package-list.js';
import { asArray, asString, isRecord, parseJsonObject, siblingPath } from '../common/structured-text.js';

const SECTIONS = ['packages', 'packages-dev'] as const;

/**
 * composer.lock: `packages` are production, `packages-dev` development. The licence array becomes
 * an SPDX `OR` expression (Composer's documented meaning of several licences). direct = required by
 * composer.json beside the lock, when present. Versions keep Composer's spelling (`v3.0.3`).
 */
export const composerLockParser: LockfileParser = {
  format: 'composer.lock',
  matches: (fileName) => fileName === 'composer.lock',
  parse: (input) => {
    const lock = parseJsonObject(input.path, input.text);
    if (!Array.isArray(lock.packages)) throw new LockfileError(input.path, "no 'packages' array", 1);
    const lines = new Map<string, number>();
    scanJsonKeyLines(input.text, (parents, key, line) => {
      if (parents.length === 2 && key === 'name') lines.set(`${parents[0]}/${parents[1]}`, line);
    });
    const declared = composerRequirements(
      siblingPath(input.path, 'composer.json'),
      input.readSibling('composer.json'),
    );
    const entries = SECTIONS.flatMap((section) =>
      asArray(lock[section]).map((raw, index) => ({
        section,
        raw,
        line: lines.get(`${section}/${index}`) ?? null,
      })),
    );
    const purlByName = new Map<string, string>();
    for (const { raw } of entries) {
      const name = isRecord(raw) ? asString(raw.name) : null;
      const version = isRecord(raw) ? asString(raw.version) : null;
      if (name && version) purlByName.set(name.toLowerCase(), composerPurl(name, version));
    }
    const packages = entries.map(({ section, raw, line }): DependencyPackage => {
      const name = isRecord(raw) ? asString(raw.name) : null;
      const version = isRecord(raw) ? asString(raw.version) : null;
      if (!isRecord(raw) || !name || !version) {
        throw new LockfileError(input.path, `${section} entry without a name and version`, line);
      }
      const shasum = isRecord(raw.dist) ? asString(raw.dist.shasum) : null;
      return {
        ecosystem: 'Packagist',
        name,
        version,
        purl: composerPurl(name, version),
        direct: declared ? declared.has(name.toLowerCase()) : null,
        dev: section === 'packages-dev',
        license: licenseExpression(raw.license),
        hashes: shasum && /^[0-9a-f]{40}$/i.test(shasum) ? { 'SHA-1': shasum.toLowerCase() } : {},
        source: { file: input.path, line },
        dependsOn: isRecord(raw.require)
          ? Object.keys(raw.require).flatMap((dep) => purlByName.get(dep.toLowerCase()) ?? [])
          : [],
      };
    });
    return uniqueByPurl(packages);
  },
};

function composerPurl(name: string, version: string): string {
  const slash = name.indexOf('/');
  const namespace = slash > 0 ? name.slice(0, slash) : undefined;
  return new PackageURL(
    'composer',
    namespace,
    name.slice(slash + 1),
    version,
    undefined,
    undefined,
  ).toString();
}

/** `["MIT"]` → `MIT`; `["LGPL-2.1-only", "GPL-3.0-or-later"]` → `LGPL-2.1-only OR GPL-3.0-or-later`. */
function licenseExpression(value: unknown): string | null {
  const ids = (typeof value === 'string' ? [value] : asArray(value)).filter(
    (id): id is string => typeof id === 'string' && id.trim() !== '',
  );
  if (ids.length === 0) return null;
  const terms = ids.map((id) => (/\s/.test(id.trim()) ? `(${id.trim()})` : id.trim()));
  return terms.join(' OR ');
}

function composerRequirements(file: string, text: string | null): Set<string> | null {
  if (text === null) return null;
  const manifest = parseJsonObject(file, text);
  const names = new Set<string>();
  for (const key of ['require', 'require-dev']) {
    if (isRecord(manifest[key])) for (const name of Object.keys(manifest[key])) names.add(name.toLowerCase());
  }
  return names;
}
