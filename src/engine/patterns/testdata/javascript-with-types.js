// Semgrep's JavaScript parser reads type annotations too (Flow, or TypeScript kept in .js files).
class Example {
  // ruleid: typed-method-in-js
  @log
  sum(): string {
    return this.a + this.b;
  }

  // ok: typed-method-in-js
  @log
  count(): number {
    return 1;
  }

  // ok: typed-method-in-js
  @log('verbose')
  name(): string {
    return 'x';
  }
}
