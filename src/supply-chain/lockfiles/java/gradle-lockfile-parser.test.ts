import { LockfileError } from '../lockfile-parser.js';
import { lockfileInput } from '../npm/test-input.js';
import { gradleLockfileParser } from './gradle-lockfile-parser.js';

const LOCK = `# This is a Gradle generated file for dependency locking.
# Manual edits can break the build and are not advised.
# This file is expected to be part of source control.
com.google.guava:guava:33.0.0-jre=compileClasspath,runtimeClasspath,testCompileClasspath,testRuntimeClasspath
org.junit.jupiter:junit-jupiter-api:5.10.1=testCompileClasspath,testRuntimeClasspath
org.ow2.asm:asm:9.6=annotationProcessor
empty=shadow,testAnnotationProcessor
`;

describe('gradleLockfileParser', () => {
  const packages = gradleLockfileParser.parse(lockfileInput('lib/gradle.lockfile', LOCK));

  it('reads group:artifact:version lines as Maven packages with their lines', () => {
    expect(packages.map((p) => [p.name, p.version, p.purl, p.source.line])).toEqual([
      ['com.google.guava:guava', '33.0.0-jre', 'pkg:maven/com.google.guava/guava@33.0.0-jre', 4],
      [
        'org.junit.jupiter:junit-jupiter-api',
        '5.10.1',
        'pkg:maven/org.junit.jupiter/junit-jupiter-api@5.10.1',
        5,
      ],
      ['org.ow2.asm:asm', '9.6', 'pkg:maven/org.ow2.asm/asm@9.6', 6],
    ]);
  });

  it('marks dev only what is locked in test configurations alone', () => {
    expect(packages.map((p) => p.dev)).toEqual([false, true, false]);
    expect(packages.every((p) => p.direct === null)).toBe(true);
  });

  it('names the file and line of a malformed entry', () => {
    const broken = '# header\ncom.google.guava:guava=compileClasspath\n';
    expect(() => gradleLockfileParser.parse(lockfileInput('lib/gradle.lockfile', broken))).toThrow(
      LockfileError,
    );
    expect(() => gradleLockfileParser.parse(lockfileInput('lib/gradle.lockfile', broken))).toThrow(
      /^lib\/gradle\.lockfile:2: /,
    );
  });
});
