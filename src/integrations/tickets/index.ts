export {
  syncTickets,
  type RecordAuditEvent,
  type TicketSyncInput,
  type TicketSyncResult,
} from './sync-tickets.js';
export type { TicketRef, TicketSink, TrailEntry } from './ticket-sink.js';
export { TICKET_LABEL, fingerprintLabel, fingerprintMarker } from './ticket-identity.js';
