import { readFile } from 'node:fs/promises';

/** The file's bytes, or null when it cannot be read: verify reports a problem, it never throws. */
export async function readBytes(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/** Parsed JSON, or null with a problem naming the file. */
export function parseJson<T>(bytes: Buffer, name: string, problems: string[]): T | null {
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch (error) {
    problems.push(`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}
