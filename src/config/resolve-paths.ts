import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../model/index.js';
import { OSV_ONLINE } from './config.js';

/** Scan targets must exist and stay inside the workspace, so finding paths are repository-relative. */
export function resolveScanPaths(workspace: string, raw: string[], field: string): string[] {
  const paths = raw.length > 0 ? raw : ['.'];
  return paths.map((entry) => {
    const absolute = path.resolve(workspace, entry);
    const relative = path.relative(workspace, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new ConfigError(`'${entry}' is outside the workspace ${workspace}`, { field });
    }
    if (!existsSync(absolute)) throw new ConfigError(`'${entry}' does not exist`, { field });
    return relative === '' ? '.' : relative.split(path.sep).join('/');
  });
}

/** Rule sources are files or directories; each must exist. */
export function resolveRuleSources(workspace: string, raw: string[], field: string): string[] {
  return raw.map((entry) => {
    const absolute = path.resolve(workspace, entry);
    if (!existsSync(absolute))
      throw new ConfigError(`rule file or directory '${entry}' does not exist`, { field });
    const stat = statSync(absolute);
    if (!stat.isFile() && !stat.isDirectory()) {
      throw new ConfigError(`'${entry}' is neither a file nor a directory`, { field });
    }
    return absolute;
  });
}

export function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** An OSV database is `online` (the OSV API), or a directory or .zip of OSV JSON files as osv.dev exports them. */
export function resolveOsvDatabase(workspace: string, raw: string, field: string): string | null {
  if (raw.trim() === '') return null;
  if (raw.trim() === OSV_ONLINE) return OSV_ONLINE;
  const absolute = path.resolve(workspace, raw.trim());
  if (!existsSync(absolute)) throw new ConfigError(`OSV database '${raw}' does not exist`, { field });
  const stat = statSync(absolute);
  if (!stat.isDirectory() && !(stat.isFile() && absolute.toLowerCase().endsWith('.zip'))) {
    throw new ConfigError(`OSV database '${raw}' must be a directory or a .zip of OSV JSON records`, {
      field,
    });
  }
  return absolute;
}

export function parseHttpUrl(raw: string, field: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(`'${raw}' is not a URL`, { field });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`'${raw}' must be an http(s) URL`, { field });
  }
  return url.toString().replace(/\/+$/, '');
}

/** Files another tool wrote for us to import; each must exist and be a file. */
export function resolveImportFiles(workspace: string, raw: string[], field: string): string[] {
  return raw.map((entry) => {
    const absolute = path.resolve(workspace, entry);
    if (!existsSync(absolute) || !statSync(absolute).isFile()) {
      throw new ConfigError(`file to import '${entry}' does not exist or is not a file`, { field });
    }
    return absolute;
  });
}

/** The policy file must stay inside the workspace; whether it exists is the policy loader's question. */
export function resolvePolicyPath(workspace: string, raw: string, field: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  const relative = path.relative(workspace, path.resolve(workspace, value));
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ConfigError(`policy file '${value}' is outside the workspace ${workspace}`, { field });
  }
  return relative.split(path.sep).join('/');
}
