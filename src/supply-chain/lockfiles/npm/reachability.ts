import { reachableFrom } from '../common/reachability.js';

/**
 * Dev vs prod for lockfiles that do not record it (yarn, pnpm v9): a package reachable from the
 * project's production roots is prod, one reachable only from its dev roots is dev, and one reachable
 * from neither (stale entry, unknown workspace) is null — the lockfile cannot say.
 */
export function classifyDev<Id>(
  prodRoots: Iterable<Id>,
  devRoots: Iterable<Id>,
  edges: (id: Id) => Iterable<Id>,
): (id: Id) => boolean | null {
  const prod = reachableFrom(prodRoots, edges);
  const dev = reachableFrom(devRoots, edges);
  return (id) => (prod.has(id) ? false : dev.has(id) ? true : null);
}
