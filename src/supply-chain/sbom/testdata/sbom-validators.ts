import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ajvModule, { type ErrorObject } from 'ajv';
import ajvFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

function cycloneDxSchemaDir(): string {
  return path.join(
    path.dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')),
    'res',
    'schema',
  );
}

function loadSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(cycloneDxSchemaDir(), file), 'utf8')) as Record<string, unknown>;
}

/**
 * Validates against the official CycloneDX 1.6 JSON schema as shipped in @cyclonedx/cyclonedx-library,
 * configured as that library's own validator is: draft-07, non-strict, ajv-formats, and `iri-reference`
 * / `idn-email` accepted as strings (ajv has no checker for them). The bom schema refers to its two
 * sub-schemas by their `.SNAPSHOT.` file names, so they are registered under those URLs.
 */
export function cycloneDx16Validator(): (document: unknown) => ErrorObject[] {
  // Both are CommonJS; under ESM their exports sit on .default.
  const Ajv = ajvModule.default;
  const addFormats = ajvFormats.default;
  const ajv = new Ajv({ strict: false, strictSchema: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('iri-reference', true);
  ajv.addFormat('idn-email', true);
  ajv.addSchema({
    ...loadSchema('spdx.SNAPSHOT.schema.json'),
    $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json',
  });
  ajv.addSchema({
    ...loadSchema('jsf-0.82.SNAPSHOT.schema.json'),
    $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json',
  });
  const validate = ajv.compile(loadSchema('bom-1.6.SNAPSHOT.schema.json'));
  return (document) => (validate(document) ? [] : (validate.errors ?? []));
}

const SPDX_RELATIONSHIP_TYPES = new Set([
  'DESCRIBES',
  'DEPENDS_ON',
  'DEV_DEPENDENCY_OF',
  'CONTAINS',
  'DESCRIBED_BY',
]);
const SPDX_CHECKSUM_ALGORITHMS = new Set([
  'SHA1',
  'BLAKE3',
  'SHA3-384',
  'SHA256',
  'SHA384',
  'BLAKE2b-512',
  'BLAKE2b-256',
  'SHA3-512',
  'MD2',
  'SHA224',
  'SHA512',
  'SHA3-256',
  'MD4',
  'MD5',
  'MD6',
  'ADLER32',
  'BLAKE2b-384',
]);
const SPDX_PURPOSES = new Set([
  'APPLICATION',
  'FRAMEWORK',
  'LIBRARY',
  'CONTAINER',
  'OPERATING-SYSTEM',
  'DEVICE',
  'FIRMWARE',
  'SOURCE',
  'ARCHIVE',
  'FILE',
  'INSTALL',
  'OTHER',
]);

/**
 * No npm package ships the SPDX 2.3 JSON schema (spdx/spdx-spec publishes it only in its git
 * repository), so this checks what that schema and the SPDX 2.3 specification require of the
 * fields soc2-scan writes: required document and package fields, their enums and formats, unique
 * SPDX ids and relationships whose ends exist. Returns the problems found; none means valid.
 */
export function spdx23Problems(document: unknown): string[] {
  const problems: string[] = [];
  const doc = document as Record<string, unknown>;
  const expect = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  expect(doc.spdxVersion === 'SPDX-2.3', 'spdxVersion');
  expect(doc.dataLicense === 'CC0-1.0', 'dataLicense');
  expect(doc.SPDXID === 'SPDXRef-DOCUMENT', 'SPDXID');
  expect(typeof doc.name === 'string' && doc.name.length > 0, 'name');
  expect(
    typeof doc.documentNamespace === 'string' &&
      /^[a-z][a-z0-9+.-]*:\/\/[^\s#]+$/i.test(doc.documentNamespace),
    'documentNamespace: absolute URI without #',
  );
  const creation = doc.creationInfo as { created?: unknown; creators?: unknown } | undefined;
  expect(
    typeof creation?.created === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(creation.created),
    'creationInfo.created: YYYY-MM-DDThh:mm:ssZ',
  );
  expect(
    Array.isArray(creation?.creators) &&
      creation.creators.length > 0 &&
      creation.creators.every((c) => typeof c === 'string' && /^(Tool|Organization|Person): \S/.test(c)),
    'creationInfo.creators',
  );

  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  const packages = Array.isArray(doc.packages) ? (doc.packages as Array<Record<string, unknown>>) : [];
  expect(Array.isArray(doc.packages), 'packages');
  for (const pkg of packages) {
    const id = pkg.SPDXID;
    expect(typeof id === 'string' && /^SPDXRef-[A-Za-z0-9.-]+$/.test(id), `package SPDXID ${String(id)}`);
    expect(!ids.has(id as string), `duplicate SPDXID ${String(id)}`);
    ids.add(id as string);
    expect(typeof pkg.name === 'string' && pkg.name.length > 0, `${String(id)}: name`);
    expect(
      typeof pkg.downloadLocation === 'string' && pkg.downloadLocation.length > 0,
      `${String(id)}: downloadLocation`,
    );
    expect(pkg.filesAnalyzed === false, `${String(id)}: filesAnalyzed false (no files listed)`);
    for (const field of ['licenseConcluded', 'licenseDeclared', 'copyrightText']) {
      expect(pkg[field] === undefined || typeof pkg[field] === 'string', `${String(id)}: ${field}`);
    }
    expect(
      pkg.primaryPackagePurpose === undefined || SPDX_PURPOSES.has(pkg.primaryPackagePurpose as string),
      `${String(id)}: primaryPackagePurpose`,
    );
    for (const checksum of (pkg.checksums as Array<Record<string, unknown>> | undefined) ?? []) {
      expect(
        SPDX_CHECKSUM_ALGORITHMS.has(checksum.algorithm as string),
        `${String(id)}: checksum algorithm ${String(checksum.algorithm)}`,
      );
      expect(
        typeof checksum.checksumValue === 'string' && /^[0-9a-f]+$/.test(checksum.checksumValue),
        `${String(id)}: checksumValue lower-case hex`,
      );
    }
    for (const ref of (pkg.externalRefs as Array<Record<string, unknown>> | undefined) ?? []) {
      expect(
        ['SECURITY', 'PACKAGE-MANAGER', 'PERSISTENT-ID', 'OTHER'].includes(ref.referenceCategory as string),
        `${String(id)}: referenceCategory`,
      );
      expect(
        typeof ref.referenceType === 'string' &&
          typeof ref.referenceLocator === 'string' &&
          !/\s/.test(ref.referenceLocator),
        `${String(id)}: externalRef`,
      );
    }
  }
  for (const described of (doc.documentDescribes as unknown[] | undefined) ?? []) {
    expect(ids.has(described as string), `documentDescribes ${String(described)} undefined`);
  }
  for (const rel of (doc.relationships as Array<Record<string, unknown>> | undefined) ?? []) {
    expect(
      SPDX_RELATIONSHIP_TYPES.has(rel.relationshipType as string),
      `relationshipType ${String(rel.relationshipType)}`,
    );
    expect(ids.has(rel.spdxElementId as string), `relationship from undefined ${String(rel.spdxElementId)}`);
    expect(
      ids.has(rel.relatedSpdxElement as string),
      `relationship to undefined ${String(rel.relatedSpdxElement)}`,
    );
  }
  return problems;
}
