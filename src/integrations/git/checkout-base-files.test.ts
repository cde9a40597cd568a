import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { checkoutBaseFiles } from './index.js';
import {
  ALICE,
  BOB,
  commitAll,
  git,
  initRepository,
  tempDir,
  writeFiles,
} from './test-support/git-fixture.js';

const BINARY = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x0a, 0x00, 0x10, 0x0a,
]);

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('checkoutBaseFiles', () => {
  it('writes the base version of each existing path, byte for byte, binary included, under its relative path', async () => {
    const dir = initRepository();
    writeFiles(dir, {
      'src/app.js': 'eval(base);\n',
      'assets/logo.png': BINARY,
      'weird name [1]*.js': 'glob characters\n',
      'unchanged.js': 'not asked for\n',
    });
    symlinkSync('src/app.js', path.join(dir, 'link.js'));
    const base = commitAll(dir, 'base', ALICE, '2024-01-01T00:00:00Z');
    writeFiles(dir, {
      'src/app.js': 'eval(head);\n',
      'assets/logo.png': Buffer.from('changed'),
      'added.js': 'new\n',
    });
    commitAll(dir, 'head', BOB, '2024-01-02T00:00:00Z');

    const into = tempDir('base');
    const result = await checkoutBaseFiles(
      dir,
      base,
      ['src/app.js', 'assets/logo.png', 'added.js', 'weird name [1]*.js', 'link.js', 'src'],
      into,
    );
    expect(result.written).toEqual(['assets/logo.png', 'src/app.js', 'weird name [1]*.js']);
    expect(listFiles(into)).toEqual(result.written);
    expect(readFileSync(path.join(into, 'src/app.js'), 'utf8')).toBe('eval(base);\n');
    expect(readFileSync(path.join(into, 'assets/logo.png')).equals(BINARY)).toBe(true);
    expect(readFileSync(path.join(into, 'weird name [1]*.js'), 'utf8')).toBe('glob characters\n');
  });

  it('writes a renamed file’s old content under its new name, so its findings keep their identity', async () => {
    const dir = initRepository();
    writeFiles(dir, { 'old/place.js': 'eval(x);\n' });
    const base = commitAll(dir, 'base', ALICE, '2024-01-01T00:00:00Z');
    git(dir, ['mv', 'old', 'new']);
    commitAll(dir, 'rename', BOB, '2024-01-02T00:00:00Z');
    const into = tempDir('base-renamed');
    const result = await checkoutBaseFiles(dir, base, ['new/place.js'], into, {
      renamedFrom: new Map([['new/place.js', 'old/place.js']]),
    });
    expect(result.written).toEqual(['new/place.js']);
    expect(readFileSync(path.join(into, 'new/place.js'), 'utf8')).toBe('eval(x);\n');
  });

  it('never writes outside the target directory', async () => {
    const dir = initRepository();
    writeFiles(dir, { 'a.js': 'a\n' });
    const base = commitAll(dir, 'base', ALICE, '2024-01-01T00:00:00Z');
    const into = tempDir('base-escape');
    const result = await checkoutBaseFiles(
      dir,
      base,
      ['../a.js', '/etc/passwd', 'x/../../a.js', 'a.js'],
      into,
    );
    expect(result.written).toEqual(['a.js']);
  });

  it('rejects a commit name that git would read as an option', async () => {
    const dir = initRepository();
    await expect(checkoutBaseFiles(dir, '--output=x', ['a.js'], tempDir('opt'))).rejects.toThrow(
      "'--output=x' is not a valid commit name",
    );
  });
});
