/**
 * Nodes reachable from `seeds` by following `edges`. Used to tell production from development
 * packages when a lockfile records the graph but not the group of each package.
 */
export function reachableFrom<T>(seeds: Iterable<T>, edges: (node: T) => Iterable<T>): Set<T> {
  const seen = new Set<T>();
  const stack = [...seeds];
  while (stack.length > 0) {
    const node = stack.pop() as T;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const next of edges(node)) if (!seen.has(next)) stack.push(next);
  }
  return seen;
}
