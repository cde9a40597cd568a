import { parse as parseToml, TomlError } from 'smol-toml';
import { LineCounter, parseDocument, type Document, type DocumentOptions, type ParseOptions } from 'yaml';
import { LockfileError, type LockfileInput } from '../lockfile-parser.js';
import { jsonErrorOffset } from '../npm/json-error-position.js';

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A TOML lockfile (poetry.lock, uv.lock, Cargo.lock) as a table; a syntax error names the file and line. */
export function parseTomlLockfile(input: LockfileInput): Record<string, unknown> {
  return parseTomlText(input.path, input.text);
}

/** TOML text of `file` (a lockfile or a manifest beside it) as a table. */
export function parseTomlText(file: string, text: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) {
      throw new LockfileError(file, `invalid TOML: ${error.message.split('\n')[0]}`, error.line);
    }
    throw error;
  }
}

/** A JSON lockfile or manifest; a syntax error names the file and line. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LockfileError(file, 'invalid JSON', lineOfOffset(text, jsonErrorOffset(text)));
  }
}

/** A JSON document whose top level must be an object. */
export function parseJsonObject(file: string, text: string): Record<string, unknown> {
  const value = parseJsonText(file, text);
  if (!isRecord(value)) throw new LockfileError(file, 'expected a JSON object at the top level', 1);
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Lines of each `[[name]]` array-of-tables header, in document order. TOML parsers drop positions,
 * and the n-th header is the n-th element of the parsed array, so this gives each entry its line.
 */
export function arrayTableLines(text: string, name: string): number[] {
  const header = new RegExp(`^\\s*\\[\\[\\s*${name.replace(/[.]/g, '\\.')}\\s*\\]\\]`);
  const lines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (header.test(line)) lines.push(index + 1);
  });
  return lines;
}

/** Repository-relative path of a file beside the lockfile, for error messages and package sources. */
export function siblingPath(lockfilePath: string, name: string): string {
  const slash = lockfilePath.lastIndexOf('/');
  return slash >= 0 ? `${lockfilePath.slice(0, slash + 1)}${name}` : name;
}

/** A YAML lockfile (pnpm-lock.yaml, yarn Berry) as a document with its line counter; a syntax error names the file and line. */
export function parseYamlLockfile(
  input: LockfileInput,
  options: ParseOptions & DocumentOptions = {},
): { document: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(input.text, { ...options, lineCounter });
  const problem = document.errors[0];
  if (problem) {
    throw new LockfileError(
      input.path,
      `invalid YAML: ${problem.message.split('\n')[0]}`,
      problem.linePos?.[0].line,
    );
  }
  return { document, lineCounter };
}
