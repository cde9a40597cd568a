import { PackageURL } from 'packageurl-js';
import type { DependencyInventory, DependencyPackage, Ecosystem } from '../../model/index.js';
import { sbomJson, toCycloneDx, toSpdx, type SbomSubject } from './index.js';
import { isSpdxExpression } from './sbom-license.js';
import { cycloneDx16Validator, spdx23Problems } from './testdata/sbom-validators.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SUBJECT: SbomSubject = {
  repository: 'acme/payments',
  serverUrl: 'https://github.com',
  sha: '3f786850e387550fdab836ed7e6dc881de23001b',
  ref: 'refs/heads/main',
  toolName: 'soc2-scan',
  toolVersion: '0.1.0',
  timestamp: '2026-03-01T12:34:56.789Z',
};

const SHA512_HEX = 'ab'.repeat(64);
const SHA256_HEX = 'cd'.repeat(32);
const SHA1_HEX = 'ef'.repeat(20);

function purl(type: string, namespace: string | undefined, name: string, version: string): string {
  return new PackageURL(type, namespace, name, version, undefined, undefined).toString();
}

function pkg(
  ecosystem: Ecosystem,
  purlText: string,
  name: string,
  version: string,
  extra: Partial<DependencyPackage> = {},
): DependencyPackage {
  return {
    ecosystem,
    name,
    version,
    purl: purlText,
    direct: null,
    dev: null,
    license: null,
    hashes: {},
    source: { file: 'package-lock.json', line: 1 },
    dependsOn: [],
    ...extra,
  };
}

const P = {
  express: purl('npm', undefined, 'express', '4.19.2'),
  debug: purl('npm', undefined, 'debug', '2.6.9'),
  ms: purl('npm', undefined, 'ms', '2.0.0'),
  typesNode: purl('npm', '@types', 'node', '20.11.5'),
  jest: purl('npm', undefined, 'jest', '29.7.0'),
  slf4j: purl('maven', 'org.slf4j', 'slf4j-api', '2.0.13'),
  junit: purl('maven', 'org.junit.jupiter', 'junit-jupiter', '5.10.2'),
  requests: purl('pypi', undefined, 'requests', '2.32.3'),
  urllib3: purl('pypi', undefined, 'urllib3', '2.2.2'),
  serde: purl('cargo', undefined, 'serde', '1.0.203'),
  testify: purl('golang', 'github.com/stretchr', 'testify', 'v1.9.0'),
  console: purl('composer', 'symfony', 'console', 'v7.1.1'),
  newtonsoft: purl('nuget', undefined, 'Newtonsoft.Json', '13.0.3'),
  rack: purl('gem', undefined, 'rack', '3.1.7'),
};

/** A monorepo: two npm lockfiles sharing `ms`, a Maven, Python, Cargo, Go, Composer, NuGet and Ruby lockfile. */
function monorepoInventory(): DependencyInventory {
  const packages: DependencyPackage[] = [
    pkg('npm', P.express, 'express', '4.19.2', {
      direct: true,
      dev: false,
      license: 'MIT',
      hashes: { 'SHA-512': SHA512_HEX },
      source: { file: 'package-lock.json', line: 40 },
      dependsOn: [P.debug, purl('npm', undefined, 'not-in-lockfile', '1.0.0')],
    }),
    pkg('npm', P.debug, 'debug', '2.6.9', {
      direct: false,
      dev: false,
      license: 'MIT',
      source: { file: 'package-lock.json', line: 12 },
      dependsOn: [P.ms],
    }),
    pkg('npm', P.ms, 'ms', '2.0.0', {
      direct: false,
      dev: false,
      license: 'MIT',
      hashes: { 'SHA-512': SHA512_HEX },
      source: { file: 'package-lock.json', line: 88 },
    }),
    pkg('npm', P.ms, 'ms', '2.0.0', {
      direct: false,
      dev: true,
      license: 'MIT',
      hashes: { 'SHA-1': SHA1_HEX },
      source: { file: 'web/package-lock.json', line: 7 },
    }),
    pkg('npm', P.typesNode, '@types/node', '20.11.5', {
      direct: true,
      dev: true,
      license: 'MIT',
      hashes: { 'SHA-512': SHA512_HEX, MD4: 'aa'.repeat(16), 'SHA-256': 'not-hex' },
      source: { file: 'web/package-lock.json', line: 20 },
    }),
    pkg('npm', P.jest, 'jest', '29.7.0', {
      direct: true,
      dev: true,
      license: 'SEE LICENSE IN LICENSE.md',
      source: { file: 'web/package-lock.json', line: 30 },
    }),
    pkg('Maven', P.slf4j, 'org.slf4j:slf4j-api', '2.0.13', {
      direct: true,
      dev: false,
      source: { file: 'service/gradle.lockfile', line: 4 },
    }),
    pkg('Maven', P.junit, 'org.junit.jupiter:junit-jupiter', '5.10.2', {
      direct: true,
      dev: true,
      source: { file: 'service/gradle.lockfile', line: 9 },
    }),
    pkg('PyPI', P.requests, 'requests', '2.32.3', {
      license: 'Apache-2.0',
      hashes: { 'SHA-256': SHA256_HEX },
      source: { file: 'tools/requirements.txt', line: 3 },
    }),
    pkg('PyPI', P.urllib3, 'urllib3', '2.2.2', {
      hashes: { sha256: SHA256_HEX.toUpperCase() },
      source: { file: 'tools/requirements.txt', line: 8 },
    }),
    pkg('crates.io', P.serde, 'serde', '1.0.203', {
      license: 'MIT OR Apache-2.0',
      hashes: { 'SHA-256': SHA256_HEX },
      source: { file: 'native/Cargo.lock', line: 51 },
    }),
    pkg('Go', P.testify, 'github.com/stretchr/testify', 'v1.9.0', {
      direct: true,
      source: { file: 'agent/go.mod', line: 6 },
    }),
    pkg('Packagist', P.console, 'symfony/console', 'v7.1.1', {
      direct: true,
      dev: false,
      license: 'MIT',
      source: { file: 'admin/composer.lock', line: 200 },
    }),
    pkg('NuGet', P.newtonsoft, 'Newtonsoft.Json', '13.0.3', {
      direct: true,
      hashes: { 'SHA-512': SHA512_HEX },
      source: { file: 'desktop/packages.lock.json', line: 5 },
    }),
    pkg('RubyGems', P.rack, 'rack', '3.1.7', { source: { file: 'site/Gemfile.lock', line: null } }),
  ];
  // A graph edge may spell a purl differently from the package's own purl; it still names that package.
  packages.find((p) => p.name === 'requests')!.dependsOn = ['pkg:pypi/URLLib3@2.2.2'];
  packages.find((p) => p.name === 'jest')!.dependsOn = ['pkg:npm/@types/node@20.11.5'];
  return {
    lockfiles: [
      { path: 'package-lock.json', format: 'package-lock.json v3', packages: 4 },
      { path: 'web/package-lock.json', format: 'package-lock.json v3', packages: 3 },
      { path: 'service/gradle.lockfile', format: 'gradle.lockfile', packages: 2 },
      { path: 'tools/requirements.txt', format: 'requirements.txt', packages: 2 },
      { path: 'native/Cargo.lock', format: 'Cargo.lock v4', packages: 1 },
      { path: 'agent/go.mod', format: 'go.mod', packages: 1 },
      { path: 'admin/composer.lock', format: 'composer.lock', packages: 1 },
      { path: 'desktop/packages.lock.json', format: 'packages.lock.json v1', packages: 1 },
      { path: 'site/Gemfile.lock', format: 'Gemfile.lock', packages: 1 },
    ],
    packages,
  };
}

const EMPTY: DependencyInventory = { lockfiles: [], packages: [] };

const validateCycloneDx = cycloneDx16Validator();

function cdx(inventory: DependencyInventory, subject: SbomSubject = SUBJECT): Doc {
  return toCycloneDx(inventory, subject) as Doc;
}
function spdx(inventory: DependencyInventory, subject: SbomSubject = SUBJECT): Doc {
  return toSpdx(inventory, subject) as Doc;
}
function component(doc: Doc, purlText: string): Doc {
  const found = (doc.components as Doc[]).find((c) => c.purl === purlText);
  if (!found) throw new Error(`no component ${purlText}`);
  return found;
}
function spdxPackage(doc: Doc, purlText: string): Doc {
  const found = (doc.packages as Doc[]).find((p) =>
    (p.externalRefs as Doc[] | undefined)?.some((r) => r.referenceLocator === purlText),
  );
  if (!found) throw new Error(`no package ${purlText}`);
  return found;
}
function props(c: Doc, name: string): string[] {
  return ((c.properties as Doc[] | undefined) ?? [])
    .filter((p) => p.name === name)
    .map((p) => p.value as string);
}

const ENTERPRISE: SbomSubject = { ...SUBJECT, serverUrl: 'https://git.example.corp', sha: null, ref: null };

describe('CycloneDX 1.6 writer', () => {
  it.each([
    ['a monorepo of eight ecosystems', monorepoInventory(), SUBJECT],
    ['an empty inventory', EMPTY, SUBJECT],
    ['a repository off github.com without a commit', monorepoInventory(), ENTERPRISE],
  ])('writes a BOM that the official CycloneDX 1.6 schema accepts for %s', (_label, inventory, subject) => {
    const doc = JSON.parse(sbomJson(toCycloneDx(inventory, subject))) as unknown;
    expect(validateCycloneDx(doc)).toEqual([]);
  });

  it('the schema validator does reject a broken BOM (the check is not vacuous)', () => {
    const doc = cdx(monorepoInventory());
    (doc.components as Doc[])[0]!.hashes = [{ alg: 'SHA512', content: SHA512_HEX }];
    expect(validateCycloneDx(doc).length).toBeGreaterThan(0);
  });

  it('describes the repository at its commit with a github purl, the tool and the timestamp', () => {
    const doc = cdx(monorepoInventory());
    expect(doc).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 });
    expect(doc.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(doc.metadata.timestamp).toBe('2026-03-01T12:34:56Z');
    expect(doc.metadata.tools).toEqual({
      components: [{ type: 'application', name: 'soc2-scan', version: '0.1.0' }],
    });
    expect(doc.metadata.component).toMatchObject({
      type: 'application',
      name: 'acme/payments',
      version: SUBJECT.sha,
      purl: `pkg:github/acme/payments@${SUBJECT.sha}`,
      'bom-ref': `pkg:github/acme/payments@${SUBJECT.sha}`,
    });
  });

  it('gives a repository off github.com no github purl', () => {
    expect(cdx(EMPTY, ENTERPRISE).metadata.component.purl).toBeUndefined();
  });

  it('splits npm scopes and Maven group:artifact into group and name', () => {
    const doc = cdx(monorepoInventory());
    expect(component(doc, P.typesNode)).toMatchObject({
      group: '@types',
      name: 'node',
      version: '20.11.5',
      'bom-ref': P.typesNode,
    });
    expect(component(doc, P.slf4j)).toMatchObject({
      group: 'org.slf4j',
      name: 'slf4j-api',
      version: '2.0.13',
    });
    expect(component(doc, P.express).group).toBeUndefined();
    expect(component(doc, P.express)).toMatchObject({ type: 'library', name: 'express' });
  });

  it('lists a package two lockfiles share once, with both sources, and prod winning over dev', () => {
    const doc = cdx(monorepoInventory());
    expect((doc.components as Doc[]).filter((c) => c.purl === P.ms)).toHaveLength(1);
    const ms = component(doc, P.ms);
    expect(props(ms, 'soc2-scan:source')).toEqual(['package-lock.json:88', 'web/package-lock.json:7']);
    expect(ms.scope).toBe('required');
    expect(ms.hashes).toEqual([
      { alg: 'SHA-1', content: SHA1_HEX },
      { alg: 'SHA-512', content: SHA512_HEX },
    ]);
  });

  it('marks dev-only packages excluded, prod required, and leaves scope out when the lockfile cannot say', () => {
    const doc = cdx(monorepoInventory());
    expect(component(doc, P.typesNode).scope).toBe('excluded');
    expect(props(component(doc, P.typesNode), 'soc2-scan:dev')).toEqual(['true']);
    expect(props(component(doc, P.typesNode), 'cdx:npm:package:development')).toEqual(['true']);
    expect(props(component(doc, P.junit), 'cdx:npm:package:development')).toEqual([]);
    expect(component(doc, P.express).scope).toBe('required');
    expect(component(doc, P.requests).scope).toBeUndefined();
    expect(props(component(doc, P.requests), 'soc2-scan:dev')).toEqual([]);
  });

  it('keeps only hashes with a CycloneDX algorithm and a digest of the right length', () => {
    const doc = cdx(monorepoInventory());
    expect(component(doc, P.typesNode).hashes).toEqual([{ alg: 'SHA-512', content: SHA512_HEX }]);
    expect(component(doc, P.urllib3).hashes).toEqual([{ alg: 'SHA-256', content: SHA256_HEX }]);
    expect(component(doc, P.slf4j).hashes).toBeUndefined();
  });

  it('writes licences as SPDX expressions, and free text as a licence name', () => {
    const doc = cdx(monorepoInventory());
    expect(component(doc, P.serde).licenses).toEqual([{ expression: 'MIT OR Apache-2.0' }]);
    expect(component(doc, P.jest).licenses).toEqual([{ license: { name: 'SEE LICENSE IN LICENSE.md' } }]);
    expect(component(doc, P.slf4j).licenses).toBeUndefined();
  });

  it('records the dependency graph with every reference defined', () => {
    const doc = cdx(monorepoInventory());
    const refs = new Set([
      doc.metadata.component['bom-ref'],
      ...(doc.components as Doc[]).map((c) => c['bom-ref']),
    ]);
    const deps = doc.dependencies as Array<{ ref: string; dependsOn: string[] }>;
    expect(deps.map((d) => d.ref).sort()).toEqual([...refs].sort());
    for (const dep of deps) for (const target of dep.dependsOn) expect(refs).toContain(target);
    const byRef = new Map(deps.map((d) => [d.ref, d.dependsOn]));
    expect(byRef.get(P.express)).toEqual([P.debug]); // the purl missing from the lockfile is dropped
    expect(byRef.get(P.debug)).toEqual([P.ms]);
    expect(byRef.get(P.requests)).toEqual([P.urllib3]);
    expect(byRef.get(P.jest)).toEqual([P.typesNode]);
    // Direct packages, plus packages of formats that cannot say which nobody else depends on.
    expect(byRef.get(doc.metadata.component['bom-ref'])).toEqual(
      [
        P.console,
        P.express,
        P.jest,
        P.junit,
        P.newtonsoft,
        P.rack,
        P.requests,
        P.serde,
        P.slf4j,
        P.testify,
        P.typesNode,
      ].sort(),
    );
  });
});

describe('SPDX 2.3 writer', () => {
  it.each([
    ['a monorepo of eight ecosystems', monorepoInventory(), SUBJECT],
    ['an empty inventory', EMPTY, SUBJECT],
    ['a repository off github.com without a commit', monorepoInventory(), ENTERPRISE],
  ])(
    'writes a document with the SPDX 2.3 required fields and consistent ids for %s',
    (_label, inventory, subject) => {
      const doc = JSON.parse(sbomJson(toSpdx(inventory, subject))) as unknown;
      expect(spdx23Problems(doc)).toEqual([]);
    },
  );

  it('the structural check does reject a dangling relationship and a duplicate id', () => {
    const doc = spdx(monorepoInventory());
    (doc.relationships as Doc[]).push({
      spdxElementId: 'SPDXRef-Nope',
      relationshipType: 'DEPENDS_ON',
      relatedSpdxElement: 'SPDXRef-Repository',
    });
    (doc.packages as Doc[]).push({ ...(doc.packages as Doc[])[1] });
    expect(spdx23Problems(doc)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/undefined SPDXRef-Nope/),
        expect.stringMatching(/duplicate SPDXID/),
      ]),
    );
  });

  it('describes the repository package and names the tool', () => {
    const doc = spdx(monorepoInventory());
    expect(doc).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      documentDescribes: ['SPDXRef-Repository'],
    });
    expect(doc.creationInfo).toEqual({
      created: '2026-03-01T12:34:56Z',
      creators: ['Tool: soc2-scan-0.1.0'],
    });
    expect(doc.documentNamespace).toMatch(/^https:\/\/github\.com\/acme\/payments\/spdx\/[0-9a-f-]{36}$/);
    expect(doc.relationships[0]).toEqual({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: 'SPDXRef-Repository',
    });
    expect((doc.packages as Doc[])[0]).toMatchObject({
      SPDXID: 'SPDXRef-Repository',
      name: 'acme/payments',
      versionInfo: SUBJECT.sha,
      downloadLocation: `git+https://github.com/acme/payments.git@${SUBJECT.sha}`,
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: `pkg:github/acme/payments@${SUBJECT.sha}`,
        },
      ],
    });
  });

  it('writes one package per purl with its name, version, purl, checksums and declared licence', () => {
    const doc = spdx(monorepoInventory());
    expect(doc.packages).toHaveLength(1 + 14);
    expect(spdxPackage(doc, P.typesNode)).toMatchObject({
      name: '@types/node',
      versionInfo: '20.11.5',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'MIT',
      checksums: [{ algorithm: 'SHA512', checksumValue: SHA512_HEX }],
      primaryPackagePurpose: 'LIBRARY',
    });
    expect(spdxPackage(doc, P.slf4j)).toMatchObject({
      name: 'org.slf4j:slf4j-api',
      licenseDeclared: 'NOASSERTION',
    });
    expect(spdxPackage(doc, P.slf4j).checksums).toBeUndefined();
    expect(spdxPackage(doc, P.ms).checksums).toEqual([
      { algorithm: 'SHA1', checksumValue: SHA1_HEX },
      { algorithm: 'SHA512', checksumValue: SHA512_HEX },
    ]);
    expect(spdxPackage(doc, P.jest)).toMatchObject({
      licenseDeclared: 'NOASSERTION',
      licenseComments: 'lockfile records: SEE LICENSE IN LICENSE.md',
    });
    expect(spdxPackage(doc, P.ms).comment).toBe(
      'found in package-lock.json:88, web/package-lock.json:7; transitive; prod',
    );
  });

  it('relates the repository to direct packages, packages to theirs, and dev packages as dev dependencies', () => {
    const doc = spdx(monorepoInventory());
    const id = (p: string): string => spdxPackage(doc, p).SPDXID as string;
    const rels = (doc.relationships as Doc[]).map(
      (r) => `${r.spdxElementId} ${r.relationshipType} ${r.relatedSpdxElement}`,
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        `SPDXRef-Repository DEPENDS_ON ${id(P.express)}`,
        `${id(P.express)} DEPENDS_ON ${id(P.debug)}`,
        `${id(P.debug)} DEPENDS_ON ${id(P.ms)}`,
        `${id(P.typesNode)} DEV_DEPENDENCY_OF SPDXRef-Repository`,
        `${id(P.junit)} DEV_DEPENDENCY_OF SPDXRef-Repository`,
      ]),
    );
    expect(rels).not.toContain(`SPDXRef-Repository DEPENDS_ON ${id(P.debug)}`);
    expect(rels).not.toContain(`${id(P.ms)} DEV_DEPENDENCY_OF SPDXRef-Repository`);
    expect(id(P.typesNode)).toBe('SPDXRef-Package-npm-40types-node-20.11.5');
  });

  it('keeps SPDX ids unique when two purls sanitise to the same id', () => {
    const a = pkg('npm', purl('npm', undefined, 'a_b', '1.0.0'), 'a_b', '1.0.0');
    const b = pkg('npm', purl('npm', undefined, 'a~b', '1.0.0'), 'a~b', '1.0.0');
    const doc = spdx({ lockfiles: [], packages: [a, b] });
    const ids = (doc.packages as Doc[]).map((p) => p.SPDXID as string);
    expect(new Set(ids).size).toBe(3);
    expect(spdx23Problems(doc)).toEqual([]);
  });
});

describe('deterministic output', () => {
  it('gives byte-identical documents for the same input, whatever the package order', () => {
    const shuffled = monorepoInventory();
    shuffled.packages.reverse();
    shuffled.lockfiles.reverse();
    expect(sbomJson(toCycloneDx(shuffled, SUBJECT))).toBe(
      sbomJson(toCycloneDx(monorepoInventory(), SUBJECT)),
    );
    expect(sbomJson(toSpdx(shuffled, SUBJECT))).toBe(sbomJson(toSpdx(monorepoInventory(), SUBJECT)));
  });

  it('gives a new serial number and namespace when the commit or the packages change', () => {
    const base = cdx(monorepoInventory());
    const otherCommit = cdx(monorepoInventory(), { ...SUBJECT, sha: '0'.repeat(40) });
    const fewer = monorepoInventory();
    fewer.packages.pop();
    expect(otherCommit.serialNumber).not.toBe(base.serialNumber);
    expect(cdx(fewer).serialNumber).not.toBe(base.serialNumber);
    expect(spdx(fewer).documentNamespace).not.toBe(spdx(monorepoInventory()).documentNamespace);
  });

  it('serialises with sorted keys, two-space indent and a trailing newline', () => {
    expect(sbomJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      2,\n      1\n    ]\n  },\n  "b": 1\n}\n',
    );
  });
});

describe('SPDX licence expression grammar', () => {
  it.each([
    'MIT',
    'MIT OR Apache-2.0',
    '(MIT OR Apache-2.0) AND BSD-3-Clause',
    'GPL-2.0+ WITH Classpath-exception-2.0',
    'LicenseRef-acme',
    'Apache-2.0 and MIT',
  ])('accepts %s', (text) => expect(isSpdxExpression(text)).toBe(true));
  it.each(['SEE LICENSE IN LICENSE.md', 'MIT OR', '(MIT', 'MIT)', '', 'MIT/X11 License', 'AND'])(
    'rejects %j',
    (text) => expect(isSpdxExpression(text)).toBe(false),
  );
});
