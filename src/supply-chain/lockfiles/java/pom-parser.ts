import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { DependencyPackage } from '../../../model/index.js';
import { LockfileError, type LockfileParser } from '../lockfile-parser.js';
import { uniqueByPurl } from '../common/package-list.js';
import { isRecord, lineOfOffset } from '../common/structured-text.js';
import { mavenPurl } from './maven-package.js';
import { resolvePomValue } from './pom-properties.js';

const parser = new XMLParser({
  captureMetaData: true,
  parseTagValue: false,
  ignoreAttributes: true,
  isArray: (_name, jPath) =>
    jPath === 'project.dependencies.dependency' ||
    jPath === 'project.dependencyManagement.dependencies.dependency',
});
const META = XMLParser.getMetaDataSymbol() as unknown as string;

/**
 * pom.xml, read without Maven: the project's own `<dependencies>` whose version is written in the
 * file, either literally, through `${property}` from its `<properties>`, or through its own
 * `<dependencyManagement>`. Dependencies whose version comes from elsewhere (a parent POM, an
 * imported BOM) cannot be known without resolving those POMs and are left out. scope `test` = dev.
 * Transitive dependencies are not in a POM at all.
 */
export const pomXmlParser: LockfileParser = {
  format: 'pom.xml',
  matches: (fileName) => fileName === 'pom.xml',
  parse: (input) => {
    const valid = XMLValidator.validate(input.text);
    if (valid !== true) throw new LockfileError(input.path, `invalid XML: ${valid.err.msg}`, valid.err.line);
    const document: unknown = parser.parse(input.text);
    const project = isRecord(document) && isRecord(document.project) ? document.project : null;
    if (!project) throw new LockfileError(input.path, 'no <project> element', 1);
    const properties = pomProperties(project);
    const managed = new Map<string, string>();
    const management = isRecord(project.dependencyManagement) ? project.dependencyManagement : {};
    for (const dependency of dependencyList(management.dependencies)) {
      const version = resolvePomValue(text(dependency.version), properties);
      if (version) managed.set(`${text(dependency.groupId)}:${text(dependency.artifactId)}`, version);
    }
    const packages: DependencyPackage[] = [];
    for (const dependency of dependencyList(project.dependencies)) {
      const group = resolvePomValue(text(dependency.groupId), properties);
      const artifact = resolvePomValue(text(dependency.artifactId), properties);
      if (!group || !artifact) continue;
      const written = text(dependency.version);
      const version = written
        ? resolvePomValue(written, properties)
        : (managed.get(`${group}:${artifact}`) ?? null);
      if (!version) continue; // managed by a parent or BOM: not knowable from this file
      const scope = text(dependency.scope) || 'compile';
      const start = (dependency[META] as { startIndex?: number } | undefined)?.startIndex;
      packages.push({
        ecosystem: 'Maven',
        name: `${group}:${artifact}`,
        version,
        purl: mavenPurl(group, artifact, version),
        direct: true,
        dev: scope === 'test',
        license: null,
        hashes: {},
        source: { file: input.path, line: start === undefined ? null : lineOfOffset(input.text, start) },
        dependsOn: [],
      });
    }
    return uniqueByPurl(packages);
  },
};

/** `<properties>` plus the project coordinates Maven defines (`${project.version}` and friends). */
function pomProperties(project: Record<string, unknown>): Map<string, string> {
  const properties = new Map<string, string>();
  if (isRecord(project.properties)) {
    for (const [name, value] of Object.entries(project.properties)) properties.set(name, text(value));
  }
  const parent = isRecord(project.parent) ? project.parent : {};
  const coordinates: Record<string, string> = {
    'project.groupId': text(project.groupId) || text(parent.groupId),
    'project.artifactId': text(project.artifactId),
    'project.version': text(project.version) || text(parent.version),
    'project.parent.groupId': text(parent.groupId),
    'project.parent.version': text(parent.version),
  };
  for (const [name, value] of Object.entries(coordinates)) {
    if (value) {
      properties.set(name, value);
      properties.set(name.replace(/^project\./, 'pom.'), value);
    }
  }
  return properties;
}

function dependencyList(dependencies: unknown): Array<Record<string, unknown>> {
  return isRecord(dependencies) && Array.isArray(dependencies.dependency)
    ? dependencies.dependency.filter(isRecord)
    : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
