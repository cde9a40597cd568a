import { PackageURL } from 'packageurl-js';

/** purl of a Maven artifact: the group is the namespace (`pkg:maven/org.junit.jupiter/junit-jupiter@5.14.4`). */
export function mavenPurl(group: string, artifact: string, version: string): string {
  return new PackageURL('maven', group, artifact, version, undefined, undefined).toString();
}
