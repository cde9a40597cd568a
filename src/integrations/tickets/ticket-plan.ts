import type { TicketFilter, TicketGroupBy } from '../../config/ticket-inputs.js';
import type { Decision, Severity } from '../../model/index.js';

export function isTicketable(decision: Decision, filter: TicketFilter): boolean {
  return (
    filter.actions.includes(decision.action) &&
    filter.severities.includes(decision.finding.severity) &&
    filter.lifecycles.includes(decision.lifecycle)
  );
}

export interface TicketPlan {
  /** Each entry becomes one ticket. */
  groups: Decision[][];
  /** Findings left without a ticket because even grouped they exceed the limit. */
  deferred: Decision[];
  groupedBy: TicketGroupBy | null;
}

const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

const keyOf = (decision: Decision, by: TicketGroupBy) =>
  by === 'rule' ? decision.finding.ruleId : `${decision.finding.ruleId}\0${decision.finding.location.path}`;

function groupBy(decisions: readonly Decision[], by: TicketGroupBy): Decision[][] {
  const groups = new Map<string, Decision[]>();
  for (const decision of decisions) {
    const key = keyOf(decision, by);
    groups.set(key, [...(groups.get(key) ?? []), decision]);
  }
  return [...groups.values()];
}

/**
 * One ticket per finding while that stays within `limit`; beyond it, findings are grouped (per rule and
 * file, then per rule if that is still too many), worst first, and what still does not fit is deferred:
 * ticket systems rate-limit, and a flood of tickets buries the ones that matter.
 */
export function planTickets(pending: readonly Decision[], limit: number, by: TicketGroupBy): TicketPlan {
  const sorted = [...pending].sort(
    (a, b) =>
      RANK[a.finding.severity] - RANK[b.finding.severity] ||
      a.finding.ruleId.localeCompare(b.finding.ruleId) ||
      a.finding.location.path.localeCompare(b.finding.location.path) ||
      a.finding.location.startLine - b.finding.location.startLine,
  );
  if (sorted.length <= limit)
    return { groups: sorted.map((decision) => [decision]), deferred: [], groupedBy: null };
  let groupedBy: TicketGroupBy = by;
  let groups = groupBy(sorted, by);
  if (groups.length > limit && by === 'rule-file') {
    groupedBy = 'rule';
    groups = groupBy(sorted, 'rule');
  }
  return { groups: groups.slice(0, limit), deferred: groups.slice(limit).flat(), groupedBy };
}
