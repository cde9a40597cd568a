import { isRecord } from '../common/structured-text.js';
import { normalisePypiName } from './pypi-package.js';

/** What pyproject.toml says the project itself asks for, by PEP 503 name. */
export interface PyprojectDeclarations {
  /** Runtime requirements: [project] dependencies + optional extras, [tool.poetry.dependencies]. */
  main: Set<string>;
  /** Development groups: [tool.poetry.group.*], [tool.poetry.dev-dependencies], [dependency-groups]. */
  dev: Set<string>;
}

/** Reads the declared dependency names of a parsed pyproject.toml. */
export function pyprojectDeclarations(pyproject: Record<string, unknown>): PyprojectDeclarations {
  const main = new Set<string>();
  const dev = new Set<string>();
  const project = isRecord(pyproject.project) ? pyproject.project : {};
  for (const spec of stringList(project.dependencies)) addPep508(main, spec);
  if (isRecord(project['optional-dependencies'])) {
    for (const extra of Object.values(project['optional-dependencies'])) {
      for (const spec of stringList(extra)) addPep508(main, spec);
    }
  }
  if (isRecord(pyproject['dependency-groups'])) {
    for (const group of Object.values(pyproject['dependency-groups'])) {
      for (const spec of stringList(group)) addPep508(dev, spec);
    }
  }
  const tool = isRecord(pyproject.tool) ? pyproject.tool : {};
  const poetry = isRecord(tool.poetry) ? tool.poetry : {};
  addKeys(main, poetry.dependencies);
  addKeys(dev, poetry['dev-dependencies']);
  if (isRecord(poetry.group)) {
    for (const [groupName, group] of Object.entries(poetry.group)) {
      if (isRecord(group)) addKeys(groupName === 'main' ? main : dev, group.dependencies);
    }
  }
  main.delete('python');
  dev.delete('python');
  return { main, dev };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function addKeys(into: Set<string>, table: unknown): void {
  if (isRecord(table)) for (const name of Object.keys(table)) into.add(normalisePypiName(name));
}

/** The name at the start of a PEP 508 requirement (`requests[socks]>=2; python_version<'3.9'`). */
function addPep508(into: Set<string>, spec: string): void {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
  if (match) into.add(normalisePypiName(match[1]));
}
