import * as core from '@actions/core';
import type { ActionConfig } from '../config/index.js';
import { syncTickets } from '../integrations/tickets/index.js';
import type { RunContext } from '../model/index.js';
import type { AfterDecisions } from '../pipeline/index.js';

const DEFAULT_BRANCH_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

/**
 * Only a complete run over the whole repository on the default branch may say a finding is gone, so only
 * such a run closes tickets; pull requests and branches open and reopen but never close.
 */
export function isDefaultBranchRun(context: RunContext, event: unknown): boolean {
  const repository =
    typeof event === 'object' && event !== null ? (event as { repository?: unknown }).repository : null;
  const defaultBranch =
    typeof repository === 'object' && repository !== null
      ? (repository as { default_branch?: unknown }).default_branch
      : undefined;
  if (typeof defaultBranch !== 'string' || !context.eventName) return false;
  return DEFAULT_BRANCH_EVENTS.has(context.eventName) && context.ref === `refs/heads/${defaultBranch}`;
}

/** The remediation step of the pipeline, when a ticket sink is configured. */
export function ticketHook(
  config: ActionConfig,
  context: RunContext,
  event: unknown,
  evidence: { artifactName: string; runUrl: string },
  notes: string[],
): AfterDecisions | undefined {
  const settings = config.tickets;
  if (!settings) return undefined;
  return async ({ policy, settings: policySettings, record, complete }) => {
    const result = await syncTickets({
      settings,
      decisions: policy.decisions,
      authoritative: complete && isDefaultBranchRun(context, event),
      context,
      evidence,
      slaDays: policySettings.tickets.slaDays,
      record,
    });
    result.warnings.forEach((warning) => core.warning(warning));
    notes.push(
      `Tickets (${settings.sink}): ${result.created} created, ${result.updated} updated, ${result.closed} closed, ${result.reopened} reopened, ${result.failed} failed.`,
    );
    return result.blocking
      ? `${result.failed} ticket operation(s) failed and ticket-failure is 'block'`
      : null;
  };
}
