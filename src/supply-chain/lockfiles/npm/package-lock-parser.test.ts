import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError } from '../lockfile-parser.js';
import { packageLockParser } from './package-lock-parser.js';
import { lockfileInput } from './test-input.js';

const SHA512_AB = 'sha512-' + 'q6ur'.repeat(21) + 'qw==';
const HEX_AB = 'ab'.repeat(64);

const byName = (packages: DependencyPackage[], name: string, version?: string): DependencyPackage => {
  const found = packages.find((p) => p.name === name && (version === undefined || p.version === version));
  if (!found) throw new Error(`no ${name}@${version ?? '*'} in ${packages.map((p) => p.purl).join(', ')}`);
  return found;
};

const V3 = `{
  "name": "shop",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "shop",
      "workspaces": ["packages/*"],
      "dependencies": { "express": "^4.18.0", "@types/node": "^20.0.0" },
      "devDependencies": { "jest": "^29.0.0" },
      "optionalDependencies": { "fsevents": "^2.3.0" }
    },
    "node_modules/@types/node": {
      "version": "20.11.5",
      "resolved": "https://registry.npmjs.org/@types/node/-/node-20.11.5.tgz",
      "integrity": "${SHA512_AB}",
      "license": "MIT"
    },
    "node_modules/express": {
      "version": "4.18.2",
      "integrity": "sha1-qvKHhUAF/5ul6oydxA/4T1SZi+M=",
      "license": "MIT",
      "dependencies": { "debug": "2.6.9", "ms": "2.0.0" }
    },
    "node_modules/express/node_modules/debug": {
      "version": "2.6.9",
      "dependencies": { "ms": "2.0.0" }
    },
    "node_modules/debug": {
      "version": "4.3.4",
      "dev": true,
      "dependencies": { "ms": "2.1.2" }
    },
    "node_modules/ms": { "version": "2.0.0" },
    "node_modules/debug/node_modules/ms": { "version": "2.1.2", "dev": true },
    "node_modules/jest": { "version": "29.7.0", "dev": true, "dependencies": { "debug": "^4.3.4" } },
    "node_modules/fsevents": { "version": "2.3.3", "optional": true },
    "node_modules/lodash-es": { "version": "4.17.21", "devOptional": true },
    "node_modules/string-width-cjs": { "name": "string-width", "version": "4.2.3", "dev": true },
    "node_modules/@shop/api": { "resolved": "packages/api", "link": true },
    "packages/api": {
      "name": "@shop/api",
      "version": "0.1.0",
      "dependencies": { "zod": "^3.22.0", "ms": "^2.0.0" }
    },
    "packages/api/node_modules/zod": { "version": "3.22.4", "license": "MIT" }
  }
}
`;

describe('packageLockParser', () => {
  it('claims package-lock.json and npm-shrinkwrap.json only', () => {
    expect(packageLockParser.matches('package-lock.json')).toBe(true);
    expect(packageLockParser.matches('npm-shrinkwrap.json')).toBe(true);
    expect(packageLockParser.matches('yarn.lock')).toBe(false);
  });

  describe('lockfileVersion 3', () => {
    const packages = packageLockParser.parse(lockfileInput('apps/shop/package-lock.json', V3));

    it('lists each installed name@version once, skipping the root, workspace folders and links', () => {
      expect(packages.map((p) => `${p.name}@${p.version}`).sort()).toEqual([
        '@types/node@20.11.5',
        'debug@2.6.9',
        'debug@4.3.4',
        'express@4.18.2',
        'fsevents@2.3.3',
        'jest@29.7.0',
        'lodash-es@4.17.21',
        'ms@2.0.0',
        'ms@2.1.2',
        'string-width@4.2.3',
        'zod@3.22.4',
      ]);
    });

    it('builds purls with the scope as namespace', () => {
      expect(byName(packages, '@types/node').purl).toBe('pkg:npm/%40types/node@20.11.5');
    });

    it('uses the real name of an aliased install', () => {
      expect(byName(packages, 'string-width').purl).toBe('pkg:npm/string-width@4.2.3');
    });

    it('marks direct dependencies of the root and of workspace members', () => {
      const direct = packages.filter((p) => p.direct).map((p) => `${p.name}@${p.version}`);
      expect(direct.sort()).toEqual([
        '@types/node@20.11.5',
        'express@4.18.2',
        'fsevents@2.3.3',
        'jest@29.7.0',
        'ms@2.0.0',
        'zod@3.22.4',
      ]);
    });

    it('takes dev from the dev flag; devOptional and optional packages are prod', () => {
      expect(byName(packages, 'jest').dev).toBe(true);
      expect(byName(packages, 'ms', '2.1.2').dev).toBe(true);
      expect(byName(packages, 'express').dev).toBe(false);
      expect(byName(packages, 'fsevents').dev).toBe(false);
      expect(byName(packages, 'lodash-es').dev).toBe(false);
    });

    it('turns integrity into hex hashes and keeps recorded licences', () => {
      expect(byName(packages, '@types/node').hashes).toEqual({ 'SHA-512': HEX_AB });
      expect(byName(packages, 'express').hashes).toEqual({
        'SHA-1': 'aaf287854005ff9ba5ea8c9dc40ff84f54998be3',
      });
      expect(byName(packages, '@types/node').license).toBe('MIT');
      expect(byName(packages, 'ms', '2.0.0').license).toBeNull();
    });

    it('resolves dependsOn with node_modules rules: nested copies shadow hoisted ones', () => {
      expect(byName(packages, 'express').dependsOn).toEqual(['pkg:npm/debug@2.6.9', 'pkg:npm/ms@2.0.0']);
      expect(byName(packages, 'debug', '2.6.9').dependsOn).toEqual(['pkg:npm/ms@2.0.0']);
      expect(byName(packages, 'debug', '4.3.4').dependsOn).toEqual(['pkg:npm/ms@2.1.2']);
    });

    it('records the lockfile path and the line of each package key', () => {
      expect(byName(packages, '@types/node').source).toEqual({
        file: 'apps/shop/package-lock.json',
        line: 14,
      });
      expect(byName(packages, 'zod').source.line).toBe(
        V3.split('\n').findIndex((l) => l.includes('"packages/api/node_modules/zod"')) + 1,
      );
    });
  });

  it('reads v2 from its packages section, ignoring the legacy dependencies copy', () => {
    const v2 = JSON.stringify({
      lockfileVersion: 2,
      packages: { '': { dependencies: { a: '1' } }, 'node_modules/a': { version: '1.0.0' } },
      dependencies: { a: { version: '1.0.0' }, stale: { version: '9.9.9' } },
    });
    const packages = packageLockParser.parse(lockfileInput('package-lock.json', v2));
    expect(packages.map((p) => p.purl)).toEqual(['pkg:npm/a@1.0.0']);
    expect(packages[0].direct).toBe(true);
  });

  describe('lockfileVersion 1', () => {
    const V1 = `{
  "name": "legacy",
  "lockfileVersion": 1,
  "dependencies": {
    "@babel/core": {
      "version": "7.1.0",
      "integrity": "${SHA512_AB}",
      "dev": true,
      "requires": { "debug": "^3.0.0", "ms": "^2.1.0" },
      "dependencies": {
        "debug": { "version": "3.2.7", "dev": true, "requires": { "ms": "^2.1.1" } }
      }
    },
    "debug": { "version": "4.1.1", "requires": { "ms": "^2.1.1" } },
    "ms": { "version": "2.1.2" },
    "wrap-ansi-cjs": { "version": "npm:wrap-ansi@7.0.0" },
    "local-lib": { "version": "file:../local-lib" }
  }
}
`;
    const packageJson = JSON.stringify({
      dependencies: { debug: '^4' },
      devDependencies: { '@babel/core': '^7' },
    });

    it('walks the nested tree, resolving requires through the nearest enclosing level', () => {
      const packages = packageLockParser.parse(
        lockfileInput('npm-shrinkwrap.json', V1, { 'package.json': packageJson }),
      );
      expect(packages.map((p) => p.purl).sort()).toEqual([
        'pkg:npm/%40babel/core@7.1.0',
        'pkg:npm/debug@3.2.7',
        'pkg:npm/debug@4.1.1',
        'pkg:npm/ms@2.1.2',
        'pkg:npm/wrap-ansi@7.0.0',
      ]);
      expect(byName(packages, '@babel/core').dependsOn).toEqual(['pkg:npm/debug@3.2.7', 'pkg:npm/ms@2.1.2']);
      expect(byName(packages, '@babel/core').hashes).toEqual({ 'SHA-512': HEX_AB });
      expect(byName(packages, 'debug', '3.2.7').source.line).toBe(11);
      expect(byName(packages, '@babel/core').dev).toBe(true);
      expect(byName(packages, 'ms').dev).toBe(false);
    });

    it('takes direct from package.json, and cannot say without it', () => {
      const withManifest = packageLockParser.parse(
        lockfileInput('package-lock.json', V1, { 'package.json': packageJson }),
      );
      expect(
        withManifest
          .filter((p) => p.direct)
          .map((p) => p.purl)
          .sort(),
      ).toEqual(['pkg:npm/%40babel/core@7.1.0', 'pkg:npm/debug@4.1.1']);
      const without = packageLockParser.parse(lockfileInput('package-lock.json', V1));
      expect(without.every((p) => p.direct === null)).toBe(true);
    });
  });

  it('fails with a LockfileError naming the file and line for malformed JSON', () => {
    const broken =
      '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": { "version": }\n  }\n}\n';
    const attempt = () => packageLockParser.parse(lockfileInput('web/package-lock.json', broken));
    expect(attempt).toThrow(LockfileError);
    expect(attempt).toThrow(/^web\/package-lock\.json:4: invalid JSON/);
  });

  it('rejects JSON that is not a package-lock', () => {
    expect(() => packageLockParser.parse(lockfileInput('package-lock.json', '[1, 2]'))).toThrow(
      'package-lock.json:1: expected a JSON object at the top level',
    );
    expect(() => packageLockParser.parse(lockfileInput('package-lock.json', '{"name": "x"}'))).toThrow(
      LockfileError,
    );
  });
});
