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
import { normalisePypiName, pickDistributionHash, pypiPurl } from './pypi-package.js';

/** One `{ name = ..., version = ..., extra = [...] }` edge of the uv graph. */
interface UvEdge {
  key: string;
  version: string | null;
  extras: string[];
}

interface UvEntry {
  index: number;
  name: string;
  key: string;
  version: string;
  /** editable / virtual sources are the project's own workspace members, not third-party packages. */
  workspace: boolean;
  dependencies: UvEdge[];
  optional: Map<string, UvEdge[]>;
  devGroups: UvEdge[];
  hashes: Record<string, string>;
  line: number | null;
}

/**
 * uv.lock. Workspace members (editable or virtual sources, e.g. the root project) are skipped.
 * Production = reachable from the members' dependencies and optional extras; dev = reachable only
 * from their dev-dependencies groups; direct = named by a member.
 */
export const uvLockParser: LockfileParser = {
  format: 'uv.lock',
  matches: (fileName) => fileName === 'uv.lock',
  parse: (input) => {
    const lock = parseTomlLockfile(input);
    const lines = arrayTableLines(input.text, 'package');
    const entries = asArray(lock.package).map((raw, index) =>
      uvEntry(input.path, raw, index, lines[index] ?? null),
    );
    const graph = new UvGraph(entries);
    const members = entries.filter((entry) => entry.workspace);
    const prod = graph.reach(members.flatMap((m) => [...m.dependencies, ...[...m.optional.values()].flat()]));
    const dev = graph.reach(members.flatMap((m) => m.devGroups));
    const named = new Set(
      members
        .flatMap((m) => [...m.dependencies, ...[...m.optional.values()].flat(), ...m.devGroups])
        .map((e) => e.key),
    );
    return uniqueByPurl(
      entries
        .filter((entry) => !entry.workspace)
        .map((entry): DependencyPackage => ({
          ecosystem: 'PyPI',
          name: entry.name,
          version: entry.version,
          purl: pypiPurl(entry.name, entry.version),
          direct: members.length > 0 ? named.has(entry.key) : null,
          dev: prod.has(entry.index) ? false : dev.has(entry.index) ? true : null,
          license: null,
          hashes: entry.hashes,
          source: { file: input.path, line: entry.line },
          dependsOn: graph
            .resolve(entry.dependencies)
            .filter((target) => !target.workspace)
            .map((target) => pypiPurl(target.name, target.version)),
        })),
    );
  },
};

class UvGraph {
  private readonly byKey = new Map<string, UvEntry[]>();

  constructor(entries: readonly UvEntry[]) {
    for (const entry of entries) this.byKey.set(entry.key, [...(this.byKey.get(entry.key) ?? []), entry]);
  }

  /** The entries an edge points at: the named version, or every locked version of that name. */
  resolve(edges: readonly UvEdge[]): UvEntry[] {
    return edges.flatMap((edge) =>
      (this.byKey.get(edge.key) ?? []).filter((e) => edge.version === null || e.version === edge.version),
    );
  }

  /** Indexes of entries reachable from `seeds`; an edge's extras pull in that package's optional groups. */
  reach(seeds: readonly UvEdge[]): Set<number> {
    const seen = new Set<string>();
    const reached = new Set<number>();
    const stack = [...seeds];
    while (stack.length > 0) {
      const edge = stack.pop() as UvEdge;
      for (const target of this.resolve([edge])) {
        const extras = edge.extras.filter((extra) => !seen.has(`${target.index}[${extra}]`));
        if (reached.has(target.index) && extras.length === 0) continue;
        reached.add(target.index);
        for (const extra of extras) seen.add(`${target.index}[${extra}]`);
        stack.push(...target.dependencies, ...extras.flatMap((extra) => target.optional.get(extra) ?? []));
      }
    }
    return reached;
  }
}

function uvEntry(file: string, raw: unknown, index: number, line: number | null): UvEntry {
  const name = isRecord(raw) ? asString(raw.name) : null;
  if (!isRecord(raw) || !name) throw new LockfileError(file, '[[package]] without a name', line);
  const source = isRecord(raw.source) ? raw.source : {};
  const workspace = 'editable' in source || 'virtual' in source;
  const version = asString(raw.version);
  // Only a workspace member may lack a version (uv omits it for dynamic-version projects).
  if (!version && !workspace) throw new LockfileError(file, `package '${name}' has no version`, line);
  const optional = new Map<string, UvEdge[]>();
  if (isRecord(raw['optional-dependencies'])) {
    for (const [extra, deps] of Object.entries(raw['optional-dependencies']))
      optional.set(extra, edges(deps));
  }
  const devGroups = isRecord(raw['dev-dependencies'])
    ? Object.values(raw['dev-dependencies']).flatMap(edges)
    : [];
  // The sdist is the canonical artefact; a wheel-only package gets its first wheel's digest.
  const files = [raw.sdist, ...asArray(raw.wheels)].filter(isRecord).map((f, position) => ({
    file: position === 0 && isRecord(raw.sdist) ? 'sdist.tar.gz' : 'wheel',
    hash: asString(f.hash) ?? '',
  }));
  return {
    index,
    name,
    key: normalisePypiName(name),
    version: version ?? '',
    workspace,
    dependencies: edges(raw.dependencies),
    optional,
    devGroups,
    hashes: pickDistributionHash(files),
    line,
  };
}

function edges(value: unknown): UvEdge[] {
  return asArray(value)
    .filter(isRecord)
    .flatMap((dep) => {
      const name = asString(dep.name);
      if (!name) return [];
      const extras = asArray(dep.extra).filter((e): e is string => typeof e === 'string');
      return [{ key: normalisePypiName(name), version: asString(dep.version), extras }];
    });
}
