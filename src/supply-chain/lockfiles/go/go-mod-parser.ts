import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError, type LockfileParser } from '../lockfile-parser.js';
import { uniqueByPurl } from '../common/package-list.js';
import { goModDirectives, type GoModDirective } from './go-mod-syntax.js';
import { goPurl, isLocalPath } from './go-module.js';
import { readGoSum } from './go-sum.js';

interface Replacement {
  /** Replaces only this version of the module when set. */
  fromVersion: string | null;
  path: string;
  version: string | null;
}

const VERSION = /^v\d+\.\d+\.\d+\S*$/;

/**
 * go.mod `require` list, which since Go 1.17 names every module the build needs (`// indirect` =
 * not imported by the main module). `replace` directives are applied: a module replaced by another
 * module is reported as the replacement; one replaced by a local directory is the project's own code
 * and is left out. go.sum only adds hashes.
 */
export const goModParser: LockfileParser = {
  format: 'go.mod',
  matches: (fileName) => fileName === 'go.mod',
  parse: (input) => {
    const directives = goModDirectives(input.path, input.text);
    const replacements = readReplacements(input.path, directives);
    const sums = readGoSum(input.readSibling('go.sum'));
    const packages: DependencyPackage[] = [];
    for (const directive of directives) {
      if (directive.verb !== 'require') continue;
      const [modulePath, version] = directive.args;
      if (directive.args.length !== 2 || !VERSION.test(version)) {
        throw new LockfileError(input.path, `require needs a module path and a version`, directive.line);
      }
      const replacement = replacementFor(replacements, modulePath, version);
      if (replacement && isLocalPath(replacement.path)) continue;
      const name = replacement?.path ?? modulePath;
      const resolved = replacement?.version ?? version;
      const sum = sums.get(`${name}@${resolved}`);
      packages.push({
        ecosystem: 'Go',
        name,
        version: resolved,
        purl: goPurl(name, resolved),
        direct: !/(^|;)\s*indirect\s*(;|$)/.test(directive.comment),
        dev: null,
        license: null,
        hashes: sum ? { 'SHA-256': sum } : {},
        source: { file: input.path, line: directive.line },
        dependsOn: [],
      });
    }
    return uniqueByPurl(packages);
  },
};

function readReplacements(file: string, directives: readonly GoModDirective[]): Map<string, Replacement[]> {
  const byModule = new Map<string, Replacement[]>();
  for (const directive of directives) {
    if (directive.verb !== 'replace') continue;
    const arrow = directive.args.indexOf('=>');
    const left = directive.args.slice(0, arrow);
    const right = directive.args.slice(arrow + 1);
    if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
      throw new LockfileError(
        file,
        'replace needs `module [version] => module version` or a directory',
        directive.line,
      );
    }
    const entry = { fromVersion: left[1] ?? null, path: right[0], version: right[1] ?? null };
    byModule.set(left[0], [...(byModule.get(left[0]) ?? []), entry]);
  }
  return byModule;
}

/** A version-specific replace wins over one for every version, as in the go command. */
function replacementFor(
  replacements: Map<string, Replacement[]>,
  modulePath: string,
  version: string,
): Replacement | undefined {
  const candidates = replacements.get(modulePath) ?? [];
  return candidates.find((r) => r.fromVersion === version) ?? candidates.find((r) => r.fromVersion === null);
}
