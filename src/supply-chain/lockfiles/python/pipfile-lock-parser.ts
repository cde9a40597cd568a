import type { DependencyPackage } from '../../../model/index.js';
import type { LockfileParser } from '../lockfile-parser.js';
import { scanJsonKeyLines } from '../npm/json-key-lines.js';
import { uniqueByPurl } from '../common/package-list.js';
import {
  asArray,
  asString,
  isRecord,
  parseJsonObject,
  parseTomlText,
  siblingPath,
} from '../common/structured-text.js';
import { normalisePypiName, pypiPurl } from './pypi-package.js';

/**
 * Pipfile.lock: `default` is production, `develop` development. Entries without a `==` version
 * (editable, path or VCS installs) are skipped. direct comes from the Pipfile beside it, when present.
 */
export const pipfileLockParser: LockfileParser = {
  format: 'Pipfile.lock',
  matches: (fileName) => fileName === 'Pipfile.lock',
  parse: (input) => {
    const lock = parseJsonObject(input.path, input.text);
    const lines = new Map<string, number>();
    scanJsonKeyLines(input.text, (parents, key, line) => {
      if (parents.length === 1) lines.set(`${parents[0]}/${key}`, line);
    });
    const pipfileText = input.readSibling('Pipfile');
    const declared =
      pipfileText === null
        ? null
        : pipfileDeclarations(parseTomlText(siblingPath(input.path, 'Pipfile'), pipfileText));
    const packages: DependencyPackage[] = [];
    for (const section of ['default', 'develop'] as const) {
      const entries = isRecord(lock[section]) ? lock[section] : {};
      for (const [name, entry] of Object.entries(entries)) {
        const version = isRecord(entry)
          ? /^===?\s*(\S+)$/.exec(asString(entry.version) ?? '')?.[1]
          : undefined;
        if (!isRecord(entry) || !version) continue;
        packages.push({
          ecosystem: 'PyPI',
          name,
          version,
          purl: pypiPurl(name, version),
          direct: declared ? declared.has(normalisePypiName(name)) : null,
          dev: section === 'develop',
          license: null,
          hashes: firstSha256(entry.hashes),
          source: { file: input.path, line: lines.get(`${section}/${name}`) ?? null },
          dependsOn: [],
        });
      }
    }
    // A package in both sections is installed for production: uniqueByPurl keeps dev only if every copy is.
    return uniqueByPurl(packages);
  },
};

function pipfileDeclarations(pipfile: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  for (const section of ['packages', 'dev-packages']) {
    if (isRecord(pipfile[section]))
      for (const name of Object.keys(pipfile[section])) names.add(normalisePypiName(name));
  }
  return names;
}

function firstSha256(hashes: unknown): Record<string, string> {
  for (const hash of asArray(hashes)) {
    const match = /^sha256:([0-9a-f]{64})$/i.exec(asString(hash) ?? '');
    if (match) return { 'SHA-256': match[1].toLowerCase() };
  }
  return {};
}
