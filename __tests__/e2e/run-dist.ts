import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distCli = path.join(repoRoot, 'dist', 'cli.js');
export const distAction = path.join(repoRoot, 'dist', 'index.js');

/** Every file a complete evidence bundle holds (DESIGN §3), sorted. */
export const BUNDLE_FILES = [
  'audit-log.jsonl',
  'findings.json',
  'manifest.json',
  'results.sarif',
  'sbom.cdx.json',
  'sbom.spdx.json',
  'scan-record.json',
  'soc2-summary.md',
];

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a separate node process, its own cwd and environment. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): ProcessResult {
  const result = spawnSync(process.execPath, [distCli, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? cleanEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The parent environment without anything that would make the child think it runs in Actions. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      key.startsWith('GITHUB_') ||
      key.startsWith('INPUT_') ||
      key.startsWith('ACTIONS_') ||
      key.startsWith('RUNNER_')
    ) {
      continue;
    }
    if (key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * Runs the built action like the runner does (`node dist/index.js` with INPUT_* and GITHUB_*), without
 * blocking this process, so the local protocol servers in the test can answer it.
 */
export function runActionAsync(env: NodeJS.ProcessEnv, cwd: string): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [distAction], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Reads the `name<<delimiter … delimiter` records @actions/core appends to $GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3];
  return outputs;
}
