import { LockfileError } from '../lockfile-parser.js';
import { lockfileInput } from '../npm/test-input.js';
import { composerLockParser } from './composer-lock-parser.js';

const SHA1 = 'a'.repeat(40);
const LOCK = `{
    "content-hash": "x",
    "packages": [
        {
            "name": "symfony/console",
            "version": "v7.1.4",
            "dist": {"type": "zip", "url": "https://example/console.zip", "shasum": ""},
            "require": {"php": ">=8.2", "psr/log": "^3", "ext-mbstring": "*"},
            "license": ["MIT"]
        },
        {
            "name": "psr/log",
            "version": "3.0.1",
            "dist": {"type": "zip", "url": "https://example/log.zip", "shasum": "${SHA1}"},
            "license": ["LGPL-2.1-only", "GPL-3.0-or-later"]
        }
    ],
    "packages-dev": [
        {
            "name": "phpunit/phpunit",
            "version": "11.3.1",
            "require": {"psr/log": "^3"}
        }
    ]
}
`;

const COMPOSER_JSON =
  '{"require": {"php": ">=8.2", "symfony/console": "^7.1"}, "require-dev": {"PHPUnit/PHPUnit": "^11"}}';

describe('composerLockParser', () => {
  it('reads packages as prod and packages-dev as dev, keeping the v of the version', () => {
    const packages = composerLockParser.parse(lockfileInput('composer.lock', LOCK));
    expect(packages.map((p) => [p.purl, p.dev, p.source.line])).toEqual([
      ['pkg:composer/symfony/console@v7.1.4', false, 5],
      ['pkg:composer/psr/log@3.0.1', false, 12],
      ['pkg:composer/phpunit/phpunit@11.3.1', true, 20],
    ]);
  });

  it('turns the licence array into an OR expression and keeps a non-empty dist shasum', () => {
    const [console, log, phpunit] = composerLockParser.parse(lockfileInput('composer.lock', LOCK));
    expect(console.license).toBe('MIT');
    expect(log.license).toBe('LGPL-2.1-only OR GPL-3.0-or-later');
    expect(phpunit.license).toBeNull();
    expect(console.hashes).toEqual({});
    expect(log.hashes).toEqual({ 'SHA-1': SHA1 });
  });

  it('records edges to locked packages only (not php or extensions)', () => {
    const [console] = composerLockParser.parse(lockfileInput('composer.lock', LOCK));
    expect(console.dependsOn).toEqual(['pkg:composer/psr/log@3.0.1']);
  });

  it('takes direct from composer.json require and require-dev, ignoring case', () => {
    const packages = composerLockParser.parse(
      lockfileInput('composer.lock', LOCK, { 'composer.json': COMPOSER_JSON }),
    );
    expect(packages.map((p) => [p.name, p.direct])).toEqual([
      ['symfony/console', true],
      ['psr/log', false],
      ['phpunit/phpunit', true],
    ]);
    expect(composerLockParser.parse(lockfileInput('composer.lock', LOCK))[0].direct).toBeNull();
  });

  it('names the file and line of invalid JSON, and of a broken composer.json beside it', () => {
    expect(() => composerLockParser.parse(lockfileInput('app/composer.lock', '{\n"packages": [\n}'))).toThrow(
      /^app\/composer\.lock:3: invalid JSON/,
    );
    expect(() =>
      composerLockParser.parse(
        lockfileInput('app/composer.lock', LOCK, { 'composer.json': '{\n  "require": \n' }),
      ),
    ).toThrow(LockfileError);
    expect(() =>
      composerLockParser.parse(
        lockfileInput('app/composer.lock', LOCK, { 'composer.json': '{\n  "require": \n' }),
      ),
    ).toThrow(/^app\/composer\.json:\d+: invalid JSON/);
  });
});
