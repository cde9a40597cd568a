import { wordsOfPattern } from './required-words.js';
import { hits, rule, scanWith } from '../test-support/scan-fixture.js';

describe('prefilter: words a pattern cannot match without', () => {
  it('takes called and member names, never metavariables, strings or plain identifiers', () => {
    expect(wordsOfPattern('$OBJ.exec($X, ...)')).toEqual(['exec']);
    expect(wordsOfPattern('subprocess.call("ls -la", shell=True)')).toEqual(['call', 'shell']);
    expect(wordsOfPattern('$X == $X')).toEqual([]);
    expect(wordsOfPattern("eval('exec(1)')")).toEqual(['eval']);
    expect(wordsOfPattern('f(x)')).toEqual(['f']);
    expect(wordsOfPattern('x')).toEqual([]);
    expect(wordsOfPattern('if ... then\n  ...\nend')).toEqual([]);
    expect(wordsOfPattern('if($X > $Y)')).toEqual([]);
    expect(wordsOfPattern('foo(...args).bar')).toEqual(['foo', 'bar']);
    expect(wordsOfPattern('TODO $...WHAT.done()')).toEqual(['done']);
    expect(wordsOfPattern('a.b.c.d($X).e')).toEqual(['d', 'e']);
    // Keyword arguments are spelled in every call they match; `==` is a comparison, not one.
    expect(wordsOfPattern('requests.$M($U, ..., verify=False)')).toEqual(['verify']);
    expect(wordsOfPattern('f($X == $Y)')).toEqual(['f']);
    // After a `.`, a keyword is a member name: `res.end(...)`, Ruby's `Foo.new`.
    expect(wordsOfPattern('$RES.end($BODY, ...)')).toEqual(['end']);
    expect(wordsOfPattern('$C.new(...)')).toEqual(['new']);
    expect(wordsOfPattern('request.$ATTR')).toEqual([]);
  });

  it('does not require the qualifiers a star import spells away', async () => {
    const result = await scanWith(rule('pattern: A.B.C.run($X)', '[python]'), {
      'a.py': 'from A.B import *\nC.run(x)\nD.run(y)\n',
    });
    expect(hits(result)).toEqual(['a.py:2']);
  });

  it('never requires `function`, which a matching method or arrow does not spell', () => {
    expect(wordsOfPattern('function $F(...) { ... }')).toEqual([]);
    expect(wordsOfPattern('function (...) { ... }')).toEqual([]);
    expect(wordsOfPattern('function run(...) { ... }')).toEqual(['run']);
  });

  it('still finds matches through an aliased import, and skips files lacking the words', async () => {
    const result = await scanWith(rule('pattern: os.system($X)', '[python]'), {
      'a.py': 'import os as o\no.system(cmd)\n',
      'b.py': 'print(1)\n',
    });
    expect(hits(result)).toEqual(['a.py:2']);
    expect(result.scope.filesScanned).toBe(2);
  });
});
