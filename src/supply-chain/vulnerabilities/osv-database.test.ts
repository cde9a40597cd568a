import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import yazl from 'yazl';

import { loadOsvDatabase, OsvDatabaseError } from './osv-database.js';
import type { OsvRecord } from './osv-record.js';

const lodash: OsvRecord = {
  id: 'GHSA-35jh-r3h4-6jhm',
  modified: '2024-01-01T00:00:00Z',
  aliases: ['CVE-2021-23337'],
  affected: [
    {
      package: { ecosystem: 'npm', name: 'lodash' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
    },
  ],
};
const requests: OsvRecord = {
  id: 'PYSEC-2023-74',
  modified: '2023-06-01T00:00:00Z',
  affected: [
    {
      package: { ecosystem: 'PyPI', name: 'Requests' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.3.0' }, { fixed: '2.31.0' }] }],
    },
  ],
};
const debian: OsvRecord = {
  id: 'DSA-0001',
  affected: [{ package: { ecosystem: 'Debian:12', name: 'openssl' }, versions: ['3.0.0'] }],
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'osv-db-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function writeZip(file: string, entries: Record<string, string>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(file)).on('close', resolve).on('error', reject);
  });
}

describe('loadOsvDatabase', () => {
  it('loads every *.json below a directory and indexes records by package', async () => {
    await mkdir(path.join(dir, 'npm'), { recursive: true });
    await mkdir(path.join(dir, 'PyPI', 'nested'), { recursive: true });
    await writeFile(path.join(dir, 'npm', `${lodash.id}.json`), JSON.stringify(lodash));
    await writeFile(path.join(dir, 'PyPI', 'nested', `${requests.id}.json`), JSON.stringify(requests));
    await writeFile(path.join(dir, 'README.md'), 'not a record');

    const db = await loadOsvDatabase(dir);

    expect(db.size).toBe(2);
    expect(db.recordsFor('npm', 'lodash').map((r) => r.id)).toEqual(['GHSA-35jh-r3h4-6jhm']);
    expect(db.recordsFor('PyPI', 'requests').map((r) => r.id)).toEqual(['PYSEC-2023-74']);
    expect(db.recordsFor('npm', 'requests')).toEqual([]);
  });

  it('loads a zip of OSV JSON as osv.dev exports it', async () => {
    const zipFile = path.join(dir, 'all.zip');
    await writeZip(zipFile, {
      [`${lodash.id}.json`]: JSON.stringify(lodash),
      [`${requests.id}.json`]: JSON.stringify(requests),
      [`${debian.id}.json`]: JSON.stringify(debian),
    });

    const db = await loadOsvDatabase(zipFile);

    expect(db.size).toBe(3);
    expect(db.recordsFor('npm', 'lodash')[0].aliases).toEqual(['CVE-2021-23337']);
    expect(db.recordsFor('PyPI', 'requests')).toHaveLength(1);
  });

  it('names the zip entry of a malformed record', async () => {
    const zipFile = path.join(dir, 'all.zip');
    const broken = {
      ...lodash,
      affected: [
        {
          package: { ecosystem: 'npm', name: 'lodash' },
          ranges: [{ type: 'SEMVER', events: [{ fixed: 4 }] }],
        },
      ],
    };
    await writeZip(zipFile, {
      'good.json': JSON.stringify(requests),
      'GHSA-broken.json': JSON.stringify(broken),
    });

    const load = loadOsvDatabase(zipFile);

    await expect(load).rejects.toThrow(OsvDatabaseError);
    await expect(loadOsvDatabase(zipFile)).rejects.toThrow(
      /all\.zip!\/GHSA-broken\.json: 'affected\[0\]\.ranges\[0\]\.events\[0\]'/,
    );
  });

  it('names the file of a record that is not JSON or has no id', async () => {
    await writeFile(path.join(dir, 'bad.json'), '{"id": ');
    await expect(loadOsvDatabase(dir)).rejects.toThrow(/bad\.json: not valid JSON/);
    await writeFile(path.join(dir, 'bad.json'), '{"summary": "x"}');
    await expect(loadOsvDatabase(dir)).rejects.toThrow(/bad\.json: 'id' is missing/);
  });

  it('keeps the newest revision when one id appears twice', async () => {
    const older = { ...lodash, modified: '2020-01-01T00:00:00Z', summary: 'old' };
    const newer = { ...lodash, modified: '2025-01-01T00:00:00Z', summary: 'new' };
    await writeFile(path.join(dir, 'a.json'), JSON.stringify(newer));
    await writeFile(path.join(dir, 'b.json'), JSON.stringify(older));

    const db = await loadOsvDatabase(dir);

    expect(db.size).toBe(1);
    expect(db.recordsFor('npm', 'lodash').map((r) => r.summary)).toEqual(['new']);
  });

  it('fails for a location that does not exist or is not a database', async () => {
    await expect(loadOsvDatabase(path.join(dir, 'missing'))).rejects.toThrow(/missing: not found/);
    await writeFile(path.join(dir, 'db.tar'), 'x');
    await expect(loadOsvDatabase(path.join(dir, 'db.tar'))).rejects.toThrow(/expected a directory/);
    await writeFile(path.join(dir, 'fake.zip'), 'not a zip');
    await expect(loadOsvDatabase(path.join(dir, 'fake.zip'))).rejects.toThrow(
      /fake\.zip: not a readable zip/,
    );
  });
});
