import type { TicketSettings } from '../../config/ticket-inputs.js';
import { GitHubIssuesSink } from './github-issues/github-issues-sink.js';
import type { TimeBudget } from './http/time-budget.js';
import { JiraSink } from './jira/jira-sink.js';
import type { TicketSink } from './ticket-sink.js';

export function createTicketSink(
  settings: TicketSettings,
  repository: string,
  budget: TimeBudget,
): TicketSink {
  return settings.sink === 'jira'
    ? new JiraSink(settings.jira, settings.labels, budget)
    : new GitHubIssuesSink({ ...settings.github, repository }, settings.labels, budget);
}

/** The credential values of the settings, for scrubbing any text before it is logged or recorded. */
export function ticketSecrets(settings: TicketSettings): string[] {
  if (settings.sink === 'github') return [settings.github.token];
  const { token, user } = settings.jira;
  return [token, encodeURIComponent(token), Buffer.from(`${user ?? ''}:${token}`).toString('base64')];
}
