import { hits, rule, scanWith } from '../test-support/scan-fixture.js';

// YAML targets cannot sit beside a `.yaml` rule file as annotated tests, so they are checked here.
describe('YAML patterns', () => {
  const manifest = [
    'spec:', //                                   1
    '  containers:', //                           2
    '    - name: web', //                         3
    '      image: "nginx:latest"', //             4
    '      securityContext:', //                  5
    '        runAsUser: 0', //                    6
    '        privileged: true', //                7
    '    - name: db', //                          8
    "      image: 'postgres:16'", //              9
    '      securityContext:', //                  10
    '        privileged: false', //               11
    'rules:', //                                  12
    '  - verbs: ["get", "*"]', //                 13
    '  - verbs:', //                              14
    '      - list', //                            15
    '      - "*"', //                             16
    '  - verbs: [get]', //                        17
  ].join('\n');

  it('lets ... on its own line stand for the other entries of a mapping', async () => {
    const result = await scanWith(
      rule('pattern: |\n    securityContext:\n      ...\n      privileged: true\n      ...', '[yaml]'),
      { 'k.yaml': manifest },
    );
    expect(hits(result)).toEqual(['k.yaml:5']);
  });

  it('matches a flow sequence pattern against block and flow sequences, quoted or not', async () => {
    const result = await scanWith(rule('pattern: \'verbs: [..., "*", ...]\'', '[yaml]'), {
      'k.yaml': manifest,
    });
    expect(hits(result)).toEqual(['k.yaml:13', 'k.yaml:14']);
  });

  it('lets - ... stand for the other items of a sequence', async () => {
    const result = await scanWith(
      rule('pattern: |\n    - ...\n      name: $NAME\n      image: "=~/latest/"\n      ...', '[yaml]'),
      { 'k.yaml': manifest },
    );
    expect(hits(result)).toEqual(['k.yaml:3']);
  });

  const workflow = [
    'defaults: &unsafe', //                       1
    '  permissions:', //                          2
    '    - write-all', //                         3
    'safe: &safe', //                             4
    '  permissions:', //                          5
    '    - read-all', //                          6
    'jobs:', //                                   7
    '  build:', //                                8
    '    settings: *unsafe', //                   9
    '  test:', //                                 10
    '    settings: *safe', //                     11
    '  lint:', //                                 12
    '    settings: *undefined', //                13
  ].join('\n');

  it('reads an alias as the value its anchor marks, and the anchor as no part of the value', async () => {
    const result = await scanWith(
      rule('pattern: |\n    $K:\n      permissions:\n        - write-all', '[yaml]'),
      {
        'w.yaml': workflow,
      },
    );
    expect(hits(result)).toEqual(['w.yaml:1', 'w.yaml:9']);
  });

  it('stops expanding aliases that multiply (an alias bomb) instead of walking every copy', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i += 1) {
      const previous = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    levels.push('last: [y]');
    const result = await scanWith(rule('pattern: "last: [y]"', '[yaml]'), { 'bomb.yaml': levels.join('\n') });
    expect(hits(result)).toEqual(['bomb.yaml:10']);
    expect(result.problems ?? []).toEqual([]);
  });

  const tagged = [
    '- !secret 42', //                            1
    '- !secret [1, 2]', //                        2
    '- !secret', //                               3
    '    key: value', //                          4
    '- !public 42', //                            5
    '- 42', //                                    6
  ].join('\n');

  it('matches a tag with any value after it, flow or block, and no other tag or untagged value', async () => {
    const result = await scanWith(rule('pattern: "!secret $X"', '[yaml]'), { 't.yaml': tagged });
    expect(hits(result)).toEqual(['t.yaml:1', 't.yaml:2', 't.yaml:3']);
  });

  it('binds a tag name to a metavariable in !$TAG', async () => {
    const result = await scanWith(
      rule(
        'patterns:\n  - pattern: "!$TAG $X"\n  - metavariable-regex:\n      metavariable: $TAG\n      regex: ^pub',
        '[yaml]',
      ),
      { 't.yaml': tagged },
    );
    expect(hits(result)).toEqual(['t.yaml:5']);
  });

  const scripts = [
    'steps:', //                                  1
    '  - run: |', //                              2
    '      curl https://x.example | sh', //       3
    '    check: |', //                            4
    '        curl https://x.example | sh', //     5
    '  - run: |', //                              6
    '      curl https://x.example > out', //      7
    '    check: |', //                            8
    '      curl https://x.example | sh', //       9
  ].join('\n');

  it('compares block scalars by their value, not their indentation or their `|` alone', async () => {
    const result = await scanWith(rule('pattern: |\n    - run: $S\n      check: $S', '[yaml]'), {
      's.yaml': scripts,
    });
    expect(hits(result)).toEqual(['s.yaml:2']);
  });

  it('lets a string regex see the content of a block scalar', async () => {
    const result = await scanWith(rule('pattern: \'run: "=~/curl .*[|] *sh/"\'', '[yaml]'), {
      's.yaml': scripts,
    });
    expect(hits(result)).toEqual(['s.yaml:2']);
  });
});
