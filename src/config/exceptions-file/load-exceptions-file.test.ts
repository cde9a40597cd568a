import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadExceptionsFile } from './index.js';

const REGISTER = `# security team's exception register
exceptions:
  - id: EX-12
    match: { fingerprint: "ABCDEF0123456789" }
    reason: "vendored test key, not deployed"
    approved-by: alice
    expires: 2026-12-31
  - id: EX-13
    match:
      rule: "js.*.eval"
      path: "vendor/**"
    reason: third-party code we do not modify
    approved-by:
    expires: "2026-06-30"
  - id: EX-14
    match: { rule: python.weak-hash }
    reason: checksums only
    approved-by: "  "
    expires: 2025-01-01
`;

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'exceptions-file-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('loadExceptionsFile', () => {
  it('is an empty register when the file does not exist', async () => {
    expect(await loadExceptionsFile(workspace, '.soc2-scan/exceptions.yml')).toEqual({
      path: null,
      sha256: null,
      entries: [],
    });
  });

  it('reads every entry with its line; an empty approved-by reads as unapproved (null)', async () => {
    await mkdir(path.join(workspace, '.soc2-scan'));
    await writeFile(path.join(workspace, '.soc2-scan', 'exceptions.yml'), REGISTER);
    const loaded = await loadExceptionsFile(workspace, '.soc2-scan/exceptions.yml');
    expect(loaded.path).toBe('.soc2-scan/exceptions.yml');
    expect(loaded.sha256).toBe(createHash('sha256').update(REGISTER).digest('hex'));
    expect(loaded.entries).toEqual([
      {
        id: 'EX-12',
        match: { fingerprint: 'abcdef0123456789' },
        reason: 'vendored test key, not deployed',
        approvedBy: 'alice',
        expires: '2026-12-31',
        line: 3,
      },
      {
        id: 'EX-13',
        match: { rule: 'js.*.eval', path: 'vendor/**' },
        reason: 'third-party code we do not modify',
        approvedBy: null,
        expires: '2026-06-30',
        line: 8,
      },
      {
        id: 'EX-14',
        match: { rule: 'python.weak-hash', path: null },
        reason: 'checksums only',
        approvedBy: null,
        expires: '2025-01-01',
        line: 15,
      },
    ]);
  });

  it('accepts an explicitly empty register', async () => {
    await writeFile(path.join(workspace, 'ex.yml'), 'exceptions: []\n');
    expect((await loadExceptionsFile(workspace, 'ex.yml')).entries).toEqual([]);
  });

  it('names the register file in errors', async () => {
    await writeFile(path.join(workspace, 'ex.yml'), 'exceptions:\n  - id: EX-1\n');
    await expect(loadExceptionsFile(workspace, 'ex.yml')).rejects.toThrow(
      /^ex\.yml:2, field 'exceptions\[0\]\.match'/,
    );
  });
});
