import { parseTestAnnotations } from './annotations.js';

describe('parseTestAnnotations', () => {
  it('reads #, //, /* */ and JSX {/* */} comments, each marking the next line', () => {
    const text = [
      '# ruleid: py-rule',
      'eval(x)',
      '// ok: js-rule',
      'eval("1")',
      '/* todoruleid: js-rule */',
      'f(x)',
      '{/* todook: tsx-rule */}',
      '<div />',
    ].join('\n');
    expect(parseTestAnnotations(text)).toEqual([
      { kind: 'ruleid', ruleIds: ['py-rule'], commentLine: 1, line: 2 },
      { kind: 'ok', ruleIds: ['js-rule'], commentLine: 3, line: 4 },
      { kind: 'todoruleid', ruleIds: ['js-rule'], commentLine: 5, line: 6 },
      { kind: 'todook', ruleIds: ['tsx-rule'], commentLine: 7, line: 8 },
    ]);
  });

  it('splits comma-separated rule ids', () => {
    expect(parseTestAnnotations('# ruleid: a, b,c\nx()')[0].ruleIds).toEqual(['a', 'b', 'c']);
  });

  it('reads the rule id after a deep-engine marker (`ruleid: deepok: id`)', () => {
    expect(parseTestAnnotations('// ruleid: deepok: a\nx()')[0]).toMatchObject({
      kind: 'ruleid',
      ruleIds: ['a'],
    });
  });

  it('reads the first kind and the ids after Pro and deep todo markers (`ruleid: deeptodoruleid: id`)', () => {
    const text = '//ruleid: deeptodoruleid: a\nx()\n// ok: protodook: b, c\ny()\n';
    expect(parseTestAnnotations(text)).toMatchObject([
      { kind: 'ruleid', ruleIds: ['a'], line: 2 },
      { kind: 'ok', ruleIds: ['b', 'c'], line: 4 },
    ]);
  });

  it('points stacked annotations at the first line below them that is code', () => {
    const annotations = parseTestAnnotations('// ruleid: a\n// ok: b\ncall()\n');
    expect(annotations.map((a) => a.line)).toEqual([3, 3]);
  });

  it('ignores trailing comments, strings that mention an annotation, and other comments', () => {
    const text = [
      'eval(x)  # ruleid: py-rule',
      'const s = "// ruleid: js-rule";',
      '// ruleid is not an annotation without the colon',
      '# okay: not-ok-either',
    ].join('\n');
    expect(parseTestAnnotations(text)).toEqual([]);
  });
});
