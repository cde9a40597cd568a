// The parts of the OSV schema (https://ossf.github.io/osv-schema/) that matching and reporting use,
// and a reader that checks them: a record this code would misread is an error naming its file,
// never a silently skipped vulnerability.

export type OsvEvent =
  { introduced: string } | { fixed: string } | { last_affected: string } | { limit: string };

export interface OsvRange {
  type: 'SEMVER' | 'ECOSYSTEM' | 'GIT' | string;
  repo?: string;
  events: OsvEvent[];
}

export interface OsvSeverity {
  /** CVSS_V2, CVSS_V3, CVSS_V4 or Ubuntu. */
  type: string;
  /** A CVSS vector, or for Ubuntu a word. */
  score: string;
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  severity?: OsvSeverity[];
  ranges?: OsvRange[];
  versions?: string[];
  database_specific?: Record<string, unknown>;
  ecosystem_specific?: Record<string, unknown>;
}

export interface OsvRecord {
  id: string;
  modified?: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[];
  summary?: string;
  details?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: Array<{ type: string; url: string }>;
  database_specific?: Record<string, unknown>;
}

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'];

class RecordShapeError extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectStringArray(value: unknown, field: string): void {
  if (value !== undefined && (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))) {
    throw new RecordShapeError(`'${field}' must be a list of strings`);
  }
}

function expectString(value: unknown, field: string): void {
  if (value !== undefined && typeof value !== 'string')
    throw new RecordShapeError(`'${field}' must be a string`);
}

function checkSeverity(value: unknown, field: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new RecordShapeError(`'${field}' must be a list`);
  value.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.type !== 'string' || typeof entry.score !== 'string') {
      throw new RecordShapeError(`'${field}[${i}]' must have string 'type' and 'score'`);
    }
  });
}

function checkRange(range: unknown, field: string): void {
  if (!isObject(range) || typeof range.type !== 'string')
    throw new RecordShapeError(`'${field}.type' is missing`);
  if (!Array.isArray(range.events)) throw new RecordShapeError(`'${field}.events' must be a list`);
  range.events.forEach((event, i) => {
    const keys = isObject(event) ? Object.keys(event) : [];
    if (
      keys.length !== 1 ||
      !EVENT_KEYS.includes(keys[0]) ||
      typeof (event as Record<string, unknown>)[keys[0]] !== 'string'
    ) {
      throw new RecordShapeError(
        `'${field}.events[${i}]' must be one of ${EVENT_KEYS.join(', ')} with a string version`,
      );
    }
  });
}

function checkAffected(affected: unknown, field: string): void {
  if (!isObject(affected)) throw new RecordShapeError(`'${field}' must be an object`);
  if (affected.package !== undefined) {
    const pkg = affected.package;
    if (!isObject(pkg) || typeof pkg.ecosystem !== 'string' || typeof pkg.name !== 'string') {
      throw new RecordShapeError(`'${field}.package' must have string 'ecosystem' and 'name'`);
    }
    expectString(pkg.purl, `${field}.package.purl`);
  }
  if (affected.ranges !== undefined) {
    if (!Array.isArray(affected.ranges)) throw new RecordShapeError(`'${field}.ranges' must be a list`);
    affected.ranges.forEach((range, i) => checkRange(range, `${field}.ranges[${i}]`));
  }
  expectStringArray(affected.versions, `${field}.versions`);
  checkSeverity(affected.severity, `${field}.severity`);
}

/** Checks one parsed JSON value is an OSV record; the message says which field is wrong. */
export function toOsvRecord(value: unknown): OsvRecord {
  if (!isObject(value)) throw new RecordShapeError('an OSV record must be a JSON object');
  if (typeof value.id !== 'string' || value.id === '') throw new RecordShapeError("'id' is missing");
  for (const field of ['modified', 'published', 'withdrawn', 'summary', 'details'])
    expectString(value[field], field);
  expectStringArray(value.aliases, 'aliases');
  checkSeverity(value.severity, 'severity');
  if (value.affected !== undefined) {
    if (!Array.isArray(value.affected)) throw new RecordShapeError("'affected' must be a list");
    value.affected.forEach((affected, i) => checkAffected(affected, `affected[${i}]`));
  }
  return value as unknown as OsvRecord;
}

/** Parses the text of one OSV JSON file: one record, or a list of records. */
export function parseOsvJson(text: string): OsvRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RecordShapeError(`not valid JSON (${(error as Error).message})`);
  }
  return Array.isArray(value) ? value.map(toOsvRecord) : [toOsvRecord(value)];
}
