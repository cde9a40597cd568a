import { PackageURL } from 'packageurl-js';
import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError, type LockfileParser } from '../lockfile-parser.js';

interface GemSpec {
  name: string;
  version: string;
  platform: string | null;
  remote: string | null;
  dependencies: string[];
  line: number;
}

const RUBYGEMS_ORG = /^https?:\/\/rubygems\.org\/?$/;
const SPEC = /^ {4}([^\s(]+) \(([^)\s]+)\)$/;
const SPEC_DEPENDENCY = /^ {6}([^\s(]+)(?: \(.*\))?$/;

/**
 * Gemfile.lock: gems of the GEM and GIT sections (PATH gems are the project's own and are skipped).
 * A platform-specific build (`ffi (1.17.4-x86_64-linux-gnu)`) is its own component with a
 * `platform` purl qualifier; the version is the part before the platform. direct = listed under
 * DEPENDENCIES. dev is not recorded in the lock (Gemfile groups are Ruby code).
 */
export const gemfileLockParser: LockfileParser = {
  format: 'Gemfile.lock',
  matches: (fileName) => fileName === 'Gemfile.lock' || fileName === 'gems.locked',
  parse: (input) => {
    const { specs, direct, checksums, sawSection } = readSections(input.path, input.text);
    if (!sawSection) throw new LockfileError(input.path, 'no GEM, GIT, PATH or DEPENDENCIES section', 1);
    const purlsByName = new Map<string, string[]>();
    for (const spec of specs)
      purlsByName.set(spec.name, [...(purlsByName.get(spec.name) ?? []), gemPurl(spec)]);
    const seen = new Set<string>();
    const packages: DependencyPackage[] = [];
    for (const spec of specs) {
      const purl = gemPurl(spec);
      if (seen.has(purl)) continue;
      seen.add(purl);
      const checksum = checksums.get(
        `${spec.name} ${spec.version}${spec.platform ? `-${spec.platform}` : ''}`,
      );
      packages.push({
        ecosystem: 'RubyGems',
        name: spec.name,
        version: spec.version,
        purl,
        direct: direct.has(spec.name),
        dev: null,
        license: null,
        hashes: checksum ? { 'SHA-256': checksum } : {},
        source: { file: input.path, line: spec.line },
        dependsOn: [...new Set(spec.dependencies.flatMap((name) => purlsByName.get(name) ?? []))].sort(),
      });
    }
    return packages;
  },
};

function readSections(file: string, text: string) {
  const specs: GemSpec[] = [];
  const direct = new Set<string>();
  const checksums = new Map<string, string>();
  let section = '';
  let remote: string | null = null;
  let inSpecs = false;
  let sawSection = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (/^\S/.test(raw)) {
      section = raw.trim();
      sawSection ||= ['GEM', 'GIT', 'PATH', 'DEPENDENCIES'].includes(section);
      remote = null;
      inSpecs = false;
      return;
    }
    if (section === 'DEPENDENCIES') {
      const name = /^ {2}([^\s(!]+)/.exec(raw)?.[1];
      if (name) direct.add(name);
    } else if (section === 'CHECKSUMS') {
      const match = /^ {2}(\S+) \(([^)]+)\)(?: .*\bsha256=([0-9a-f]{64}))?/.exec(raw);
      if (match?.[3]) checksums.set(`${match[1]} ${match[2]}`, match[3]);
    } else if (section === 'GEM' || section === 'GIT' || section === 'PATH' || section === 'PLUGIN SOURCE') {
      if (/^ {2}\S/.test(raw)) {
        remote = /^ {2}remote: (.+)$/.exec(raw)?.[1].trim() ?? remote;
        inSpecs = raw.trim() === 'specs:';
        return;
      }
      if (!inSpecs) return;
      if (/^ {4}\S/.test(raw)) {
        const match = SPEC.exec(raw);
        if (!match) throw new LockfileError(file, `spec line is not 'name (version)': ${raw.trim()}`, line);
        // PATH gems are the project itself; plugins are Bundler's own tooling, not the app's.
        if (section === 'PATH' || section === 'PLUGIN SOURCE') return;
        specs.push({
          ...splitPlatform(match[1], match[2]),
          remote: section === 'GEM' ? remote : null,
          dependencies: [],
          line,
        });
      } else if (/^ {6}\S/.test(raw) && section !== 'PATH' && section !== 'PLUGIN SOURCE') {
        const dependency = SPEC_DEPENDENCY.exec(raw)?.[1];
        if (dependency) specs.at(-1)?.dependencies.push(dependency);
      }
    }
  });
  return { specs, direct, checksums, sawSection };
}

/** Gem versions never contain `-`, so anything after the first one is the platform (`x86_64-linux-gnu`). */
function splitPlatform(
  name: string,
  versionAndPlatform: string,
): Pick<GemSpec, 'name' | 'version' | 'platform'> {
  const dash = versionAndPlatform.indexOf('-');
  if (dash < 0) return { name, version: versionAndPlatform, platform: null };
  return { name, version: versionAndPlatform.slice(0, dash), platform: versionAndPlatform.slice(dash + 1) };
}

function gemPurl(spec: GemSpec): string {
  const qualifiers: Record<string, string> = {};
  if (spec.platform) qualifiers.platform = spec.platform;
  if (spec.remote && !RUBYGEMS_ORG.test(spec.remote)) qualifiers.repository_url = spec.remote;
  const hasQualifiers = Object.keys(qualifiers).length > 0;
  return new PackageURL(
    'gem',
    undefined,
    spec.name,
    spec.version,
    hasQualifiers ? qualifiers : undefined,
    undefined,
  ).toString();
}
