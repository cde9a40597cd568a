import { LockfileError } from '../lockfile-parser.js';
import { lockfileInput } from '../npm/test-input.js';
import { pipfileLockParser } from './pipfile-lock-parser.js';

const HASH = 'e'.repeat(64);
const LOCK = `{
    "_meta": {"hash": {"sha256": "x"}, "pipfile-spec": 6, "requires": {}, "sources": []},
    "default": {
        "Flask": {
            "hashes": ["sha256:${HASH}"],
            "markers": "python_version >= '3.8'",
            "version": "==3.0.2"
        },
        "certifi": {
            "version": "==2024.2.2"
        },
        "mylib": {
            "editable": true,
            "path": "."
        }
    },
    "develop": {
        "pytest": {
            "version": "==8.0.2"
        },
        "certifi": {
            "version": "==2024.2.2"
        }
    }
}
`;

describe('pipfileLockParser', () => {
  it('reads default as prod and develop as dev, skipping unpinned entries', () => {
    const packages = pipfileLockParser.parse(lockfileInput('Pipfile.lock', LOCK));
    expect(packages.map((p) => [p.purl, p.dev, p.source.line])).toEqual([
      ['pkg:pypi/flask@3.0.2', false, 4],
      ['pkg:pypi/certifi@2024.2.2', false, 9],
      ['pkg:pypi/pytest@8.0.2', true, 18],
    ]);
    expect(packages[0].hashes).toEqual({ 'SHA-256': HASH });
    expect(packages[0].direct).toBeNull();
  });

  it('takes direct from the Pipfile beside it', () => {
    const pipfile = '[packages]\nflask = "*"\n\n[dev-packages]\npytest = "*"\n';
    const packages = pipfileLockParser.parse(lockfileInput('Pipfile.lock', LOCK, { Pipfile: pipfile }));
    expect(packages.map((p) => [p.name, p.direct])).toEqual([
      ['Flask', true],
      ['certifi', false],
      ['pytest', true],
    ]);
  });

  it('names the file and line of invalid JSON', () => {
    const broken = '{\n  "default": {\n    "x": {"version": "==1"\n  }\n';
    expect(() => pipfileLockParser.parse(lockfileInput('api/Pipfile.lock', broken))).toThrow(LockfileError);
    expect(() => pipfileLockParser.parse(lockfileInput('api/Pipfile.lock', broken))).toThrow(
      /^api\/Pipfile\.lock:\d+: invalid JSON/,
    );
  });
});
