import { pullRequestFeedbackMode } from './index.js';

function pullRequestPayload(head: string | null, base: string, fork = head !== base) {
  return {
    action: 'synchronize',
    number: 3,
    pull_request: {
      number: 3,
      head: { ref: 'feature', sha: 'a'.repeat(40), repo: head === null ? null : { full_name: head, fork } },
      base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: base, fork: false } },
    },
  };
}

describe('pullRequestFeedbackMode', () => {
  it('comments on a pull request from a branch of the same repository', () => {
    expect(
      pullRequestFeedbackMode(pullRequestPayload('acme/shop', 'acme/shop'), 'pull_request', 'octocat'),
    ).toEqual({
      mode: 'comment',
      reason: null,
    });
  });

  it('is read-only for a pull request from a fork, and says why', () => {
    const result = pullRequestFeedbackMode(
      pullRequestPayload('mallory/shop', 'acme/shop'),
      'pull_request',
      'mallory',
    );
    expect(result.mode).toBe('read-only');
    expect(result.reason).toMatch(
      /forks \(mallory\/shop\).*read-only token.*gate and the evidence are unaffected/,
    );
  });

  it('is read-only when the fork was deleted (head.repo is null)', () => {
    expect(
      pullRequestFeedbackMode(pullRequestPayload(null, 'acme/shop'), 'pull_request', 'mallory').mode,
    ).toBe('read-only');
  });

  it('comments on a pull request inside a fork repository (head and base are both the fork)', () => {
    const inFork = pullRequestPayload('mallory/shop', 'mallory/shop', true);
    expect(pullRequestFeedbackMode(inFork, 'pull_request', 'mallory').mode).toBe('comment');
  });

  it('comments on pull_request_target, which runs with the base repository’s token', () => {
    expect(
      pullRequestFeedbackMode(
        pullRequestPayload('mallory/shop', 'acme/shop'),
        'pull_request_target',
        'mallory',
      ).mode,
    ).toBe('comment');
  });

  it('is read-only for Dependabot runs, and says why', () => {
    const result = pullRequestFeedbackMode(
      pullRequestPayload('acme/shop', 'acme/shop'),
      'pull_request',
      'dependabot[bot]',
    );
    expect(result).toEqual({
      mode: 'read-only',
      reason: expect.stringMatching(/Dependabot.*read-only token/),
    });
  });

  it('comments when someone re-runs the check with an issue_comment on a pull request', () => {
    const payload = {
      action: 'created',
      issue: { number: 3, pull_request: { url: 'https://api.github.com/x' } },
    };
    expect(pullRequestFeedbackMode(payload, 'issue_comment', 'mona').mode).toBe('comment');
  });

  it('has nothing to comment on for a push', () => {
    const result = pullRequestFeedbackMode({ ref: 'refs/heads/main' }, 'push', 'octocat');
    expect(result).toEqual({ mode: 'read-only', reason: expect.stringMatching(/not for a pull request/) });
    expect(pullRequestFeedbackMode(null, null, null).mode).toBe('read-only');
  });
});
