import { compilePattern } from '../patterns/compile-pattern.js';
import type { TargetLanguage } from './language-registry.js';

const cases: [TargetLanguage, string][] = [
  ['java', 'foo(1, 2)'],
  ['java', 'foo(1, 2);'],
  ['java', '$X.exec(...);\n...\nbar();'],
  ['java', 'Runtime.getRuntime().exec($CMD)'],
  ['java', 'public void $F(String s) { ... }'],
  ['java', 'if ($X) { ... }'],
  ['java', 'class $X { ... }'],
  ['java', 'void foo(...)'],
  ['java', '@RequestMapping(..., method=$M, ...)\npublic $R $F(...) { ... }'],
  ['java', 'class Foo<..., T> { ... }'],
  ['java', 'try { ... } catch (...) { ... }'],
  ['java', 'super(...)'],
  ['java', '@SomeAnnot(...)'],
  ['go', 'foo(1, 2)'],
  ['go', 'exec.Command($X, ...)'],
  ['go', 'func $F(...) { ... }'],
  ['csharp', 'Process.Start($X)'],
  ['kotlin', 'foo(1, 2)'],
  ['rust', 'foo(1, 2)'],
  ['rust', 'let $X = foo(...);'],
  ['c', 'strcpy($DST, $SRC)'],
  ['c', 'foo(1, 2);'],
  ['php', 'exec($X)'],
  ['php', 'echo $X;'],
  ['terraform', 'resource "aws_s3_bucket" $N {\n  acl = "public-read"\n}'],
  ['terraform', 'acl = "public-read"'],
  ['json', '{"a": 1}'],
  ['yaml', 'runs-on: $X'],
  ['yaml', 'jobs:\n  $J:\n    runs-on: $X'],
  ['bash', 'curl $X | sh'],
  ['ruby', 'system($X)'],
];

describe('patterns parse in every language, inside a body or class where the grammar needs one', () => {
  it.each(cases)('%s: %s', async (language, pattern) => {
    const compiled = await compilePattern(pattern, language);
    expect(compiled.kind === 'single' ? [compiled.node] : compiled.nodes).not.toHaveLength(0);
  });
});
