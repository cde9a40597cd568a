import type { ScanConfig } from '../config/index.js';
import { discoverFiles, scanRepository, type LoadedRules } from '../engine/index.js';
import type { Finding, RunContext, ScanProblem, ScanResult } from '../model/index.js';
import {
  runSupplyChain,
  sbomSubjectOf,
  type LicensePolicy,
  type SupplyChainResult,
} from '../supply-chain/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { vulnerabilitySource } from './vulnerability-source.js';

export interface WorkspaceScan {
  scan: ScanResult;
  supplyChain: SupplyChainResult;
  findings: Finding[];
  problems: ScanProblem[];
}

/**
 * Rules and the supply chain over one tree: the workspace, or a scratch copy of the base's changed files
 * for the baseline. One walk of the tree serves both the rule scan and the lockfile inventory.
 */
export async function scanWorkspace(options: {
  config: ScanConfig;
  rules: LoadedRules;
  context: RunContext;
  startedAt: string;
  licenses: LicensePolicy;
  /** Scan this directory instead of the configured workspace and paths. */
  root?: string;
}): Promise<WorkspaceScan> {
  const { config, rules } = options;
  const workspace = options.root ?? config.workspace;
  const paths = options.root ? ['.'] : config.paths;
  const discovered = await discoverFiles(workspace, paths);
  const scan = await scanRepository({
    workspace,
    paths,
    rules,
    maxFileBytes: config.maxFileBytes,
    timeoutPerFileMs: config.timeoutPerFileMs,
    toolVersion: TOOL_VERSION,
    discovered,
  });
  const supplyChain = await runSupplyChain({
    workspace,
    files: discovered.files,
    vulnerabilities: vulnerabilitySource(config),
    subject: sbomSubjectOf(options.context, { name: TOOL_NAME, version: TOOL_VERSION }, options.startedAt),
    licenses: options.licenses,
  });
  return {
    scan,
    supplyChain,
    findings: [...scan.findings, ...supplyChain.findings],
    problems: [...scan.problems, ...supplyChain.problems],
  };
}
