import path from 'node:path';
import { ConfigError } from '../model/index.js';
import {
  DEFAULT_EVIDENCE_DIR,
  DEFAULT_FAIL_ON,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_OSV_API_URL,
  type ActionConfig,
} from './config.js';
import {
  parseHttpUrl,
  resolveImportFiles,
  resolveOsvDatabase,
  resolvePolicyPath,
  resolveRuleSources,
  resolveScanPaths,
  splitList,
} from './resolve-paths.js';
import { parseSeverityList } from './severity-list.js';
import { parseTicketInputs } from './ticket-inputs.js';
import { parseTimeoutSeconds } from './timeout-seconds.js';

/** The action's inputs as declared in action.yml; one place names them. */
export const ActionInput = {
  paths: 'paths',
  config: 'config',
  failOn: 'fail-on',
  evidenceDir: 'evidence-dir',
  uploadEvidence: 'upload-evidence',
  retentionDays: 'retention-days',
  githubToken: 'github-token',
  maxFileSize: 'max-file-size',
  timeout: 'timeout',
  allowPartial: 'allow-partial',
  osvDb: 'osv-db',
  osvApiUrl: 'osv-api-url',
  policy: 'policy',
  importSarif: 'import-sarif',
  importSemgrep: 'import-semgrep',
  pullRequestComment: 'pr-comment',
} as const;

export type InputReader = (name: string) => string;

const inputField = (name: string) => `input '${name}'`;

function parseBoolean(raw: string, name: string, fallback: boolean): boolean {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(`expected 'true' or 'false', got '${raw}'`, { field: inputField(name) });
}

export function parsePositiveInteger(
  raw: string,
  field: string,
  range: { min: number; max: number },
): number {
  const value = raw.trim();
  if (!/^\d+$/.test(value) || Number(value) < range.min || Number(value) > range.max) {
    throw new ConfigError(`expected a whole number from ${range.min} to ${range.max}, got '${raw}'`, {
      field,
    });
  }
  return Number(value);
}

/** Reads every input once and validates it before any work starts. */
export function loadActionConfig(
  getInput: InputReader,
  options: { workspace: string; bundledRulesDir: string; githubApiUrl?: string },
): ActionConfig {
  const { workspace } = options;
  const ruleEntries = splitList(getInput(ActionInput.config));
  const retention = getInput(ActionInput.retentionDays).trim();
  const maxFileSize = getInput(ActionInput.maxFileSize).trim();
  const token = getInput(ActionInput.githubToken).trim();
  const evidenceDir = getInput(ActionInput.evidenceDir).trim() || DEFAULT_EVIDENCE_DIR;
  const failOn = getInput(ActionInput.failOn);

  return {
    workspace,
    paths: resolveScanPaths(workspace, splitList(getInput(ActionInput.paths)), inputField(ActionInput.paths)),
    ruleSources:
      ruleEntries.length > 0
        ? resolveRuleSources(workspace, ruleEntries, inputField(ActionInput.config))
        : [options.bundledRulesDir],
    failOn:
      failOn.trim() === '' ? DEFAULT_FAIL_ON : parseSeverityList(failOn, inputField(ActionInput.failOn)),
    evidenceDir: path.resolve(workspace, evidenceDir),
    maxFileBytes:
      maxFileSize === ''
        ? DEFAULT_MAX_FILE_BYTES
        : parsePositiveInteger(maxFileSize, inputField(ActionInput.maxFileSize), { min: 1, max: 2 ** 31 }),
    timeoutPerFileMs: parseTimeoutSeconds(getInput(ActionInput.timeout), inputField(ActionInput.timeout)),
    allowPartial: parseBoolean(getInput(ActionInput.allowPartial), ActionInput.allowPartial, false),
    osvDatabase: resolveOsvDatabase(workspace, getInput(ActionInput.osvDb), inputField(ActionInput.osvDb)),
    osvApiUrl: parseHttpUrl(
      getInput(ActionInput.osvApiUrl) || DEFAULT_OSV_API_URL,
      inputField(ActionInput.osvApiUrl),
    ),
    uploadEvidence: parseBoolean(getInput(ActionInput.uploadEvidence), ActionInput.uploadEvidence, true),
    retentionDays:
      retention === ''
        ? null
        : parsePositiveInteger(retention, inputField(ActionInput.retentionDays), { min: 1, max: 90 }),
    githubToken: token === '' ? null : token,
    policyFile: resolvePolicyPath(workspace, getInput(ActionInput.policy), inputField(ActionInput.policy)),
    importSarif: resolveImportFiles(
      workspace,
      splitList(getInput(ActionInput.importSarif)),
      inputField(ActionInput.importSarif),
    ),
    importSemgrep: resolveImportFiles(
      workspace,
      splitList(getInput(ActionInput.importSemgrep)),
      inputField(ActionInput.importSemgrep),
    ),
    baselineCommit: null,
    pullRequestComment: parseBoolean(
      getInput(ActionInput.pullRequestComment),
      ActionInput.pullRequestComment,
      true,
    ),
    tickets: parseTicketInputs(getInput, { githubApiUrl: options.githubApiUrl }),
  };
}
