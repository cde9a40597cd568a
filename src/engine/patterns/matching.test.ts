import { hits, rule, scanWith } from '../test-support/scan-fixture.js';

describe('structural matching', () => {
  it('matches a call with a metavariable, nested too, but never inside strings or comments', async () => {
    const result = await scanWith(rule('pattern: eval($X)'), {
      'a.js': [
        'eval(userInput);',
        'const y = run(eval(a + b));',
        'const s = "eval(x)";',
        '// eval(x)',
        '/* eval(x) */',
        'evaluate(x);',
      ].join('\n'),
    });
    expect(hits(result)).toEqual(['a.js:1', 'a.js:2']);
    expect(result.findings[0].message).toBe('found userInput');
    expect(result.findings[1].snippet).toBe('eval(a + b)');
  });

  it('requires the same metavariable to bind the same code', async () => {
    const result = await scanWith(rule('pattern: $X == $X'), {
      'a.js': 'if (a == a) {}\nif (a == b) {}\nif (f( 1 ) == f(1)) {}\n',
    });
    expect(hits(result)).toEqual(['a.js:1', 'a.js:3']);
  });

  it('lets ... stand for any arguments, and $_ for any one', async () => {
    const result = await scanWith(rule('pattern: foo(..., $_, 2, ...)'), {
      'a.js': 'foo(1, 2);\nfoo(1, 2, 3, 4);\nfoo(2);\nfoo(1, 3, 2);\nfoo();\n',
    });
    expect(hits(result)).toEqual(['a.js:1', 'a.js:2', 'a.js:4']);
  });

  it('matches member calls on any object and Python keyword arguments in any position', async () => {
    const py = await scanWith(rule('pattern: $OBJ.run($CMD, ..., shell=True, ...)', '[python]'), {
      'a.py': [
        'import subprocess',
        'subprocess.run(cmd, shell=True)',
        'sp.run(cmd, check=True, shell=True, text=True)',
        'subprocess.run(cmd, shell=False)',
        'subprocess.run(cmd)',
        'x = "subprocess.run(cmd, shell=True)"',
      ].join('\n'),
    });
    expect(hits(py)).toEqual(['a.py:2', 'a.py:3']);
  });

  it('matches a sequence of statements with ... between them', async () => {
    const body = `pattern: |\n  $F = open($P)\n  ...\n  $F.close()`;
    const result = await scanWith(rule(body, '[python]'), {
      'a.py': 'f = open(p)\ndata = f.read()\nlog(data)\nf.close()\n\ng = open(q)\nh.close()\n',
    });
    expect(result.findings.map((f) => [f.location.startLine, f.location.endLine])).toEqual([[1, 4]]);
  });

  it('matches "..." against any string literal and compares strings regardless of quotes', async () => {
    const anyString = await scanWith(rule('pattern: log("...")'), {
      'a.js': "log('x');\nlog(`y`);\nlog(x);\n",
    });
    expect(hits(anyString)).toEqual(['a.js:1', 'a.js:2']);
    const exact = await scanWith(rule('pattern: hashlib.new("md5")', '[python]'), {
      'a.py': 'hashlib.new(\'md5\')\nhashlib.new("sha256")\n',
    });
    expect(hits(exact)).toEqual(['a.py:1']);
  });

  it('does not treat an f-string or template with a substitution as a constant "..." string', async () => {
    const python = await scanWith(rule('pattern: log("...")', '[python]'), {
      'a.py': 'log("plain")\nlog(f"{user}")\nlog(f"no substitution")\n',
    });
    expect(hits(python)).toEqual(['a.py:1', 'a.py:3']);
    const javascript = await scanWith(rule('pattern: log("...")'), { 'a.js': 'log(`a`);\nlog(`${b}`);\n' });
    expect(hits(javascript)).toEqual(['a.js:1']);
  });

  it('keeps operators significant: $A + $B does not match a - b', async () => {
    const result = await scanWith(rule('pattern: $X + $Y'), { 'a.js': 'a + b;\na - b;\n' });
    expect(hits(result)).toEqual(['a.js:1']);
  });

  it('runs javascript rules on TypeScript and TSX files, and typescript rules on TSX', async () => {
    const result = await scanWith(rule('pattern: eval($X)'), {
      'a.ts': 'const n: number = eval(code as string);\n',
      'b.tsx': 'const C = () => <div>{eval(x)}</div>;\n',
      'c.py': 'eval(x)\n',
    });
    expect(hits(result)).toEqual(['a.ts:1', 'b.tsx:1']);
    expect(result.scope.skipped).toEqual([
      expect.objectContaining({ path: '.rules/rules.yaml', reason: 'unsupported-language' }),
      expect.objectContaining({ path: 'c.py', reason: 'unsupported-language' }),
    ]);
  });
});

describe('pattern operators', () => {
  it('pattern-either unions alternatives', async () => {
    const body = 'pattern-either:\n  - pattern: md5($X)\n  - pattern: sha1($X)';
    const result = await scanWith(rule(body), { 'a.js': 'md5(a);\nsha1(b);\nsha256(c);\n' });
    expect(hits(result)).toEqual(['a.js:1', 'a.js:2']);
  });

  it('patterns with pattern-not removes the excluded form', async () => {
    const body = 'patterns:\n  - pattern: hash(...)\n  - pattern-not: hash(..., safe=True, ...)';
    const result = await scanWith(rule(body, '[python]'), {
      'a.py': 'hash(a)\nhash(a, safe=True)\nhash(b, safe=False)\n',
    });
    expect(hits(result)).toEqual(['a.py:1', 'a.py:3']);
  });

  it('pattern-inside and pattern-not-inside restrict by the enclosing code', async () => {
    const inside = 'patterns:\n  - pattern: query($Q)\n  - pattern-inside: |\n      function $F(...) { ... }';
    const source =
      'query(a);\nfunction handler(req) {\n  query(b);\n}\nfunction safe() {\n  if (x) { query(c); }\n}\n';
    expect(hits(await scanWith(rule(inside), { 'a.js': source }))).toEqual(['a.js:3', 'a.js:6']);
    const notInside =
      'patterns:\n  - pattern: query($Q)\n  - pattern-not-inside: |\n      function safe(...) { ... }';
    expect(hits(await scanWith(rule(notInside), { 'a.js': source }))).toEqual(['a.js:1', 'a.js:3']);
  });

  it('metavariable-regex filters on the bound code', async () => {
    const body =
      'patterns:\n  - pattern: $DB.query($SQL)\n  - metavariable-regex:\n      metavariable: $SQL\n      regex: ^`.*\\$\\{';
    const result = await scanWith(rule(body), {
      'a.js': 'db.query(`SELECT ${id}`);\ndb.query("SELECT 1");\ndb.query(`SELECT 1`);\n',
    });
    expect(hits(result)).toEqual(['a.js:1']);
  });

  it('pattern-regex finds text in any file of the rule languages, and pattern-not-regex removes overlaps', async () => {
    const body = 'patterns:\n  - pattern-regex: AKIA[A-Z0-9]{16}\n  - pattern-not-regex: EXAMPLE';
    // Key-shaped strings are assembled at run time so this test file does not trip the secret rule itself.
    const keyPrefix = 'AKIA';
    const result = await scanWith(rule(body, '[javascript, python]'), {
      'a.js': `const k = "${keyPrefix}ABCDEFGHIJKLMNOP";\n`,
      'b.py': `# ${keyPrefix}ABCDEFGHEXAMPLE\nk = "${keyPrefix}QRSTUVWXYZ234567"\n`,
    });
    expect(hits(result)).toEqual(['a.js:1', 'b.py:2']);
  });

  it('regex and generic rules run on any text file', async () => {
    const result = await scanWith(rule("pattern-regex: '(?i)to[d]o:'", '[generic]'), {
      'notes.txt': 'x\nToDo: fix\n',
      'a.py': '# TODO: later\n',
    });
    expect(hits(result)).toEqual(['a.py:1', 'notes.txt:2']);
  });

  it('takes an empty pattern, as Semgrep does, and finds nothing with it', async () => {
    const result = await scanWith(rule("pattern: ''", '[bash]'), { 'a.sh': 'echo hi\n\nls &\n' });
    expect(result.problems).toEqual([]);
    expect(hits(result)).toEqual([]);
  });
});
