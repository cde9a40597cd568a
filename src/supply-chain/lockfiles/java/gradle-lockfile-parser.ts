import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError, type LockfileParser } from '../lockfile-parser.js';
import { uniqueByPurl } from '../common/package-list.js';
import { mavenPurl } from './maven-package.js';

const ENTRY = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)=(.*)$/;

/**
 * gradle.lockfile (Gradle 6+ dependency locking): one `group:artifact:version=configurations` line
 * per resolved module. dev = every configuration it is locked in is a test one (`test*`).
 * The lock does not say which modules the build script declares, so direct is unknown.
 */
export const gradleLockfileParser: LockfileParser = {
  format: 'gradle.lockfile',
  matches: (fileName) => fileName === 'gradle.lockfile',
  parse: (input) => {
    const packages: DependencyPackage[] = [];
    input.text.split(/\r?\n/).forEach((raw, index) => {
      const text = raw.trim();
      // `empty=` lists configurations that resolved to nothing.
      if (text === '' || text.startsWith('#') || text.startsWith('empty=')) return;
      const match = ENTRY.exec(text);
      if (!match)
        throw new LockfileError(
          input.path,
          `not 'group:artifact:version=configurations': ${text}`,
          index + 1,
        );
      const [, group, artifact, version, configurationList] = match;
      const configurations = configurationList
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      packages.push({
        ecosystem: 'Maven',
        name: `${group}:${artifact}`,
        version,
        purl: mavenPurl(group, artifact, version),
        direct: null,
        dev: configurations.length === 0 ? null : configurations.every((c) => /^test[A-Z]/.test(c)),
        license: null,
        hashes: {},
        source: { file: input.path, line: index + 1 },
        dependsOn: [],
      });
    });
    return uniqueByPurl(packages);
  },
};
