import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_LOCKFILE_PARSERS } from '../lockfiles/all-parsers.js';
import { buildInventory } from './build-inventory.js';

function workspaceWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'soc2-inventory-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const packageLock = JSON.stringify({
  name: 'web',
  lockfileVersion: 3,
  packages: {
    '': { name: 'web', dependencies: { 'left-pad': '^1.3.0' } },
    'node_modules/left-pad': { version: '1.3.0', license: 'WTFPL' },
  },
});

describe('dependency inventory', () => {
  it('reads every lockfile in a monorepo and records where each package came from', async () => {
    const workspace = workspaceWith({
      'apps/web/package-lock.json': packageLock,
      'apps/web/package.json': JSON.stringify({ name: 'web', dependencies: { 'left-pad': '^1.3.0' } }),
      'services/api/package-lock.json': packageLock,
      'README.md': '# not a lockfile',
    });
    const { inventory, problems } = await buildInventory(
      workspace,
      ['README.md', 'apps/web/package-lock.json', 'apps/web/package.json', 'services/api/package-lock.json'],
      ALL_LOCKFILE_PARSERS,
    );
    expect(problems).toEqual([]);
    expect(inventory.lockfiles.map((lockfile) => [lockfile.path, lockfile.packages])).toEqual([
      ['apps/web/package-lock.json', 1],
      ['services/api/package-lock.json', 1],
    ]);
    expect(inventory.packages.map((pkg) => [pkg.purl, pkg.source.file])).toEqual([
      ['pkg:npm/left-pad@1.3.0', 'apps/web/package-lock.json'],
      ['pkg:npm/left-pad@1.3.0', 'services/api/package-lock.json'],
    ]);
  });

  it('reports a lockfile it cannot read as a problem naming the file, so the run fails closed', async () => {
    const workspace = workspaceWith({ 'package-lock.json': '{ "lockfileVersion": 3, "packages": ' });
    const { inventory, problems } = await buildInventory(
      workspace,
      ['package-lock.json'],
      ALL_LOCKFILE_PARSERS,
    );
    expect(inventory.packages).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'input-error', path: 'package-lock.json' });
    expect(problems[0].message).toContain('package-lock.json');
  });
});
