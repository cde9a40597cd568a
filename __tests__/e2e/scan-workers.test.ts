import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, repoRoot, runCli } from './run-dist.js';

/**
 * The built CLI scans files in worker threads (dist/scan-worker/); the report must not depend on it:
 * same findings in the same order, same skipped files and scope as scanning in-process.
 */
describe('dist/cli.js scan in worker threads', () => {
  let workspace: string;

  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'soc2-e2e-workers-'));
    const pack = path.join(repoRoot, 'src', 'rules');
    // The bundled pack's annotated examples, several times over, so both workers get files with findings.
    for (const copy of ['a', 'b', 'c']) {
      for (const language of readdirSync(pack)) {
        const dir = path.join(workspace, copy, language);
        mkdirSync(dir, { recursive: true });
        for (const file of readdirSync(path.join(pack, language))) {
          if (!/\.ya?ml$/.test(file)) cpSync(path.join(pack, language, file), path.join(dir, file));
        }
      }
    }
    writeFileSync(path.join(workspace, 'a', 'bundle.min.js'), `var a=${'1+'.repeat(6000)}1;\n`);
    writeFileSync(path.join(workspace, 'a', 'image.py'), Buffer.from([0x70, 0x00, 0x01]));
    writeFileSync(path.join(workspace, 'notes.txt'), 'nothing to scan here\n');
  });

  function scan(workers: string) {
    const evidence = path.join(workspace, '..', `${path.basename(workspace)}-evidence-${workers}`);
    const result = runCli(['scan', '.', '--json', '--fail-on', 'none', '--evidence-dir', evidence], {
      cwd: workspace,
      env: cleanEnv({ SOC2_SCAN_WORKERS: workers }),
    });
    expect(result.status).toBe(0);
    const record = JSON.parse(readFileSync(path.join(evidence, 'scan-record.json'), 'utf8')) as {
      scope: unknown;
    };
    return {
      report: JSON.parse(result.stdout) as { results: unknown[]; errors: unknown[] },
      scope: record.scope,
    };
  }

  it('reports the same findings, errors and scope as an in-process scan', () => {
    expect(existsSync(path.join(repoRoot, 'dist', 'scan-worker', 'index.js'))).toBe(true);
    const inProcess = scan('0');
    const inWorkers = scan('2');
    expect(inProcess.report.results.length).toBeGreaterThan(30);
    expect(inWorkers.report.results).toEqual(inProcess.report.results);
    expect(inWorkers.report.errors).toEqual(inProcess.report.errors);
    expect(inWorkers.scope).toEqual(inProcess.scope);
  });
});
