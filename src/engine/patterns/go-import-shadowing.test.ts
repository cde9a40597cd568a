import { hits, rule, scanWith } from '../test-support/scan-fixture.js';

// The match of an import-plus-function pattern starts at the import, so each case needs its own file.
describe('Go import names hidden by local variables', () => {
  const pattern = [
    'pattern: |',
    '  import $P "github.com/sirupsen/logrus"',
    '  ...',
    '  func $F(...) {',
    '    ...',
    '    $P.Info(...)',
    '    ...',
    '  }',
  ].join('\n');
  const file = (body: string) =>
    ['package shadow', '', 'import log "github.com/sirupsen/logrus"', '', 'func run() {', body, '}'].join(
      '\n',
    );

  it('binds $P to the import name where the package is used through it', async () => {
    const result = await scanWith(rule(pattern, '[go]'), { 'used.go': file('\tlog.Info("x")') });
    expect(hits(result)).toEqual(['used.go:3']);
  });

  it('does not take a local variable of the same name for the package', async () => {
    const result = await scanWith(rule(pattern, '[go]'), {
      'hidden.go': file('\tvar log Recorder\n\tlog.Info("x")'),
    });
    expect(hits(result)).toEqual([]);
  });
});
