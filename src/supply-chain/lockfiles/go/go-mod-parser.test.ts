import { LockfileError } from '../lockfile-parser.js';
import { lockfileInput } from '../npm/test-input.js';
import { goModParser } from './go-mod-parser.js';

const GO_MOD = `module example.com/app

go 1.22

require github.com/spf13/cobra v1.8.0

require (
	github.com/google/uuid v1.6.0 // indirect
	golang.org/x/text v0.14.0 // indirect; pinned for CVE
	example.com/forked v1.0.0
	example.com/local v0.0.0-00010101000000-000000000000
	github.com/old/only-one v1.2.0 // indirect
)

replace example.com/forked => github.com/me/forked v1.0.1

replace example.com/local => ../local

replace github.com/old/only-one v1.1.0 => github.com/other/x v9.9.9
`;

const GO_SUM = `github.com/spf13/cobra v1.8.0 h1:7aJaZx1B85qltLMc546zn58BxxfZdR/W22ej9CFoEf0=
github.com/spf13/cobra v1.8.0/go.mod h1:WXLWApfZ71AjXPya3WOlMsY9yMs7YeiHhFVlvLyhcho=
github.com/me/forked v1.0.1 h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=
`;

describe('goModParser', () => {
  const packages = goModParser.parse(lockfileInput('go.mod', GO_MOD, { 'go.sum': GO_SUM }));
  const byName = new Map(packages.map((p) => [p.name, p]));

  it('reads single and block require directives with their lines', () => {
    expect(packages.map((p) => [p.purl, p.source.line])).toEqual([
      ['pkg:golang/github.com/spf13/cobra@v1.8.0', 5],
      ['pkg:golang/github.com/google/uuid@v1.6.0', 8],
      ['pkg:golang/golang.org/x/text@v0.14.0', 9],
      ['pkg:golang/github.com/me/forked@v1.0.1', 10],
      ['pkg:golang/github.com/old/only-one@v1.2.0', 12],
    ]);
  });

  it('marks // indirect requirements as transitive, also with a comment after it', () => {
    expect(byName.get('github.com/spf13/cobra')?.direct).toBe(true);
    expect(byName.get('github.com/google/uuid')?.direct).toBe(false);
    expect(byName.get('golang.org/x/text')?.direct).toBe(false);
  });

  it('applies replace directives: module replacements, local directories left out, version-specific ones', () => {
    expect(byName.get('github.com/me/forked')?.version).toBe('v1.0.1');
    expect(byName.has('example.com/local')).toBe(false);
    // the replace names v1.1.0, not the required v1.2.0
    expect(byName.get('github.com/old/only-one')?.version).toBe('v1.2.0');
  });

  it('adds the h1: module hash from go.sum as hex SHA-256, not the /go.mod hash', () => {
    expect(byName.get('github.com/spf13/cobra')?.hashes).toEqual({
      'SHA-256': Buffer.from('7aJaZx1B85qltLMc546zn58BxxfZdR/W22ej9CFoEf0=', 'base64').toString('hex'),
    });
    expect(byName.get('github.com/me/forked')?.hashes['SHA-256']).toHaveLength(64);
    expect(byName.get('github.com/google/uuid')?.hashes).toEqual({});
  });

  it('reads go.mod without go.sum', () => {
    expect(goModParser.parse(lockfileInput('go.mod', GO_MOD))).toHaveLength(5);
  });

  it('names the file and line of a malformed require or an unclosed block', () => {
    expect(() => goModParser.parse(lockfileInput('svc/go.mod', 'module a\nrequire github.com/x\n'))).toThrow(
      'svc/go.mod:2: require needs a module path and a version',
    );
    expect(() =>
      goModParser.parse(lockfileInput('go.mod', 'module a\n\nrequire (\n\tgithub.com/x v1.0.0\n')),
    ).toThrow(LockfileError);
    expect(() => goModParser.parse(lockfileInput('go.mod', 'module a\n\nrequire (\n'))).toThrow(
      /^go\.mod:3: /,
    );
  });
});
