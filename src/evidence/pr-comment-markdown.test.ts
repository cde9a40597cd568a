import { DECISION_ACTIONS, type Decision, type DecisionAction } from '../model/index.js';
import {
  GITHUB_COMMENT_MAX_CHARS,
  renderPullRequestComment,
  type PullRequestCommentOptions,
} from './pr-comment-markdown.js';
import type { RunRecord } from './run-record.js';
import { makeFinding, makeRunRecord } from './test-support/run-record-fixture.js';

const MARKER = '<!-- soc2-scan:pr-comment -->';
const OPTIONS: PullRequestCommentOptions = {
  marker: MARKER,
  overrideLabel: 'soc2-override',
  artifactName: 'soc2-evidence-99-1',
  artifactUrl: 'https://github.com/acme/shop/actions/runs/99/artifacts/7',
  runUrl: 'https://github.com/acme/shop/actions/runs/99',
};

/** A pull-request run record whose decisions are exactly `decisions`, with the outcome counted from them. */
function pullRequestRecord(decisions: Decision[], result?: RunRecord['outcome']['result']): RunRecord {
  const record = makeRunRecord();
  const countsByDecision = Object.fromEntries(DECISION_ACTIONS.map((action) => [action, 0])) as Record<
    DecisionAction,
    number
  >;
  for (const decision of decisions) countsByDecision[decision.action] += 1;
  const blockingCount = countsByDecision.block;
  return {
    ...record,
    context: { ...record.context, eventName: 'pull_request', pullRequestNumber: 12 },
    decisions,
    outcome: {
      ...record.outcome,
      result: result ?? (blockingCount > 0 ? 'blocked' : 'passed'),
      blockingCount,
      findingsCount: decisions.length,
      countsByDecision,
    },
  };
}

function decision(index: number, action: DecisionAction, lifecycle: Decision['lifecycle'] = 'new'): Decision {
  return { finding: makeFinding(index, 'high'), action, reason: 'fail-on', by: 'policy', lifecycle };
}

describe('renderPullRequestComment', () => {
  it('starts with the marker and lists new blocking findings linked to the file at the commit', () => {
    const record = pullRequestRecord([
      decision(0, 'block', 'existing'),
      decision(1, 'block'),
      decision(2, 'comment'),
      decision(3, 'suppressed', 'existing'),
    ]);

    const text = renderPullRequestComment(record, OPTIONS);

    expect(text.split('\n')[0]).toBe(MARKER);
    expect(text).toMatch(/^### :no_entry: soc2-scan: blocked$/m);
    expect(text).toContain(
      '**2 blocking finding(s)** (1 new) on commit `bbbbbbbbbbbb` block this pull request (fail-on: critical, high).',
    );
    const rows = text.split('\n').filter((line) => line.startsWith('| new') || line.startsWith('| existing'));
    // New first: that is what this pull request brings.
    expect(rows).toEqual([
      '| new | `rule-high` | high | [`src/file-1.js:2`](https://github.com/acme/shop/blob/' +
        `${'b'.repeat(40)}/src/file-1.js#L2) | Problem 1 \\| with a pipe. And a second line. |`,
      '| existing | `rule-high` | high | [`src/file-0.js:1`](https://github.com/acme/shop/blob/' +
        `${'b'.repeat(40)}/src/file-0.js#L1) | Problem 0 \\| with a pipe. And a second line. |`,
    ]);
    expect(text).toContain(
      'All findings: 2 existing (already on the base branch), 1 comment, 0 monitor, 1 suppressed, 0 excepted, 0 fixed since the previous run.',
    );
    expect(text).toContain(
      '[`soc2-evidence-99-1`](https://github.com/acme/shop/actions/runs/99/artifacts/7)',
    );
    expect(text).toContain('[workflow run 99](https://github.com/acme/shop/actions/runs/99)');
  });

  it('says how to fix or override, without itself being an override request', () => {
    const text = renderPullRequestComment(pullRequestRecord([decision(0, 'block')]), {
      ...OPTIONS,
      overrideTeam: 'acme/security',
    });

    expect(text).toContain('`/soc2-scan override <reason>`');
    expect(text).toContain(
      'someone with admin or maintain permission or a member of the team `acme/security`',
    );
    expect(text).toContain('(not the pull request’s author)');
    expect(text).toContain('adds the label `soc2-override`');
    expect(text).toContain('`soc2-scan-ignore: <rule-id> -- <reason>`');
    // The collector reads lines that start with the command; none of ours do.
    expect(text.split('\n').some((line) => /^\s{0,3}\/soc2-scan/.test(line))).toBe(false);
  });

  it('never shows a secret’s value: secrets findings show rule, location and message only', () => {
    const secret = makeFinding(0, 'critical');
    const value = 'AKIAZ7Q4EXAMPLEVALUE42';
    const record = pullRequestRecord([
      {
        finding: {
          ...secret,
          category: 'secrets',
          ruleId: 'aws-access-key',
          message: 'AWS access key id',
          snippet: value,
        },
        action: 'block',
        reason: 'secrets always block',
        by: 'policy',
        lifecycle: 'new',
      },
    ]);

    const text = renderPullRequestComment(record, OPTIONS);

    expect(text).toContain('`aws-access-key`');
    expect(text).toContain('AWS access key id');
    expect(text).not.toContain(value);
    expect(text).not.toContain('AKIA');
  });

  it('stays under GitHub’s 65,536 characters, pointing to the evidence for the rows it leaves out', () => {
    const decisions = Array.from({ length: 3000 }, (_, index) => decision(index, 'block'));
    const text = renderPullRequestComment(pullRequestRecord(decisions), OPTIONS);

    expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_CHARS);
    const shown = text.split('\n').filter((line) => line.startsWith('| new')).length;
    expect(shown).toBeGreaterThan(100);
    expect(text).toContain(
      `_${3000 - shown} more in the evidence artifact \`soc2-evidence-99-1\` (\`findings.json\`)._`,
    );
    // The parts after the table survive the cut.
    expect(text).toContain('**How to proceed**');
    expect(text).toContain('[workflow run 99]');
  });

  it('honours a smaller limit too, and cuts hard when even the fixed parts do not fit', () => {
    const decisions = Array.from({ length: 50 }, (_, index) => decision(index, 'block'));
    const small = renderPullRequestComment(pullRequestRecord(decisions), { ...OPTIONS, maxChars: 3000 });
    expect(small.length).toBeLessThanOrEqual(3000);
    expect(small).toMatch(/_\d+ more in the evidence artifact/);

    const tiny = renderPullRequestComment(pullRequestRecord(decisions), { ...OPTIONS, maxChars: 400 });
    expect(tiny.length).toBeLessThanOrEqual(400);
    expect(tiny.startsWith(MARKER)).toBe(true);
    expect(tiny).toMatch(/more in the evidence artifact/);
  });

  it('names who overrode, how and why, and who was refused, from the policy report, with their words made inert', () => {
    const record = pullRequestRecord([decision(0, 'overridden')], 'overridden');
    const mona = { login: 'mona', id: 1001, type: 'user' as const };
    const pat = { login: 'pat', id: 1003, type: 'user' as const };
    const reason = 'ok per @security-lead <img src=x> | -->';
    record.outcome.overriddenBy = [mona];
    record.policyReport = {
      suppressionProblems: [],
      exceptionStatus: [],
      exceptionsExpiringSoon: [],
      overrideAttempts: [
        {
          attempt: {
            via: 'comment',
            actor: pat,
            at: '2026-01-02T03:00:00Z',
            reason: 'mine',
            permission: 'write',
            inTeam: null,
            sourceId: '1',
          },
          accepted: false,
          outcome: 'refused',
          refusedBecause: 'the author cannot override their own pull request',
          covered: [],
        },
        {
          attempt: {
            via: 'comment',
            actor: mona,
            at: '2026-01-02T03:04:05Z',
            reason,
            permission: 'maintain',
            inTeam: null,
            sourceId: '2',
          },
          accepted: true,
          outcome: 'applied',
          refusedBecause: null,
          covered: [record.decisions[0].finding.fingerprint],
        },
      ],
      appliedOverride: {
        actor: mona,
        via: 'comment',
        at: '2026-01-02T03:04:05Z',
        reason,
        sourceId: '2',
        covered: [record.decisions[0].finding.fingerprint],
      },
    };

    const text = renderPullRequestComment(record, OPTIONS);

    expect(text).toMatch(/^### :warning: soc2-scan: overridden$/m);
    expect(text).toContain(
      '- `mona` (id 1001) with a comment at 2026-01-02T03:04:05Z: ok per &#64;security-lead &lt;img src=x&gt; \\| --&gt;',
    );
    expect(text).toContain('- `pat` (id 1003): the author cannot override their own pull request');
    expect(text).not.toContain('**How to proceed**');
    // Only the marker may close an HTML comment.
    expect(text.split('-->')).toHaveLength(2);
  });

  it('falls back to the outcome’s overriders when no details are given', () => {
    const record = pullRequestRecord([decision(0, 'overridden')], 'overridden');
    record.outcome.overriddenBy = [{ login: 'ada', id: null, type: 'user' }];
    expect(renderPullRequestComment(record, OPTIONS)).toContain('- `ada`\n');
  });

  it('says a passed run has no blocking findings, and a failed one fails closed', () => {
    const passed = renderPullRequestComment(pullRequestRecord([decision(0, 'comment')]), OPTIONS);
    expect(passed).toMatch(/^### :white_check_mark: soc2-scan: passed$/m);
    expect(passed).toContain('No blocking findings on commit `bbbbbbbbbbbb` (fail-on: critical, high).');
    expect(passed).not.toContain('| status |');

    const failed = renderPullRequestComment(makeRunRecord({ failed: true }), OPTIONS);
    expect(failed).toMatch(/^### :x: soc2-scan: failed$/m);
    expect(failed).toContain('fails closed');
    expect(failed).toContain('disk on fire');
  });

  it('keeps odd file names from breaking the table or the link, and links nothing without a commit', () => {
    const odd = decision(0, 'block');
    odd.finding = {
      ...odd.finding,
      location: { ...odd.finding.location, path: 'src/my file (1)|`x`.js', startLine: 9 },
    };
    const record = pullRequestRecord([odd]);

    const text = renderPullRequestComment(record, OPTIONS);
    const row = text.split('\n').find((line) => line.startsWith('| new'))!;
    expect(row).toContain('[``src/my file (1)\\|`x`.js:9``](');
    expect(row).toContain('/src/my%20file%20%281%29%7C%60x%60.js#L9)');

    const noCommit = { ...record, context: { ...record.context, sha: null } };
    const plainRow = renderPullRequestComment(noCommit, OPTIONS)
      .split('\n')
      .find((line) => line.startsWith('| new'))!;
    expect(plainRow).not.toContain('](');
  });

  it('says whether the run was compared with the base branch', () => {
    const record = pullRequestRecord([]);
    const baseline = {
      baseCommit: 'c'.repeat(40),
      mergeBase: null,
      changedFiles: 2,
      baseFindings: 1,
      fetched: [],
    };
    record.baseline = { ...baseline, diffAware: true, reason: null };
    expect(renderPullRequestComment(record, OPTIONS)).toContain(
      'Compared with the base commit `cccccccccccc`: findings already there do not block.',
    );
    record.baseline = { ...baseline, diffAware: false, reason: 'the base commit could not be fetched' };
    expect(renderPullRequestComment(record, OPTIONS)).toContain(
      'Not compared with the base branch: the base commit could not be fetched.',
    );
  });

  it('names the scanned paths so two targets’ comments can be told apart', () => {
    const record = pullRequestRecord([]);
    record.settings = { ...record.settings, paths: ['services/api'] };
    expect(renderPullRequestComment(record, OPTIONS)).toContain('Scanned paths: `services/api`.');
  });
});
