import { LockfileError } from '../lockfile-parser.js';
import { lockfileInput } from '../npm/test-input.js';
import { uvLockParser } from './uv-lock-parser.js';

const SDIST = 'c'.repeat(64);
const WHEEL = 'd'.repeat(64);
const PYPI = 'source = { registry = "https://pypi.org/simple" }';

const LOCK = `version = 1
revision = 3
requires-python = ">=3.10"

[[package]]
name = "app"
version = "0.1.0"
source = { editable = "." }
dependencies = [
    { name = "httpx", extra = ["http2"] },
]

[package.optional-dependencies]
dotenv = [
    { name = "python-dotenv" },
]

[package.dev-dependencies]
docs = [
    { name = "sphinx", version = "8.1.3", ${PYPI}, marker = "python_full_version < '3.11'" },
    { name = "sphinx", version = "8.2.3", ${PYPI}, marker = "python_full_version >= '3.11'" },
]

[[package]]
name = "h2"
version = "4.1.0"
${PYPI}

[[package]]
name = "httpx"
version = "0.28.1"
${PYPI}
dependencies = [
    { name = "idna" },
]
sdist = { url = "https://files.example/httpx-0.28.1.tar.gz", hash = "sha256:${SDIST}", size = 1 }
wheels = [
    { url = "https://files.example/httpx-0.28.1-py3-none-any.whl", hash = "sha256:${WHEEL}", size = 1 },
]

[package.optional-dependencies]
http2 = [
    { name = "h2" },
]

[[package]]
name = "idna"
version = "3.10"
${PYPI}
wheels = [
    { url = "https://files.example/idna-3.10-py3-none-any.whl", hash = "sha256:${WHEEL}", size = 1 },
]

[[package]]
name = "python-dotenv"
version = "1.0.1"
${PYPI}

[[package]]
name = "sphinx"
version = "8.1.3"
${PYPI}
dependencies = [
    { name = "idna" },
]

[[package]]
name = "sphinx"
version = "8.2.3"
${PYPI}

[[package]]
name = "docs-helper"
version = "0.0.0"
source = { virtual = "docs" }
`;

describe('uvLockParser', () => {
  const packages = uvLockParser.parse(lockfileInput('uv.lock', LOCK));
  const byPurl = new Map(packages.map((p) => [p.purl, p]));

  it('skips editable and virtual workspace members and keeps two versions of one name', () => {
    expect(packages.map((p) => p.purl)).toEqual([
      'pkg:pypi/h2@4.1.0',
      'pkg:pypi/httpx@0.28.1',
      'pkg:pypi/idna@3.10',
      'pkg:pypi/python-dotenv@1.0.1',
      'pkg:pypi/sphinx@8.1.3',
      'pkg:pypi/sphinx@8.2.3',
    ]);
  });

  it('marks prod what dependencies and requested extras reach, dev what only dev groups reach', () => {
    expect(Object.fromEntries(packages.map((p) => [p.purl, p.dev]))).toEqual({
      'pkg:pypi/h2@4.1.0': false, // via httpx[http2]
      'pkg:pypi/httpx@0.28.1': false,
      'pkg:pypi/idna@3.10': false, // also reached from sphinx, but prod wins
      'pkg:pypi/python-dotenv@1.0.1': false, // an optional extra of the project
      'pkg:pypi/sphinx@8.1.3': true,
      'pkg:pypi/sphinx@8.2.3': true,
    });
  });

  it('marks direct what a workspace member names', () => {
    expect(byPurl.get('pkg:pypi/httpx@0.28.1')?.direct).toBe(true);
    expect(byPurl.get('pkg:pypi/sphinx@8.2.3')?.direct).toBe(true);
    expect(byPurl.get('pkg:pypi/idna@3.10')?.direct).toBe(false);
  });

  it('prefers the sdist hash, falls back to a wheel, and records lines and edges', () => {
    expect(byPurl.get('pkg:pypi/httpx@0.28.1')).toMatchObject({
      hashes: { 'SHA-256': SDIST },
      source: { file: 'uv.lock', line: 29 },
      dependsOn: ['pkg:pypi/idna@3.10'],
    });
    expect(byPurl.get('pkg:pypi/idna@3.10')?.hashes).toEqual({ 'SHA-256': WHEEL });
  });

  it('names the file and line of a malformed lock', () => {
    expect(() => uvLockParser.parse(lockfileInput('uv.lock', 'version = 1\n[[package]\n'))).toThrow(
      LockfileError,
    );
    expect(() => uvLockParser.parse(lockfileInput('uv.lock', '[[package]]\nname = "x"\n'))).toThrow(
      "uv.lock:1: package 'x' has no version",
    );
  });
});
