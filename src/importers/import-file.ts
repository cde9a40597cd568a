import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../model/index.js';
import { jsonErrorOffset } from '../supply-chain/lockfiles/npm/json-error-position.js';

export interface ParsedImportFile {
  json: unknown;
  sha256: string;
}

/** Reads and parses another tool's JSON output; a broken file is the user's input error (exit 2). */
export async function readImportFile(file: string, format: string): Promise<ParsedImportFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`cannot read the ${format} file to import (${code ?? String(error)})`, { file });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return { json: JSON.parse(text) as unknown, sha256 };
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const line = text.slice(0, offset).split('\n').length;
    throw new ConfigError(`not valid JSON, so not ${format} output: ${(error as Error).message}`, {
      file,
      line,
    });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}

export function recordOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
