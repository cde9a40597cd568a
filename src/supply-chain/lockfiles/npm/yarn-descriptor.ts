/** `name@range` split at the first `@` after a scope: `@babel/core@^7` → ['@babel/core', '^7']. */
export function splitDescriptor(descriptor: string): { name: string; range: string } {
  const at = descriptor.indexOf('@', 1);
  return at < 0
    ? { name: descriptor, range: '' }
    : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}

/** Protocols that point into the project itself rather than at a third-party package. */
const LOCAL_PROTOCOLS = ['workspace:', 'link:', 'portal:'];

/** Whether a range names the project's own code: a workspace, a link, or a local folder (not a tarball). */
export function isLocalRange(range: string): boolean {
  if (LOCAL_PROTOCOLS.some((protocol) => range.startsWith(protocol))) return true;
  return range.startsWith('file:') && !/\.(tgz|tar\.gz|tar)$/.test(range);
}
