import type { DependencyPackage } from '../../../model/index.js';
import { pnpmLockParser } from './pnpm-lock-parser.js';
import { lockfileInput } from './test-input.js';

const find = (packages: DependencyPackage[], purl: string): DependencyPackage => {
  const found = packages.find((p) => p.purl === purl);
  if (!found) throw new Error(`no ${purl} in ${packages.map((p) => p.purl).join(', ')}`);
  return found;
};

const INTEGRITY = `sha512-${'q6ur'.repeat(21)}qw==`;

const V9 = `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true

importers:

  .:
    devDependencies:
      eslint:
        specifier: ^9.0.0
        version: 9.1.0(jiti@2.0.0)

  packages/app:
    dependencies:
      '@acme/lib':
        specifier: workspace:*
        version: link:../lib
      debug:
        specifier: npm:obug@^1.0.2
        version: obug@1.0.2(ms@2.1.3)
      local-fixture:
        specifier: file:fixtures/local
        version: file:fixtures/local

  packages/lib:
    optionalDependencies:
      fsevents:
        specifier: ^2.3.3
        version: 2.3.3

packages:

  '@eslint/js@9.1.0':
    resolution: {integrity: ${INTEGRITY}}

  eslint@9.1.0:
    resolution: {integrity: ${INTEGRITY}}
    peerDependencies:
      jiti: '*'

  fsevents@2.3.3:
    resolution: {integrity: ${INTEGRITY}}
    os: [darwin]

  jiti@2.0.0:
    resolution: {integrity: ${INTEGRITY}}

  local-fixture@file:fixtures/local:
    resolution: {directory: fixtures/local, type: directory}

  ms@2.1.3:
    resolution: {integrity: ${INTEGRITY}}

  obug@1.0.2:
    resolution: {integrity: ${INTEGRITY}}
    peerDependencies:
      ms: '*'

snapshots:

  '@eslint/js@9.1.0': {}

  eslint@9.1.0(jiti@2.0.0):
    dependencies:
      '@eslint/js': 9.1.0
      ms: 2.1.3
    optionalDependencies:
      jiti: 2.0.0

  fsevents@2.3.3:
    optional: true

  jiti@2.0.0: {}

  local-fixture@file:fixtures/local:
    dependencies:
      ms: 2.1.3

  ms@2.1.3: {}

  obug@1.0.2(ms@2.1.3):
    dependencies:
      ms: 2.1.3
`;

describe('pnpmLockParser on lockfile v9', () => {
  const packages = pnpmLockParser.parse(lockfileInput('pnpm-lock.yaml', V9));

  it('lists each package once, peer variants merged, workspace links and local folders left out', () => {
    expect(packages.map((p) => p.purl).sort()).toEqual([
      'pkg:npm/%40eslint/js@9.1.0',
      'pkg:npm/eslint@9.1.0',
      'pkg:npm/fsevents@2.3.3',
      'pkg:npm/jiti@2.0.0',
      'pkg:npm/ms@2.1.3',
      'pkg:npm/obug@1.0.2',
    ]);
  });

  it('derives dev by reachability from every importer, through snapshots', () => {
    expect(find(packages, 'pkg:npm/eslint@9.1.0').dev).toBe(true);
    expect(find(packages, 'pkg:npm/%40eslint/js@9.1.0').dev).toBe(true);
    expect(find(packages, 'pkg:npm/jiti@2.0.0').dev).toBe(true);
    expect(find(packages, 'pkg:npm/obug@1.0.2').dev).toBe(false);
    expect(find(packages, 'pkg:npm/fsevents@2.3.3').dev).toBe(false);
    expect(find(packages, 'pkg:npm/ms@2.1.3').dev).toBe(false); // reached from prod via obug and the local folder
  });

  it('marks what importers declare as direct, resolving aliases to the real package', () => {
    expect(
      packages
        .filter((p) => p.direct)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['eslint', 'fsevents', 'obug']);
  });

  it('records the graph, hashes and the line of each packages key', () => {
    expect(find(packages, 'pkg:npm/eslint@9.1.0').dependsOn).toEqual([
      'pkg:npm/%40eslint/js@9.1.0',
      'pkg:npm/jiti@2.0.0',
      'pkg:npm/ms@2.1.3',
    ]);
    expect(find(packages, 'pkg:npm/ms@2.1.3').hashes).toEqual({ 'SHA-512': 'ab'.repeat(64) });
    expect(find(packages, 'pkg:npm/eslint@9.1.0').source).toEqual({
      file: 'pnpm-lock.yaml',
      line: V9.split('\n').indexOf('  eslint@9.1.0:') + 1,
    });
  });
});

const V6 = `lockfileVersion: '6.0'

dependencies:
  react-dom:
    specifier: ^18.2.0
    version: 18.2.0(react@18.2.0)

devDependencies:
  '@types/react':
    specifier: ^18.2.0
    version: 18.2.0
  string-width-cjs:
    specifier: npm:string-width@^4.2.0
    version: /string-width@4.2.3

packages:

  /@types/react@18.2.0:
    resolution: {integrity: ${INTEGRITY}}
    dev: true

  /loose-envify@1.4.0:
    resolution: {integrity: ${INTEGRITY}}
    dev: false

  /react-dom@18.2.0(react@18.2.0):
    resolution: {integrity: ${INTEGRITY}}
    peerDependencies:
      react: ^18.2.0
    dependencies:
      loose-envify: 1.4.0
      react: 18.2.0
    dev: false

  /react@18.2.0:
    resolution: {integrity: ${INTEGRITY}}
    dependencies:
      loose-envify: 1.4.0

  /string-width@4.2.3:
    resolution: {integrity: ${INTEGRITY}}
    dev: true
`;

describe('pnpmLockParser on lockfile v6', () => {
  const packages = pnpmLockParser.parse(lockfileInput('pnpm-lock.yaml', V6));

  it('reads /name@version keys with peer suffixes stripped and aliases resolved', () => {
    expect(packages.map((p) => p.purl).sort()).toEqual([
      'pkg:npm/%40types/react@18.2.0',
      'pkg:npm/loose-envify@1.4.0',
      'pkg:npm/react-dom@18.2.0',
      'pkg:npm/react@18.2.0',
      'pkg:npm/string-width@4.2.3',
    ]);
    expect(find(packages, 'pkg:npm/react-dom@18.2.0').dependsOn).toEqual([
      'pkg:npm/loose-envify@1.4.0',
      'pkg:npm/react@18.2.0',
    ]);
  });

  it('takes dev from the dev flag (absent means used by both, so prod) and direct from the root', () => {
    expect(find(packages, 'pkg:npm/%40types/react@18.2.0').dev).toBe(true);
    expect(find(packages, 'pkg:npm/react-dom@18.2.0').dev).toBe(false);
    expect(find(packages, 'pkg:npm/react@18.2.0').dev).toBe(false);
    expect(
      packages
        .filter((p) => p.direct)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['@types/react', 'react-dom', 'string-width']);
  });
});

describe('pnpmLockParser on lockfile v5.4 (pnpm 7)', () => {
  const V5 = `lockfileVersion: 5.4

importers:
  .:
    specifiers:
      '@babel/core': ^7.0.0
    dependencies:
      '@babel/core': 7.1.0_debug@4.3.4

packages:

  /@babel/core/7.1.0_debug@4.3.4:
    resolution: {integrity: ${INTEGRITY}}
    dependencies:
      debug: 4.3.4
    dev: false

  /debug/4.3.4:
    resolution: {integrity: ${INTEGRITY}}
    dev: false
`;

  it('reads /name/version_peer keys', () => {
    const packages = pnpmLockParser.parse(lockfileInput('pnpm-lock.yaml', V5));
    expect(packages.map((p) => p.purl).sort()).toEqual([
      'pkg:npm/%40babel/core@7.1.0',
      'pkg:npm/debug@4.3.4',
    ]);
    expect(find(packages, 'pkg:npm/%40babel/core@7.1.0')).toMatchObject({
      direct: true,
      dev: false,
      dependsOn: ['pkg:npm/debug@4.3.4'],
      source: { file: 'pnpm-lock.yaml', line: 12 },
    });
  });
});

describe('pnpmLockParser on malformed input', () => {
  it('names the file and line for broken YAML', () => {
    const broken = "lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: sha512-x\n";
    expect(() => pnpmLockParser.parse(lockfileInput('apps/web/pnpm-lock.yaml', broken))).toThrow(
      /^apps\/web\/pnpm-lock\.yaml:\d+: invalid YAML/,
    );
  });

  it('rejects YAML that is not a pnpm lockfile', () => {
    expect(() => pnpmLockParser.parse(lockfileInput('pnpm-lock.yaml', 'packages: []\n'))).toThrow(
      'pnpm-lock.yaml:1: not a pnpm lockfile: no lockfileVersion',
    );
  });
});
