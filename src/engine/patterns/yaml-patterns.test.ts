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
});
