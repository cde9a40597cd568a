import { utimesSync } from 'node:fs';
import { blameLines } from './index.js';
import {
  ALICE,
  BOB,
  commitAll,
  git,
  initRepository,
  tempDir,
  writeFiles,
} from './test-support/git-fixture.js';

describe('blameLines', () => {
  function repositoryWithTwoAuthors() {
    const dir = initRepository();
    writeFiles(dir, { 'src/app.js': 'const a = 1;\nconst b = 2;\nconst c = 3;\n' });
    const first = commitAll(dir, 'first', ALICE, '2024-01-02T10:00:00Z');
    writeFiles(dir, {
      'src/app.js': 'const a = 1;\nconst b = 20; // soc2-scan-ignore: x -- why\nconst c = 3;\n',
    });
    const second = commitAll(dir, 'second', BOB, '2024-03-04T05:06:07Z');
    return { dir, first, second };
  }

  it('names the commit, author and author date of committed lines, in one call for several lines', async () => {
    const { dir, first, second } = repositoryWithTwoAuthors();
    const authors = await blameLines(dir, 'src/app.js', [3, 1, 2, 2]);
    expect([...authors.keys()].sort()).toEqual([1, 2, 3]);
    expect(authors.get(1)).toEqual({
      commit: first,
      authorName: 'Alice Example',
      authorEmail: 'alice@example.com',
      authoredAt: '2024-01-02T10:00:00.000Z',
      uncommitted: false,
    });
    expect(authors.get(2)).toEqual({
      commit: second,
      authorName: 'Bob Example',
      authorEmail: 'bob@example.com',
      authoredAt: '2024-03-04T05:06:07.000Z',
      uncommitted: false,
    });
    expect(authors.get(3)?.authorName).toBe('Alice Example');
  });

  it('attributes lines changed in the working tree to the configured user, as uncommitted', async () => {
    const { dir } = repositoryWithTwoAuthors();
    git(dir, ['config', 'user.name', 'Carol Local']);
    git(dir, ['config', 'user.email', 'carol@example.com']);
    writeFiles(dir, {
      'src/app.js': 'const a = 1;\nconst b = 20; // soc2-scan-ignore: x -- why\nconst c = 3;\neval(x);\n',
    });
    utimesSync(`${dir}/src/app.js`, new Date('2024-05-06T07:08:09Z'), new Date('2024-05-06T07:08:09Z'));
    const authors = await blameLines(dir, 'src/app.js', [2, 4]);
    expect(authors.get(2)?.authorName).toBe('Bob Example');
    expect(authors.get(4)).toEqual({
      commit: '0000000000000000000000000000000000000000',
      authorName: 'Carol Local',
      authorEmail: 'carol@example.com',
      authoredAt: '2024-05-06T07:08:09.000Z',
      uncommitted: true,
    });
  });

  it('treats every line of an untracked file as uncommitted', async () => {
    const { dir } = repositoryWithTwoAuthors();
    git(dir, ['config', 'user.name', 'Carol Local']);
    writeFiles(dir, { 'new.js': 'one\ntwo' });
    const authors = await blameLines(dir, 'new.js', [1, 2]);
    expect([...authors.values()].map((a) => [a.uncommitted, a.authorName])).toEqual([
      [true, 'Carol Local'],
      [true, 'Carol Local'],
    ]);
  });

  describe('without any git identity configured', () => {
    const saved = { global: process.env.GIT_CONFIG_GLOBAL, system: process.env.GIT_CONFIG_NOSYSTEM };
    beforeEach(() => {
      process.env.GIT_CONFIG_GLOBAL = '/dev/null';
      process.env.GIT_CONFIG_NOSYSTEM = '1';
    });
    afterEach(() => {
      for (const [key, value] of [
        ['GIT_CONFIG_GLOBAL', saved.global],
        ['GIT_CONFIG_NOSYSTEM', saved.system],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    });

    it("says 'unknown' for the author of uncommitted lines", async () => {
      const { dir } = repositoryWithTwoAuthors();
      writeFiles(dir, { 'src/app.js': 'changed\n' });
      const authors = await blameLines(dir, 'src/app.js', [1]);
      expect(authors.get(1)).toMatchObject({
        uncommitted: true,
        authorName: 'unknown',
        authorEmail: 'unknown',
      });
    });
  });

  it('leaves out lines past the end of the file instead of failing the others', async () => {
    const { dir } = repositoryWithTwoAuthors();
    const authors = await blameLines(dir, 'src/app.js', [2, 99]);
    expect([...authors.keys()]).toEqual([2]);
  });

  it('returns an empty map outside a repository, for a missing file, and never throws', async () => {
    const plain = tempDir('plain');
    writeFiles(plain, { 'a.js': 'x\n' });
    expect((await blameLines(plain, 'a.js', [1])).size).toBe(0);
    const { dir } = repositoryWithTwoAuthors();
    expect((await blameLines(dir, 'missing.js', [1])).size).toBe(0);
    expect((await blameLines('/nonexistent/soc2-scan', 'a.js', [1])).size).toBe(0);
  });

  it('marks attributions that stop at the edge of a shallow clone', async () => {
    const { dir, second } = repositoryWithTwoAuthors();
    const clone = tempDir('shallow');
    git(clone, ['clone', '-q', '--depth', '1', `file://${dir}`, '.']);
    const authors = await blameLines(clone, 'src/app.js', [1]);
    // In the clone the whole file seems to come from the only commit it has: say so.
    expect(authors.get(1)).toMatchObject({
      commit: second,
      authorName: 'Bob Example',
      shallowBoundary: true,
    });
  });
});
