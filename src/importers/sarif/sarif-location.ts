import { fileURLToPath } from 'node:url';
import { isRecord, positiveInteger, recordOf, stringOf } from '../import-file.js';
import type { TextRegion, WorkspaceSource } from '../workspace-source.js';

export interface SarifArtifactPath {
  path: string;
  /** Set when the file lies outside the workspace (the path is then as the tool wrote it). */
  outsideWorkspace?: true;
}

/**
 * The repository-relative path of an `artifactLocation`: `uri` (or the run's `artifacts[index]`),
 * resolved against `uriBaseId` through `run.originalUriBaseIds` when the run defines it. A base the run
 * does not define (CodeQL's `%SRCROOT%`) means the repository root. A file URI from another machine's
 * checkout falls back to the path relative to its base, which is the repository-relative path there.
 */
export function sarifArtifactPath(
  artifactLocation: Record<string, unknown>,
  run: Record<string, unknown>,
  source: WorkspaceSource,
): SarifArtifactPath | undefined {
  let location = artifactLocation;
  if (!stringOf(location.uri) && typeof location.index === 'number' && Array.isArray(run.artifacts)) {
    location = recordOf(recordOf(run.artifacts[location.index]).location);
  }
  const uri = stringOf(location.uri);
  if (!uri) return undefined;
  const base = resolveBase(stringOf(location.uriBaseId), recordOf(run.originalUriBaseIds), 0);
  const absolute = toUrl(uri, base);
  if (absolute?.protocol === 'file:') {
    const filePath = fileURLToPath(absolute);
    const inside = source.relativeTo(filePath);
    if (inside !== undefined) return { path: inside };
    if (!hasScheme(uri)) return { path: source.normalise(decode(uri)) };
    return { path: filePath.replace(/\\/g, '/'), outsideWorkspace: true };
  }
  if (absolute) return { path: absolute.href, outsideWorkspace: true };
  return { path: source.normalise(decode(uri)) };
}

/** The absolute base URI of `id`, following nested bases; undefined when the run leaves it open. */
function resolveBase(id: string | undefined, bases: Record<string, unknown>, depth: number): URL | undefined {
  if (!id || depth > 10 || !isRecord(bases[id])) return undefined;
  const entry = bases[id] as Record<string, unknown>;
  const uri = stringOf(entry.uri);
  if (!uri) return undefined;
  return toUrl(uri.endsWith('/') ? uri : `${uri}/`, resolveBase(stringOf(entry.uriBaseId), bases, depth + 1));
}

function toUrl(uri: string, base: URL | undefined): URL | undefined {
  try {
    if (hasScheme(uri)) return new URL(uri);
    return base ? new URL(uri, base) : undefined;
  } catch {
    return undefined;
  }
}

function hasScheme(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(uri) && !/^[a-z]:[\\/]/i.test(uri);
}

function decode(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** A SARIF region with the spec's defaults; undefined when it has no line (whole-file or offset-only). */
export function sarifRegion(region: Record<string, unknown>): TextRegion | undefined {
  const startLine = positiveInteger(region.startLine);
  if (!startLine) return undefined;
  return {
    startLine,
    startColumn: positiveInteger(region.startColumn) ?? 1,
    endLine: Math.max(startLine, positiveInteger(region.endLine) ?? startLine),
    endColumn: positiveInteger(region.endColumn),
  };
}
