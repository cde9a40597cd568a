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
  const prod = reach(prodRoots, edges);
  const dev = reach(devRoots, edges);
  return (id) => (prod.has(id) ? false : dev.has(id) ? true : null);
}

function reach<Id>(roots: Iterable<Id>, edges: (id: Id) => Iterable<Id>): Set<Id> {
  const seen = new Set<Id>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop() as Id;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of edges(id)) if (!seen.has(next)) stack.push(next);
  }
  return seen;
}
