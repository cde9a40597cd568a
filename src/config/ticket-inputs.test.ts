import { ConfigError } from '../model/index.js';
import { parseTicketInputs } from './ticket-inputs.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const jira = {
  tickets: 'jira',
  'jira-url': 'https://acme.atlassian.net/',
  'jira-user': 'me@acme.example',
  'jira-token': 't0ken',
  'jira-project': 'SEC',
};

describe('parseTicketInputs', () => {
  it('is off unless a sink is named', () => {
    expect(parseTicketInputs(reader({}))).toBeNull();
    expect(parseTicketInputs(reader({ tickets: 'none' }))).toBeNull();
  });

  it('reads Jira settings with the documented defaults', () => {
    expect(parseTicketInputs(reader(jira))).toEqual({
      sink: 'jira',
      labels: [],
      assignees: [],
      on: {
        actions: ['block'],
        severities: ['critical', 'high', 'medium', 'low', 'info'],
        lifecycles: ['new', 'reopened'],
      },
      limit: 20,
      groupBy: 'rule-file',
      failure: 'record',
      timeoutMs: 60_000,
      jira: {
        url: 'https://acme.atlassian.net',
        user: 'me@acme.example',
        token: 't0ken',
        deployment: 'auto',
        project: 'SEC',
        issueType: 'Bug',
        priorities: { critical: 'Highest', high: 'High', medium: 'Medium', low: 'Low', info: 'Lowest' },
        components: [],
        doneTransition: null,
        reopenTransition: null,
      },
    });
  });

  it('reads lists, maps and filters', () => {
    const settings = parseTicketInputs(
      reader({
        ...jira,
        'jira-priorities': 'critical=Blocker, high=Critical',
        'ticket-assignees': 'src/payments/**=@alice\n*.py=bob',
        'ticket-on': 'block,comment critical,high',
        'ticket-labels': 'appsec,soc2',
        'jira-components': 'Backend',
        'ticket-group-by': 'rule',
        'ticket-failure': 'block',
        'ticket-timeout-seconds': '5',
        'jira-deployment': 'data-center',
      }),
    );
    expect(settings).toMatchObject({
      labels: ['appsec', 'soc2'],
      assignees: [
        { pattern: 'src/payments/**', account: 'alice' },
        { pattern: '*.py', account: 'bob' },
      ],
      on: {
        actions: ['block', 'comment'],
        severities: ['critical', 'high'],
        lifecycles: ['new', 'reopened'],
      },
      groupBy: 'rule',
      failure: 'block',
      timeoutMs: 5000,
      jira: {
        priorities: { critical: 'Blocker', high: 'Critical', medium: 'Medium' },
        components: ['Backend'],
        deployment: 'data-center',
      },
    });
  });

  it('uses the github-token and API URL for GitHub Issues', () => {
    expect(
      parseTicketInputs(reader({ tickets: 'github', 'github-token': 'ghs_x' }), {
        githubApiUrl: 'https://ghe.example/api/v3/',
      }),
    ).toMatchObject({
      sink: 'github',
      github: { token: 'ghs_x', apiUrl: 'https://ghe.example/api/v3' },
    });
  });

  it.each([
    [{ tickets: 'trello' }, "input 'tickets'"],
    [{ ...jira, 'jira-url': '' }, "input 'jira-url'"],
    [{ ...jira, 'jira-token': '' }, "input 'jira-token'"],
    [{ ...jira, 'jira-project': 'not a key' }, "input 'jira-project'"],
    [{ ...jira, 'jira-user': '', 'jira-deployment': 'cloud' }, "input 'jira-user'"],
    [{ ...jira, 'jira-deployment': 'onprem' }, "input 'jira-deployment'"],
    [{ ...jira, 'jira-priorities': 'urgent=Highest' }, "input 'jira-priorities'"],
    [{ ...jira, 'ticket-on': 'excepted' }, "input 'ticket-on'"],
    [{ ...jira, 'ticket-limit': '0' }, "input 'ticket-limit'"],
    [{ ...jira, 'ticket-group-by': 'file' }, "input 'ticket-group-by'"],
    [{ ...jira, 'ticket-failure': 'ignore' }, "input 'ticket-failure'"],
    [{ ...jira, 'ticket-timeout-seconds': '-1' }, "input 'ticket-timeout-seconds'"],
    [{ ...jira, 'ticket-assignees': 'no-equals-sign' }, "input 'ticket-assignees'"],
    [{ ...jira, 'ticket-labels': 'has space' }, "input 'ticket-labels'"],
    [{ tickets: 'github' }, "input 'github-token'"],
  ])('rejects %o naming %s', (inputs, field) => {
    expect(() => parseTicketInputs(reader(inputs as Record<string, string>))).toThrow(ConfigError);
    expect(() => parseTicketInputs(reader(inputs as Record<string, string>))).toThrow(field);
  });
});
