import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import yauzl from 'yauzl';

import type { Ecosystem } from '../../model/index.js';
import { ScanIncompleteError } from '../../model/index.js';
import { parseOsvJson, type OsvRecord } from './osv-record.js';
import { normalisePackageName, osvEcosystem } from './package-name.js';

/** An OSV database that cannot be read: the scan fails closed (exit 3) and names the file. */
export class OsvDatabaseError extends ScanIncompleteError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`OSV database ${file}: ${message}`);
    this.name = 'OsvDatabaseError';
  }
}

/** OSV records indexed by (ecosystem, normalised package name). */
export class OsvDatabase {
  private readonly byId = new Map<string, OsvRecord>();
  private readonly byPackage = new Map<string, OsvRecord[]>();

  constructor(records: Iterable<OsvRecord> = []) {
    for (const record of records) this.add(record);
  }

  private add(record: OsvRecord): void {
    const existing = this.byId.get(record.id);
    // The same id in two files (an export refreshed in place): keep the newest revision.
    if (existing && (existing.modified ?? '') >= (record.modified ?? '')) return;
    if (existing) this.unindex(existing);
    this.byId.set(record.id, record);
    for (const key of this.keysOf(record)) {
      const list = this.byPackage.get(key) ?? [];
      list.push(record);
      this.byPackage.set(key, list);
    }
  }

  private unindex(record: OsvRecord): void {
    for (const key of this.keysOf(record)) {
      const remaining = (this.byPackage.get(key) ?? []).filter((other) => other !== record);
      this.byPackage.set(key, remaining);
    }
  }

  private keysOf(record: OsvRecord): Set<string> {
    const keys = new Set<string>();
    for (const affected of record.affected ?? []) {
      const ecosystem = affected.package && osvEcosystem(affected.package.ecosystem);
      if (ecosystem) keys.add(packageKey(ecosystem, affected.package!.name));
    }
    return keys;
  }

  /** Records with an `affected` entry for this package (withdrawn ones included; isAffected skips them). */
  recordsFor(ecosystem: Ecosystem, name: string): OsvRecord[] {
    return this.byPackage.get(packageKey(ecosystem, name)) ?? [];
  }

  /** Number of distinct record ids loaded. */
  get size(): number {
    return this.byId.size;
  }
}

function packageKey(ecosystem: Ecosystem, name: string): string {
  return `${ecosystem}\0${normalisePackageName(ecosystem, name)}`;
}

function parseFile(file: string, text: string): OsvRecord[] {
  try {
    return parseOsvJson(text);
  } catch (error) {
    throw new OsvDatabaseError(file, (error as Error).message);
  }
}

async function jsonFilesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

async function loadDirectory(directory: string): Promise<OsvRecord[]> {
  const records: OsvRecord[] = [];
  for (const file of await jsonFilesUnder(directory)) {
    records.push(...parseFile(file, await readFile(file, 'utf8')));
  }
  return records;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    );
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  });
}

/** Reads every *.json entry of a zip as osv.dev exports them (`<ecosystem>/all.zip`). */
async function loadZip(file: string): Promise<OsvRecord[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (error) {
    throw new OsvDatabaseError(file, `not a readable zip archive (${(error as Error).message})`);
  }
  const records: OsvRecord[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (error: Error) => reject(new OsvDatabaseError(file, error.message)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/') || !entry.fileName.toLowerCase().endsWith('.json')) {
        zip.readEntry();
        return;
      }
      readEntry(zip, entry)
        .then((text) => {
          records.push(...parseFile(`${file}!/${entry.fileName}`, text));
          zip.readEntry();
        })
        .catch((error: unknown) => {
          zip.close();
          reject(error instanceof OsvDatabaseError ? error : new OsvDatabaseError(file, String(error)));
        });
    });
    zip.readEntry();
  });
  return records;
}

/**
 * Loads OSV records from a directory (every *.json below it) or a .zip of OSV JSON files. A file
 * that is not an OSV record fails the load with an error naming it, since skipping it would hide
 * vulnerabilities.
 */
export async function loadOsvDatabase(location: string): Promise<OsvDatabase> {
  let info;
  try {
    info = await stat(location);
  } catch {
    throw new OsvDatabaseError(location, 'not found');
  }
  if (info.isDirectory()) return new OsvDatabase(await loadDirectory(location));
  if (location.toLowerCase().endsWith('.zip')) return new OsvDatabase(await loadZip(location));
  if (location.toLowerCase().endsWith('.json'))
    return new OsvDatabase(parseFile(location, await readFile(location, 'utf8')));
  throw new OsvDatabaseError(location, 'expected a directory of OSV JSON files or a .zip of them');
}
