import type { Ecosystem } from '../../model/index.js';
import type { OsvAffected, OsvEvent, OsvRange, OsvRecord } from './osv-record.js';
import { normalisePackageName, osvEcosystem } from './package-name.js';
import { ecosystemVersionOrder, semverRangeOrder, type VersionComparator } from './versions/version-order.js';

// OSV evaluation (https://ossf.github.io/osv-schema/#evaluation): a version is affected when an
// `affected` entry for its package lists it in `versions`, or when one of the entry's SEMVER or
// ECOSYSTEM ranges covers it. A range is evaluated by sorting its events by version and sweeping
// upwards: `introduced` opens, `fixed` (exclusive) and `last_affected` (inclusive) close; when the
// range has `limit` events only versions below some limit count. GIT ranges name commits, not
// versions, so they take no part. Withdrawn records affect nothing.

type EventKind = 'introduced' | 'fixed' | 'last_affected' | 'limit';

interface Event {
  kind: EventKind;
  version: string;
}

function toEvent(event: OsvEvent): Event {
  const [kind, version] = Object.entries(event)[0] as [EventKind, string];
  return { kind, version };
}

/** `introduced: "0"` is "from the very first version"; it sorts below every version. */
function isOrigin(event: Event): boolean {
  return event.kind === 'introduced' && event.version === '0';
}

function compareEvents(a: Event, b: Event, order: VersionComparator): number {
  if (isOrigin(a) || isOrigin(b)) return Number(isOrigin(b)) - Number(isOrigin(a));
  return order(a.version, b.version);
}

function rangeOrder(range: OsvRange, ecosystem: Ecosystem): VersionComparator | null {
  if (range.type === 'SEMVER') return semverRangeOrder(ecosystem);
  if (range.type === 'ECOSYSTEM') return ecosystemVersionOrder(ecosystem);
  return null; // GIT (commit hashes) and unknown types cannot place a version
}

/** Whether `version` lies in the range; false when the version is not one of the range's scheme. */
export function rangeIncludes(range: OsvRange, ecosystem: Ecosystem, version: string): boolean {
  const order = rangeOrder(range, ecosystem);
  if (!order) return false;
  try {
    const events = range.events.map(toEvent).sort((a, b) => compareEvents(a, b, order));
    const limits = events.filter((event) => event.kind === 'limit');
    if (limits.length > 0 && !limits.some((limit) => order(version, limit.version) < 0)) return false;
    let affected = false;
    for (const event of events) {
      if (event.kind === 'introduced') {
        if (isOrigin(event) || order(version, event.version) >= 0) affected = true;
      } else if (event.kind === 'fixed') {
        if (order(version, event.version) >= 0) affected = false;
      } else if (event.kind === 'last_affected') {
        if (order(version, event.version) > 0) affected = false;
      }
    }
    return affected;
  } catch {
    // A version outside the scheme (a git URL or tag in a lockfile, a record event in another
    // spelling) cannot be placed in the range; the explicit `versions` list still applies.
    return false;
  }
}

function listsVersion(affected: OsvAffected, ecosystem: Ecosystem, version: string): boolean {
  const versions = affected.versions ?? [];
  if (versions.includes(version)) return true;
  // Same version, other spelling: PyPI "0.8.0-alpha2" is "0.8.0a2", Go queries carry "v".
  const order = ecosystemVersionOrder(ecosystem);
  return versions.some((listed) => {
    try {
      return order(listed, version) === 0;
    } catch {
      return false;
    }
  });
}

/** The record's `affected` entries that are about this package. */
export function affectedEntriesFor(record: OsvRecord, ecosystem: Ecosystem, name: string): OsvAffected[] {
  const wanted = normalisePackageName(ecosystem, name);
  return (record.affected ?? []).filter((affected) => {
    if (!affected.package) return false;
    const entryEcosystem = osvEcosystem(affected.package.ecosystem);
    return entryEcosystem === ecosystem && normalisePackageName(ecosystem, affected.package.name) === wanted;
  });
}

/** Whether the record, read with OSV's semantics, says this version of this package is affected. */
export function isAffected(record: OsvRecord, ecosystem: Ecosystem, name: string, version: string): boolean {
  if (record.withdrawn) return false;
  return affectedEntriesFor(record, ecosystem, name).some(
    (affected) =>
      listsVersion(affected, ecosystem, version) ||
      (affected.ranges ?? []).some((range) => rangeIncludes(range, ecosystem, version)),
  );
}
