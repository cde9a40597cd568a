import type { DependencyInventory } from '../../model/index.js';
import { sbomComponentGraph, type SbomComponent } from './sbom-components.js';
import { sbomUuid } from './sbom-identity.js';
import { isSpdxExpression } from './sbom-license.js';
import { repositoryPurl, sbomTimestamp, type SbomSubject } from './sbom-subject.js';

interface CdxProperty {
  name: string;
  value: string;
}

/** bom-ref of the repository when it has no purl (not on github.com). */
function rootRef(subject: SbomSubject): string {
  return (
    repositoryPurl(subject) ??
    `soc2-scan:repository:${subject.repository}${subject.sha ? `@${subject.sha}` : ''}`
  );
}

function sourceValue(source: SbomComponent['sources'][number]): string {
  return source.line ? `${source.file}:${source.line}` : source.file;
}

function properties(component: SbomComponent): CdxProperty[] {
  const found: CdxProperty[] = component.sources.map((source) => ({
    name: 'soc2-scan:source',
    value: sourceValue(source),
  }));
  if (component.direct !== null) found.push({ name: 'soc2-scan:direct', value: String(component.direct) });
  if (component.dev !== null) found.push({ name: 'soc2-scan:dev', value: String(component.dev) });
  // The name CycloneDX's property taxonomy registers for npm dev dependencies (cyclonedx-npm writes it).
  if (component.ecosystem === 'npm' && component.dev === true) {
    found.push({ name: 'cdx:npm:package:development', value: 'true' });
  }
  return found;
}

/**
 * CycloneDX scope: `excluded` is the spec's value for components "for test and other non-runtime
 * purposes", which is what a dev-only dependency is; `optional` would claim it ships but may be
 * absent at run time. Prod is `required`. When the lockfile cannot say, scope is left out and so is
 * the soc2-scan:dev property: a reader sees "not recorded" rather than a guess.
 */
function scope(component: SbomComponent): 'required' | 'excluded' | undefined {
  if (component.dev === true) return 'excluded';
  if (component.dev === false) return 'required';
  return undefined;
}

function licenses(component: SbomComponent): object[] | undefined {
  if (component.license === null) return undefined;
  if (isSpdxExpression(component.license)) return [{ expression: component.license }];
  return [{ license: { name: component.license } }];
}

function cdxComponent(component: SbomComponent): object {
  return {
    type: 'library',
    'bom-ref': component.purl,
    group: component.group ?? undefined,
    name: component.shortName,
    version: component.version,
    scope: scope(component),
    hashes: component.hashes.length
      ? component.hashes.map((hash) => ({ alg: hash.cycloneDx, content: hash.content }))
      : undefined,
    licenses: licenses(component),
    purl: component.purl,
    properties: properties(component),
  };
}

/** A CycloneDX 1.6 JSON BOM of the inventory: the repository at its commit, its components and their graph. */
export function toCycloneDx(inventory: DependencyInventory, subject: SbomSubject): object {
  const graph = sbomComponentGraph(inventory);
  const root = rootRef(subject);
  const purl = repositoryPurl(subject);
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${sbomUuid('cyclonedx', subject, inventory, graph)}`,
    version: 1,
    metadata: {
      timestamp: sbomTimestamp(subject),
      tools: { components: [{ type: 'application', name: subject.toolName, version: subject.toolVersion }] },
      component: {
        type: 'application',
        'bom-ref': root,
        name: subject.repository,
        version: subject.sha ?? undefined,
        purl: purl ?? undefined,
        properties: subject.ref ? [{ name: 'soc2-scan:ref', value: subject.ref }] : undefined,
      },
      properties: inventory.lockfiles
        .map((lockfile) => ({ name: 'soc2-scan:lockfile', value: `${lockfile.path} (${lockfile.format})` }))
        .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
    },
    components: graph.components.map(cdxComponent),
    dependencies: [
      { ref: root, dependsOn: graph.rootDependsOn },
      ...graph.components.map((component) => ({ ref: component.purl, dependsOn: component.dependsOn })),
    ],
  };
}
