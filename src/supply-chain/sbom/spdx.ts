import type { DependencyInventory } from '../../model/index.js';
import { compareText } from './sbom-hashes.js';
import { sbomComponentGraph, type SbomComponent } from './sbom-components.js';
import { sbomUuid } from './sbom-identity.js';
import { isSpdxExpression } from './sbom-license.js';
import {
  repositoryDownloadLocation,
  repositoryPurl,
  sbomTimestamp,
  type SbomSubject,
} from './sbom-subject.js';

const DOCUMENT_ID = 'SPDXRef-DOCUMENT';
const ROOT_ID = 'SPDXRef-Repository';

interface Relationship {
  spdxElementId: string;
  relationshipType: 'DESCRIBES' | 'DEPENDS_ON' | 'DEV_DEPENDENCY_OF';
  relatedSpdxElement: string;
}

/** SPDX ids allow only letters, digits, `.` and `-`; a clash after sanitising gets a counter. */
function packageIds(components: SbomComponent[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>([DOCUMENT_ID, ROOT_ID]);
  for (const component of components) {
    const base = `SPDXRef-Package-${component.purl.replace(/^pkg:/, '').replace(/[^A-Za-z0-9.-]+/g, '-')}`;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    ids.set(component.purl, id);
  }
  return ids;
}

function purlRef(purl: string): object {
  return { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl };
}

function sourcesComment(component: SbomComponent): string {
  const where = component.sources.map((source) =>
    source.line ? `${source.file}:${source.line}` : source.file,
  );
  const facts = [`found in ${where.join(', ')}`];
  if (component.direct !== null) facts.push(component.direct ? 'direct' : 'transitive');
  if (component.dev !== null) facts.push(component.dev ? 'dev' : 'prod');
  return facts.join('; ');
}

function spdxPackage(component: SbomComponent, id: string): object {
  const expression =
    component.license !== null && isSpdxExpression(component.license) ? component.license : null;
  return {
    SPDXID: id,
    name: component.name,
    versionInfo: component.version,
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: expression ?? 'NOASSERTION',
    // Free text a lockfile records instead of an expression is kept, where SPDX allows prose.
    licenseComments:
      component.license !== null && expression === null
        ? `lockfile records: ${component.license}`
        : undefined,
    copyrightText: 'NOASSERTION',
    checksums: component.hashes.length
      ? component.hashes.map((hash) => ({ algorithm: hash.spdx, checksumValue: hash.content }))
      : undefined,
    externalRefs: [purlRef(component.purl)],
    primaryPackagePurpose: 'LIBRARY',
    comment: sourcesComment(component),
  };
}

function rootPackage(subject: SbomSubject): object {
  const purl = repositoryPurl(subject);
  return {
    SPDXID: ROOT_ID,
    name: subject.repository,
    versionInfo: subject.sha ?? undefined,
    downloadLocation: repositoryDownloadLocation(subject) ?? 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    externalRefs: purl ? [purlRef(purl)] : undefined,
    primaryPackagePurpose: 'APPLICATION',
    comment: subject.ref ? `ref ${subject.ref}` : undefined,
  };
}

function compareRelationship(a: Relationship, b: Relationship): number {
  return (
    compareText(a.spdxElementId, b.spdxElementId) ||
    compareText(a.relationshipType, b.relationshipType) ||
    compareText(a.relatedSpdxElement, b.relatedSpdxElement)
  );
}

/** An SPDX 2.3 JSON document of the inventory: the repository package, one package per component, the graph. */
export function toSpdx(inventory: DependencyInventory, subject: SbomSubject): object {
  const graph = sbomComponentGraph(inventory);
  const ids = packageIds(graph.components);
  const idOf = (purl: string): string => ids.get(purl)!;
  const uuid = sbomUuid('spdx', subject, inventory, graph);
  const server = subject.serverUrl.replace(/\/+$/, '');

  const relationships: Relationship[] = graph.rootDependsOn.map((purl) => ({
    spdxElementId: ROOT_ID,
    relationshipType: 'DEPENDS_ON',
    relatedSpdxElement: idOf(purl),
  }));
  for (const component of graph.components) {
    for (const target of component.dependsOn) {
      relationships.push({
        spdxElementId: idOf(component.purl),
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: idOf(target),
      });
    }
    // Dev-only packages, direct or pulled in by another dev package, serve the repository's development.
    if (component.dev === true) {
      relationships.push({
        spdxElementId: idOf(component.purl),
        relationshipType: 'DEV_DEPENDENCY_OF',
        relatedSpdxElement: ROOT_ID,
      });
    }
  }
  relationships.sort(compareRelationship);

  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: DOCUMENT_ID,
    name: `${subject.repository}${subject.sha ? `@${subject.sha}` : ''}`,
    // A URI that need not resolve (SPDX 2.3 §6.5), unique per content through the name-based UUID.
    documentNamespace: `${server}/${subject.repository}/spdx/${uuid}`,
    creationInfo: {
      created: sbomTimestamp(subject),
      creators: [`Tool: ${subject.toolName}-${subject.toolVersion}`],
    },
    documentDescribes: [ROOT_ID],
    packages: [
      rootPackage(subject),
      ...graph.components.map((component) => spdxPackage(component, idOf(component.purl))),
    ],
    relationships: [
      { spdxElementId: DOCUMENT_ID, relationshipType: 'DESCRIBES', relatedSpdxElement: ROOT_ID },
      ...relationships,
    ],
  };
}
