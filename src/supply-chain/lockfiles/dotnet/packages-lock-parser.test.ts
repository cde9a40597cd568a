import { LockfileError } from '../lockfile-parser.js';
import { lockfileInput } from '../npm/test-input.js';
import { nugetPackagesLockParser } from './packages-lock-parser.js';

const HASH = Buffer.alloc(64, 7).toString('base64');
const LOCK = `{
  "version": 1,
  "dependencies": {
    "net8.0": {
      "Serilog": {
        "type": "Direct",
        "requested": "[3.1.1, )",
        "resolved": "3.1.1",
        "contentHash": "${HASH}",
        "dependencies": {"System.Memory": "4.5.0", "Shared": "1.0.0"}
      },
      "System.Memory": {
        "type": "Transitive",
        "resolved": "4.5.5",
        "contentHash": "${HASH}"
      },
      "Shared": {
        "type": "Project",
        "dependencies": {"Serilog": "[3.1.1, )"}
      }
    },
    "net8.0/linux-x64": {
      "System.Memory": {
        "type": "Transitive",
        "resolved": "4.5.5",
        "contentHash": "${HASH}"
      }
    }
  }
}
`;

describe('nugetPackagesLockParser', () => {
  const packages = nugetPackagesLockParser.parse(lockfileInput('src/App/packages.lock.json', LOCK));

  it('reads every target, skips Project entries, and keeps one package per name@version', () => {
    expect(packages.map((p) => [p.purl, p.direct, p.dev, p.source.line])).toEqual([
      ['pkg:nuget/Serilog@3.1.1', true, false, 5],
      ['pkg:nuget/System.Memory@4.5.5', false, false, 12],
    ]);
  });

  it('turns the base64 contentHash into hex SHA-512 and resolves edges to the locked version', () => {
    expect(packages[0].hashes).toEqual({ 'SHA-512': '07'.repeat(64) });
    expect(packages[0].dependsOn).toEqual(['pkg:nuget/System.Memory@4.5.5']);
  });

  it('names the file and line of invalid JSON and of an entry without a resolved version', () => {
    expect(() =>
      nugetPackagesLockParser.parse(lockfileInput('packages.lock.json', '{\n  "dependencies": {,\n}')),
    ).toThrow(/^packages\.lock\.json:2: invalid JSON/);
    const missing = '{\n  "dependencies": {\n    "net8.0": {\n      "X": {"type": "Direct"}\n    }\n  }\n}';
    expect(() => nugetPackagesLockParser.parse(lockfileInput('packages.lock.json', missing))).toThrow(
      LockfileError,
    );
    expect(() => nugetPackagesLockParser.parse(lockfileInput('packages.lock.json', missing))).toThrow(
      "packages.lock.json:4: package 'X' has no resolved version",
    );
  });
});
