import {
  ConfigError,
  DECISION_ACTIONS,
  SEVERITIES,
  type DecisionAction,
  type Lifecycle,
  type Severity,
} from '../model/index.js';
import { parseHttpUrl, splitList } from './resolve-paths.js';

/** The ticket inputs as declared in action.yml; one place names them. */
export const TicketInput = {
  tickets: 'tickets',
  jiraUrl: 'jira-url',
  jiraUser: 'jira-user',
  jiraToken: 'jira-token',
  jiraDeployment: 'jira-deployment',
  jiraProject: 'jira-project',
  jiraIssueType: 'jira-issue-type',
  jiraPriorities: 'jira-priorities',
  jiraComponents: 'jira-components',
  jiraDoneTransition: 'jira-done-transition',
  jiraReopenTransition: 'jira-reopen-transition',
  ticketLabels: 'ticket-labels',
  ticketAssignees: 'ticket-assignees',
  ticketOn: 'ticket-on',
  ticketLimit: 'ticket-limit',
  ticketGroupBy: 'ticket-group-by',
  ticketFailure: 'ticket-failure',
  ticketTimeoutSeconds: 'ticket-timeout-seconds',
  githubToken: 'github-token',
} as const;

export type JiraDeployment = 'auto' | 'cloud' | 'data-center';
export type TicketGroupBy = 'rule-file' | 'rule';
export type TicketFailureMode = 'record' | 'block';

/** Which decisions open tickets: a decision must match every list. */
export interface TicketFilter {
  actions: DecisionAction[];
  severities: Severity[];
  lifecycles: Lifecycle[];
}

/** CODEOWNERS-like: the last rule whose glob matches the finding's path names the assignee. */
export interface AssigneeRule {
  pattern: string;
  account: string;
}

interface CommonTicketSettings {
  /** Extra labels on every ticket, besides `soc2-scan` and the fingerprint label. */
  labels: string[];
  assignees: AssigneeRule[];
  on: TicketFilter;
  /** At most this many tickets are created per run; beyond it findings are grouped. */
  limit: number;
  groupBy: TicketGroupBy;
  failure: TicketFailureMode;
  /** Total time all ticket requests and their retries may take. */
  timeoutMs: number;
}

export interface JiraSettings {
  url: string;
  /** The account email for Jira Cloud basic auth; null for a Data Center personal access token. */
  user: string | null;
  token: string;
  deployment: JiraDeployment;
  project: string;
  issueType: string;
  priorities: Record<Severity, string>;
  components: string[];
  /** Transition (or target status) name; null: the first transition into the `done` category. */
  doneTransition: string | null;
  /** null: the first transition into the `new` (then `indeterminate`) category. */
  reopenTransition: string | null;
}

export interface JiraTicketSettings extends CommonTicketSettings {
  sink: 'jira';
  jira: JiraSettings;
}

export interface GitHubTicketSettings extends CommonTicketSettings {
  sink: 'github';
  github: { token: string; apiUrl: string };
}

export type TicketSettings = JiraTicketSettings | GitHubTicketSettings;

export const DEFAULT_TICKET_FILTER: TicketFilter = {
  actions: ['block'],
  severities: [...SEVERITIES],
  lifecycles: ['new', 'reopened'],
};
export const DEFAULT_JIRA_PRIORITIES: Record<Severity, string> = {
  critical: 'Highest',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Lowest',
};
export const DEFAULT_TICKET_LIMIT = 20;
export const DEFAULT_TICKET_TIMEOUT_SECONDS = 60;

const field = (name: string) => `input '${name}'`;
const LIFECYCLES: readonly Lifecycle[] = ['new', 'existing', 'reopened'];
// Suppressed, excepted and overridden findings never open tickets; they comment on existing ones.
const TICKETABLE_ACTIONS: readonly DecisionAction[] = ['block', 'comment', 'monitor'];

/**
 * Reads the ticket inputs once, before any work. Returns null when no sink is configured (`tickets` is
 * empty or `none`); a bad value is a ConfigError naming the input.
 */
export function parseTicketInputs(
  getInput: (name: string) => string,
  options: { githubApiUrl?: string } = {},
): TicketSettings | null {
  const sink = getInput(TicketInput.tickets).trim().toLowerCase();
  if (sink === '' || sink === 'none') return null;
  if (sink !== 'jira' && sink !== 'github') {
    throw new ConfigError(`expected 'none', 'jira' or 'github', got '${sink}'`, {
      field: field(TicketInput.tickets),
    });
  }
  const common = parseCommon(getInput);
  if (sink === 'github') {
    const token = getInput(TicketInput.githubToken).trim();
    if (token === '') {
      throw new ConfigError("'tickets: github' needs a token with issues: write", {
        field: field(TicketInput.githubToken),
      });
    }
    const apiUrl = parseHttpUrl(options.githubApiUrl ?? 'https://api.github.com', 'GITHUB_API_URL');
    return { sink: 'github', ...common, github: { token, apiUrl } };
  }
  return { sink: 'jira', ...common, jira: parseJira(getInput) };
}

function parseCommon(getInput: (name: string) => string): CommonTicketSettings {
  const limit = getInput(TicketInput.ticketLimit).trim();
  const timeout = getInput(TicketInput.ticketTimeoutSeconds).trim();
  return {
    labels: parseLabels(getInput(TicketInput.ticketLabels), TicketInput.ticketLabels),
    assignees: parseAssignees(getInput(TicketInput.ticketAssignees)),
    on: parseTicketFilter(getInput(TicketInput.ticketOn)),
    limit: limit === '' ? DEFAULT_TICKET_LIMIT : wholeNumber(limit, TicketInput.ticketLimit, 1, 1000),
    groupBy: oneOf(getInput(TicketInput.ticketGroupBy), TicketInput.ticketGroupBy, ['rule-file', 'rule']),
    failure: oneOf(getInput(TicketInput.ticketFailure), TicketInput.ticketFailure, ['record', 'block']),
    timeoutMs:
      (timeout === ''
        ? DEFAULT_TICKET_TIMEOUT_SECONDS
        : wholeNumber(timeout, TicketInput.ticketTimeoutSeconds, 1, 3600)) * 1000,
  };
}

function parseJira(getInput: (name: string) => string): JiraSettings {
  const required = (name: string, what: string) => {
    const value = getInput(name).trim();
    if (value === '') throw new ConfigError(`'tickets: jira' needs ${what}`, { field: field(name) });
    return value;
  };
  const url = parseHttpUrl(required(TicketInput.jiraUrl, 'the Jira base URL'), field(TicketInput.jiraUrl));
  const token = required(
    TicketInput.jiraToken,
    'an API token (Cloud) or personal access token (Data Center)',
  );
  const project = required(TicketInput.jiraProject, 'a project key');
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(project)) {
    throw new ConfigError(`'${project}' is not a Jira project key`, {
      field: field(TicketInput.jiraProject),
    });
  }
  const user = getInput(TicketInput.jiraUser).trim() || null;
  const deployment = oneOf(getInput(TicketInput.jiraDeployment), TicketInput.jiraDeployment, [
    'auto',
    'cloud',
    'data-center',
  ]);
  if (deployment === 'cloud' && user === null) {
    throw new ConfigError('Jira Cloud authenticates with the account email and an API token', {
      field: field(TicketInput.jiraUser),
    });
  }
  return {
    url,
    user,
    token,
    deployment,
    project,
    issueType: getInput(TicketInput.jiraIssueType).trim() || 'Bug',
    priorities: parsePriorities(getInput(TicketInput.jiraPriorities)),
    components: splitList(getInput(TicketInput.jiraComponents)),
    doneTransition: getInput(TicketInput.jiraDoneTransition).trim() || null,
    reopenTransition: getInput(TicketInput.jiraReopenTransition).trim() || null,
  };
}

/** `block,comment`, `critical,high`, `new,reopened` — each kind given narrows; a kind left out keeps its default. */
export function parseTicketFilter(raw: string): TicketFilter {
  const items = splitList(raw.replace(/\s+/g, ',')).map((item) => item.toLowerCase());
  if (items.length === 0) return { ...DEFAULT_TICKET_FILTER };
  const actions: DecisionAction[] = [];
  const severities: Severity[] = [];
  const lifecycles: Lifecycle[] = [];
  for (const item of items) {
    if ((TICKETABLE_ACTIONS as readonly string[]).includes(item)) actions.push(item as DecisionAction);
    else if ((SEVERITIES as readonly string[]).includes(item)) severities.push(item as Severity);
    else if ((LIFECYCLES as readonly string[]).includes(item)) lifecycles.push(item as Lifecycle);
    else {
      const why = (DECISION_ACTIONS as readonly string[]).includes(item)
        ? `'${item}' findings never open tickets (they comment on existing ones)`
        : `unknown value '${item}'`;
      throw new ConfigError(
        `${why}; expected decisions (${TICKETABLE_ACTIONS.join(', ')}), severities (${SEVERITIES.join(', ')}) or lifecycles (${LIFECYCLES.join(', ')})`,
        { field: field(TicketInput.ticketOn) },
      );
    }
  }
  return {
    actions: actions.length > 0 ? [...new Set(actions)] : DEFAULT_TICKET_FILTER.actions,
    severities: severities.length > 0 ? [...new Set(severities)] : DEFAULT_TICKET_FILTER.severities,
    lifecycles: lifecycles.length > 0 ? [...new Set(lifecycles)] : DEFAULT_TICKET_FILTER.lifecycles,
  };
}

function parsePriorities(raw: string): Record<Severity, string> {
  const priorities = { ...DEFAULT_JIRA_PRIORITIES };
  for (const entry of splitList(raw)) {
    const [severity, ...rest] = entry.split('=');
    const name = rest.join('=').trim();
    const key = severity.trim().toLowerCase();
    if (!(SEVERITIES as readonly string[]).includes(key) || name === '') {
      throw new ConfigError(`expected 'severity=Priority name' entries, got '${entry}'`, {
        field: field(TicketInput.jiraPriorities),
      });
    }
    priorities[key as Severity] = name;
  }
  return priorities;
}

function parseAssignees(raw: string): AssigneeRule[] {
  return splitList(raw).map((entry) => {
    const at = entry.lastIndexOf('=');
    const pattern = entry.slice(0, at).trim();
    const account = entry
      .slice(at + 1)
      .trim()
      .replace(/^@/, '');
    if (at <= 0 || pattern === '' || account === '') {
      throw new ConfigError(`expected 'path-glob=account' entries, got '${entry}'`, {
        field: field(TicketInput.ticketAssignees),
      });
    }
    return { pattern, account };
  });
}

function parseLabels(raw: string, name: string): string[] {
  const labels = splitList(raw);
  for (const label of labels) {
    // Jira labels cannot hold spaces; keeping the same rule for GitHub keeps one configuration portable.
    if (/\s/.test(label) || label.length > 50) {
      throw new ConfigError(`label '${label}' must have no spaces and at most 50 characters`, {
        field: field(name),
      });
    }
  }
  return [...new Set(labels)];
}

function wholeNumber(raw: string, name: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`expected a whole number from ${min} to ${max}, got '${raw}'`, {
      field: field(name),
    });
  }
  return Number(raw);
}

function oneOf<T extends string>(raw: string, name: string, allowed: readonly T[]): T {
  const value = raw.trim().toLowerCase();
  if (value === '') return allowed[0];
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`expected one of ${allowed.join(', ')}, got '${raw.trim()}'`, {
      field: field(name),
    });
  }
  return value as T;
}
