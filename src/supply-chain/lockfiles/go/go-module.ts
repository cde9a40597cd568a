import { PackageURL } from 'packageurl-js';

/** purl of a Go module: the path up to the last `/` is the namespace (`pkg:golang/github.com/a/b@v1.0.0`). */
export function goPurl(modulePath: string, version: string): string {
  const slash = modulePath.lastIndexOf('/');
  const namespace = slash > 0 ? modulePath.slice(0, slash) : undefined;
  const name = slash > 0 ? modulePath.slice(slash + 1) : modulePath;
  return new PackageURL('golang', namespace, name, version, undefined, undefined).toString();
}

/** A replacement that points at a directory holds the project's own code, not a downloaded module. */
export function isLocalPath(modulePath: string): boolean {
  return /^(\.\.?([/\\]|$)|[/\\]|[A-Za-z]:[/\\])/.test(modulePath);
}
