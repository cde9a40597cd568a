import { LockfileError } from '../lockfile-parser.js';
import { lockfileInput } from '../npm/test-input.js';
import { gemfileLockParser } from './gemfile-lock-parser.js';

const SUM = '1'.repeat(64);

const LOCK = `GIT
  remote: https://github.com/me/forked_gem.git
  revision: 0123456789abcdef
  specs:
    forked_gem (0.2.0)

PATH
  remote: engines/admin
  specs:
    admin (0.1.0)
      rails (>= 7)

GEM
  remote: https://gems.example.com/
  specs:
    private_gem (1.0.0)

GEM
  remote: https://rubygems.org/
  specs:
    nokogiri (1.16.2)
      racc (~> 1.4)
    nokogiri (1.16.2-x86_64-linux)
      racc (~> 1.4)
    racc (1.7.3)
    rails (7.1.3)
      racc

PLATFORMS
  ruby
  x86_64-linux

DEPENDENCIES
  admin!
  forked_gem!
  nokogiri (~> 1.16)
  private_gem!
  rails (~> 7.1)

CHECKSUMS
  nokogiri (1.16.2) sha256=${SUM}
  nokogiri (1.16.2-x86_64-linux)
  racc (1.7.3) sha256=${SUM}

BUNDLED WITH
   2.5.6
`;

describe('gemfileLockParser', () => {
  const packages = gemfileLockParser.parse(lockfileInput('Gemfile.lock', LOCK));
  const byPurl = new Map(packages.map((p) => [p.purl, p]));

  it('reads GEM and GIT specs, skips PATH gems, and keeps each platform build with a qualifier', () => {
    expect(packages.map((p) => [p.purl, p.version, p.source.line])).toEqual([
      ['pkg:gem/forked_gem@0.2.0', '0.2.0', 5],
      ['pkg:gem/private_gem@1.0.0?repository_url=https%3A%2F%2Fgems.example.com%2F', '1.0.0', 16],
      ['pkg:gem/nokogiri@1.16.2', '1.16.2', 21],
      ['pkg:gem/nokogiri@1.16.2?platform=x86_64-linux', '1.16.2', 23],
      ['pkg:gem/racc@1.7.3', '1.7.3', 25],
      ['pkg:gem/rails@7.1.3', '7.1.3', 26],
    ]);
  });

  it('marks DEPENDENCIES entries direct', () => {
    expect(packages.filter((p) => p.direct).map((p) => p.name)).toEqual([
      'forked_gem',
      'private_gem',
      'nokogiri',
      'nokogiri',
      'rails',
    ]);
    expect(byPurl.get('pkg:gem/racc@1.7.3')?.dev).toBeNull();
  });

  it('takes SHA-256 from CHECKSUMS and the graph from the nested spec lines', () => {
    expect(byPurl.get('pkg:gem/nokogiri@1.16.2')?.hashes).toEqual({ 'SHA-256': SUM });
    expect(byPurl.get('pkg:gem/nokogiri@1.16.2?platform=x86_64-linux')?.hashes).toEqual({});
    expect(byPurl.get('pkg:gem/rails@7.1.3')?.dependsOn).toEqual(['pkg:gem/racc@1.7.3']);
  });

  it('names the file and line of a malformed spec line', () => {
    const broken = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack 3.0.0\n';
    expect(() => gemfileLockParser.parse(lockfileInput('web/Gemfile.lock', broken))).toThrow(LockfileError);
    expect(() => gemfileLockParser.parse(lockfileInput('web/Gemfile.lock', broken))).toThrow(
      "web/Gemfile.lock:4: spec line is not 'name (version)': rack 3.0.0",
    );
  });

  it('rejects a file that is not a Gemfile.lock', () => {
    expect(() => gemfileLockParser.parse(lockfileInput('Gemfile.lock', '{"json": true}\n'))).toThrow(
      'Gemfile.lock:1: no GEM, GIT, PATH or DEPENDENCIES section',
    );
  });
});
