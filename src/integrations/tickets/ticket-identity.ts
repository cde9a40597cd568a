/** Every ticket this tool opens carries this label, so it can list its own tickets and nobody else's. */
export const TICKET_LABEL = 'soc2-scan';

/**
 * The part of a fingerprint a ticket is found by: 32 hex digits (128 bits) fit a Jira label with room to
 * spare and cannot collide by accident. Prefixes of the same fingerprint always agree.
 */
export function fingerprintId(fingerprint: string): string {
  return fingerprint.trim().toLowerCase().slice(0, 32);
}

/** The Jira label that finds the ticket of a fingerprint. */
export function fingerprintLabel(fingerprint: string): string {
  return `soc2-fp-${fingerprintId(fingerprint)}`;
}

export function fingerprintIdFromLabel(label: string): string | null {
  const found = /^soc2-fp-([0-9a-f]{16,64})$/i.exec(label);
  return found ? fingerprintId(found[1]) : null;
}

/** The hidden marker a GitHub issue body carries for each fingerprint it tracks. */
export function fingerprintMarker(fingerprint: string): string {
  return `<!-- soc2-scan:fingerprint:${fingerprint} -->`;
}

export function fingerprintIdsFromMarkers(body: string): string[] {
  const ids = [...body.matchAll(/<!-- soc2-scan:fingerprint:([0-9a-f]{16,64}) -->/gi)].map((found) =>
    fingerprintId(found[1]),
  );
  return [...new Set(ids)];
}
