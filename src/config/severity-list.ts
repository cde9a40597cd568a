import { ConfigError, SEVERITIES, type Severity } from '../model/index.js';

/** Parses `critical,high` (or `none`) into severities; anything else names the field. */
export function parseSeverityList(raw: string, field: string): Severity[] {
  const trimmed = raw.trim().toLowerCase();
  if (trimmed === 'none') return [];
  const items = trimmed
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0)
    throw new ConfigError(`expected severities (${SEVERITIES.join(', ')}) or 'none'`, { field });
  for (const item of items) {
    if (!(SEVERITIES as readonly string[]).includes(item)) {
      throw new ConfigError(
        `unknown severity '${item}'; expected one of ${SEVERITIES.join(', ')} or 'none'`,
        {
          field,
        },
      );
    }
  }
  return [...new Set(items as Severity[])].sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b));
}
