import { hits, rule, scanWith as scanFiles } from '../test-support/scan-fixture.js';

// Generic rules run on every text file: keep the fixture's own rule file out of the scan.
const scanWith = (rules: string, files: Record<string, string>) =>
  scanFiles(rules, { '.semgrepignore': '.rules/\n', ...files });

describe('languages: [generic] (spacegrep-style matching)', () => {
  it('matches a Dockerfile instruction with a metavariable, whitespace-insensitively', async () => {
    const result = await scanWith(rule('pattern: FROM $IMAGE:latest', '[generic]'), {
      Dockerfile: 'FROM   node:latest\nRUN npm ci\n',
      'other/Dockerfile': 'FROM node:20\n',
    });
    expect(hits(result)).toEqual(['Dockerfile:1']);
    expect(result.findings[0].message).toBe('found $X');
    expect(result.findings[0].snippet).toBe('FROM   node:latest');
  });

  it('lets ... skip tokens inside brackets but not out of them, and unifies repeated metavariables', async () => {
    const result = await scanWith(
      rule('pattern: proxy_pass $$SCHEME :// ... ;', '[generic]').replace(
        'pattern: proxy_pass $$SCHEME :// ... ;',
        'pattern: \'cors_rule { ... allowed_origins = ["*"] ... }\'',
      ),
      {
        'main.tf':
          'cors_rule {\n  allowed_methods = ["GET"]\n  allowed_origins = ["*"]\n}\n' +
          'cors_rule {\n  allowed_origins = ["https://a"]\n}\nallowed_origins = ["*"]\n',
      },
    );
    expect(hits(result)).toEqual(['main.tf:1']);

    const same = await scanWith(rule('pattern: $A == $A', '[generic]'), {
      'x.txt': 'if a == a then\nif a == b then\n',
    });
    expect(hits(same)).toEqual(['x.txt:1']);
  });

  it('does not let ... run more than 10 lines past the last matched token', async () => {
    const result = await scanWith(rule('pattern: begin ... end', '[generic]'), {
      'near.txt': `begin\n${'x\n'.repeat(5)}end\n`,
      'far.txt': `begin\n${'x\n'.repeat(15)}end\n`,
    });
    expect(hits(result)).toEqual(['near.txt:1']);
  });

  it('lets ... written twice reach twice as far, and skips a bracket it enters whole', async () => {
    const twice = await scanWith(rule('pattern: begin ... ... end', '[generic]'), {
      'near.txt': `begin\n${'x\n'.repeat(15)}end\n`,
      'far.txt': `begin\n${'x\n'.repeat(25)}end\n`,
    });
    expect(hits(twice)).toEqual(['near.txt:1']);

    // The block's own closing brace ends the match: the inner block's brace is inside what ... skipped.
    const nested = await scanWith(rule("pattern: 'server { ... add_header ...; ... }'", '[generic]'), {
      'a.conf': 'server {\n  add_header X 1;\n  location / {\n    return 200;\n  }\n}\n',
      'b.conf': 'server {\n  location / {\n    add_header X 1;\n  }\n}\n',
    });
    expect(hits(nested)).toEqual(['a.conf:1']);
  });

  it('reaches ten times as far with ... written ten times, and a template where the end never comes finishes', async () => {
    const tenfold = `pattern: |\n      {% trans $X %}\n${'      ...\n'.repeat(10)}      {{ $X }}`;
    // Every line a `{% trans %}` opening and no closing `{{ }}`: each start tries the splits of ~100
    // lines between ten ellipses; the scan must still complete (no per-file time limit reached).
    const template = `${'{% trans a %} x\n'.repeat(60)}`;
    const result = await scanWith(rule(tenfold, '[generic]'), {
      'far.html': `{% trans t %}\n${'<p>x</p>\n'.repeat(60)}{{ t }}\n`,
      'beyond.html': `{% trans t %}\n${'<p>x</p>\n'.repeat(120)}{{ t }}\n`,
      'other.html': `{% trans t %}\n<p>x</p>\n{{ u }}\n`,
      'open.html': template,
    });
    expect(hits(result)).toEqual(['far.html:1']);
    expect(result.problems ?? []).toEqual([]);
  });

  it('binds $...X to the tokens skipped and interpolates it into the message', async () => {
    const rules = `rules:
  - id: todo
    message: 'todo says: $...WHAT'
    severity: INFO
    languages: [generic]
    pattern: TODO $...WHAT
`;
    const result = await scanWith(rules, { 'notes.md': 'x\n# TODO fix the login flow\n' });
    expect(result.findings.map((f) => [f.location.startLine, f.message])).toEqual([
      [2, 'todo says: fix the login flow'],
    ]);
  });

  it('reads a pattern in a regex-language rule as a regex, as Semgrep does', async () => {
    const result = await scanWith(rule("pattern: 'fo+\\b'", '[regex]'), {
      'a.txt': 'x\nfooo\n',
      'b.txt': 'fooz\n',
    });
    expect(hits(result)).toEqual(['a.txt:2']);
  });
});
