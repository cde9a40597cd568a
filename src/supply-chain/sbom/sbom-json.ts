/**
 * Serialises an SBOM so the same document always gives the same bytes: object keys sorted
 * (code-unit order), arrays kept in the order the writers gave them (already sorted), two-space
 * indent, a trailing newline. Byte-identical output lets an auditor diff two runs' evidence.
 */
export function sbomJson(document: object): string {
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) sorted[key] = sortKeys(child);
  }
  return sorted;
}
