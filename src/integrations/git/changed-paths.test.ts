import { changedPaths } from './index.js';
import {
  ALICE,
  BOB,
  commitAll,
  git,
  initRepository,
  removeFiles,
  tempDir,
  writeFiles,
} from './test-support/git-fixture.js';

const RENAMED_BODY = Array.from({ length: 20 }, (_, i) => `export const value${i} = ${i};`).join('\n') + '\n';

/**
 * main: base files, then the branch point, then two more commits on main (not part of the PR);
 * feature: adds, modifies, renames and deletes files across three commits.
 */
function repositoryWithPullRequest() {
  const dir = initRepository();
  writeFiles(dir, { 'a.js': 'a\n', 'b.js': 'b\n', 'c.js': RENAMED_BODY, 'd.js': 'd\n' });
  commitAll(dir, 'base', ALICE, '2024-01-01T00:00:00Z');
  for (let i = 0; i < 6; i++) {
    writeFiles(dir, { 'history.txt': `${i}\n` });
    commitAll(dir, `history ${i}`, ALICE, `2024-01-02T00:0${i}:00Z`);
  }
  const branchPoint = git(dir, ['rev-parse', 'HEAD']);
  git(dir, ['checkout', '-q', '-b', 'feature']);
  writeFiles(dir, { 'src/new.js': 'new\n', 'a.js': 'a changed\n' });
  commitAll(dir, 'add and modify', BOB, '2024-02-01T00:00:00Z');
  writeFiles(dir, { 'moved/c.js': RENAMED_BODY });
  removeFiles(dir, ['c.js']);
  commitAll(dir, 'rename', BOB, '2024-02-02T00:00:00Z');
  removeFiles(dir, ['d.js']);
  const head = commitAll(dir, 'delete', BOB, '2024-02-03T00:00:00Z');
  git(dir, ['checkout', '-q', 'main']);
  writeFiles(dir, { 'b.js': 'b changed on main\n', 'main-only.js': 'x\n' });
  commitAll(dir, 'main moves on', ALICE, '2024-02-04T00:00:00Z');
  writeFiles(dir, { 'main-only-2.js': 'y\n' });
  const base = commitAll(dir, 'main moves on again', ALICE, '2024-02-05T00:00:00Z');
  git(dir, ['checkout', '-q', 'feature']);
  return { dir, base, head, branchPoint };
}

const EXPECTED_PATHS = ['a.js', 'moved/c.js', 'src/new.js'];

describe('changedPaths', () => {
  it('lists added, modified and renamed-to paths since the merge base, not deleted ones or base-only changes', async () => {
    const { dir, base, head, branchPoint } = repositoryWithPullRequest();
    const changed = await changedPaths(dir, base, head);
    expect(changed).toEqual({
      ok: true,
      mergeBase: branchPoint,
      paths: new Set(EXPECTED_PATHS),
      renamedFrom: new Map([['moved/c.js', 'c.js']]),
      fetched: [],
    });
  });

  it('fetches the missing base into a shallow clone and deepens it until the merge base is found', async () => {
    const { dir, base, head, branchPoint } = repositoryWithPullRequest();
    const clone = tempDir('shallow');
    git(clone, ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${dir}`, '.']);
    expect(() => git(clone, ['cat-file', '-e', `${base}^{commit}`])).toThrow();

    const changed = await changedPaths(clone, base, head, { initialDepth: 1 });
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(changed.mergeBase).toBe(branchPoint);
    expect([...changed.paths].sort()).toEqual(EXPECTED_PATHS);
    expect(changed.fetched[0]).toBe(`git fetch --no-tags --quiet --depth=1 origin ${base}`);
    expect(changed.fetched.slice(1).every((command) => command.includes('--deepen='))).toBe(true);
    expect(changed.fetched.length).toBeGreaterThan(1);
  });

  it('says why it is not diff-aware when a shallow clone has no remote to fetch the base from', async () => {
    const { dir, base, head } = repositoryWithPullRequest();
    const clone = tempDir('shallow-no-remote');
    git(clone, ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${dir}`, '.']);
    git(clone, ['remote', 'remove', 'origin']);
    const changed = await changedPaths(clone, base, head);
    expect(changed.ok).toBe(false);
    if (changed.ok) return;
    expect(changed.reason).toContain(`the base commit ${base.slice(0, 12)} is not in this shallow clone`);
    expect(changed.reason).toContain("fetching it from 'origin' failed");
  });

  it('gives up after a bounded number of deepening rounds, suggesting full history', async () => {
    const { dir, base, head } = repositoryWithPullRequest();
    const clone = tempDir('shallow-bounded');
    git(clone, ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${dir}`, '.']);
    const changed = await changedPaths(clone, base, head, { initialDepth: 1, deepenRounds: 1 });
    expect(changed).toEqual({
      ok: false,
      reason: expect.stringMatching(/after deepening this shallow clone 2 time\(s\).*fetch-depth: 0/),
    });
  });

  it('refuses unrelated histories, unknown commits, option-like revisions and non-repositories with a reason', async () => {
    const { dir, head } = repositoryWithPullRequest();
    git(dir, ['checkout', '-q', '--orphan', 'unrelated']);
    writeFiles(dir, { 'other.js': 'z\n' });
    const orphan = commitAll(dir, 'orphan', ALICE, '2024-03-01T00:00:00Z');
    expect(await changedPaths(dir, orphan, head)).toEqual({
      ok: false,
      reason: `${orphan.slice(0, 12)} and ${head.slice(0, 12)} have no common ancestor (unrelated histories)`,
    });
    const unknown = 'f'.repeat(40);
    const missing = await changedPaths(dir, unknown, head);
    expect(missing).toEqual({
      ok: false,
      reason: expect.stringContaining(`the base commit ${unknown.slice(0, 12)}`),
    });
    expect(await changedPaths(dir, '--output=/tmp/x', head)).toEqual({
      ok: false,
      reason: "the base commit '--output=/tmp/x' is not a valid revision",
    });
    const plain = tempDir('plain');
    expect(await changedPaths(plain, 'main', 'HEAD')).toEqual({
      ok: false,
      reason: `${plain} is not a git repository (or git is not installed)`,
    });
  });
});
