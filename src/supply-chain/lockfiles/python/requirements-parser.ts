import type { DependencyPackage } from '../../../model/index.js';
import type { LockfileInput, LockfileParser } from '../lockfile-parser.js';
import { uniqueByPurl } from '../common/package-list.js';
import { siblingPath } from '../common/structured-text.js';
import { pypiPurl } from './pypi-package.js';

/** One logical line: continuation lines (`\` at the end) joined, with the line it starts on. */
interface LogicalLine {
  text: string;
  line: number;
  /** Comment-only lines that follow it (pip-compile writes `# via ...` there). */
  annotations: string[];
}

// `name[extras] == version ; markers`, after options and comments are removed. Only `==` / `===`
// with a literal version is a pin; `==1.*`, ranges and URLs are not.
const PINNED =
  /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,*]+)\s*(?:;.*)?$/;
const INCLUDE = /^(?:-r|--requirement)(?:\s+|=)(\S+)$/;

/**
 * Pinned `requirements*.txt` (pip freeze, pip-compile). Unpinned lines are not packages at a known
 * version and are skipped. `-r other.txt` is followed when the file sits beside this one. `-c`
 * constraint files are not followed: a constraint pins a version but installs nothing.
 * direct is known only from pip-compile's `# via -r ...` annotations; dev is never recorded.
 */
export const requirementsTxtParser: LockfileParser = {
  format: 'requirements.txt',
  matches: (fileName) => /^requirements.*\.txt$/i.test(fileName),
  parse: (input) => uniqueByPurl(readRequirements(input, input.path, input.text, new Set([input.path]))),
};

function readRequirements(
  input: LockfileInput,
  file: string,
  text: string,
  visited: Set<string>,
): DependencyPackage[] {
  const packages: DependencyPackage[] = [];
  const lines = logicalLines(text);
  const annotated = lines.some((l) => l.annotations.some((a) => /^#\s*via\b/.test(a)));
  for (const logical of lines) {
    const requirement = stripOptions(logical.text);
    if (requirement === '') continue;
    const include = INCLUDE.exec(requirement);
    if (include) {
      packages.push(...readInclude(input, file, include[1], visited));
      continue;
    }
    if (requirement.startsWith('-')) continue; // -e, -c, --index-url, -f ...: not a pinned package
    const pin = PINNED.exec(requirement);
    if (!pin) continue;
    const [, name, version] = pin;
    packages.push({
      ecosystem: 'PyPI',
      name,
      version,
      purl: pypiPurl(name, version),
      direct: annotated ? viaRequirementsIn(logical.annotations) : null,
      dev: null,
      license: null,
      hashes: firstSha256(logical.text),
      source: { file, line: logical.line },
      dependsOn: [],
    });
  }
  return packages;
}

function readInclude(
  input: LockfileInput,
  file: string,
  target: string,
  visited: Set<string>,
): DependencyPackage[] {
  // readSibling reads beside the lockfile only; a path elsewhere is not ours to open.
  if (target.includes('/') || target.includes('\\')) return [];
  const includedPath = siblingPath(file, target);
  if (visited.has(includedPath)) return [];
  visited.add(includedPath);
  const text = input.readSibling(target);
  return text === null ? [] : readRequirements(input, includedPath, text, visited);
}

function logicalLines(text: string): LogicalLine[] {
  const physical = text.split(/\r?\n/);
  const result: LogicalLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    let joined = physical[i];
    while (joined.endsWith('\\') && i + 1 < physical.length) {
      i++;
      joined = joined.slice(0, -1) + ' ' + physical[i];
    }
    const trimmed = joined.trim();
    if (trimmed.startsWith('#')) {
      result.at(-1)?.annotations.push(trimmed);
      continue;
    }
    result.push({ text: joined, line: start + 1, annotations: [] });
  }
  return result;
}

/** Drops the comment and per-requirement options (`--hash=...`), leaving the requirement itself. */
function stripOptions(text: string): string {
  return text
    .replace(/(^|\s)#.*$/, '')
    .replace(/\s--hash[=\s]\S+/g, '')
    .trim();
}

function firstSha256(text: string): Record<string, string> {
  const match = /--hash[=\s]sha256:([0-9a-fA-F]{64})\b/.exec(text);
  return match ? { 'SHA-256': match[1].toLowerCase() } : {};
}

/** pip-compile marks a requirement the user listed with `# via -r <file>.in` (one line or a list). */
function viaRequirementsIn(annotations: readonly string[]): boolean {
  return annotations.some((a) => /^#\s*(?:via\s+)?-r\s/.test(a));
}
