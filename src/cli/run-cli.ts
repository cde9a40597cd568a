import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseCliArgs, CLI_USAGE, type CliScanConfig } from '../config/index.js';
import { bundledRulesDir } from '../engine/index.js';
import { formatRuleTestReport, runRuleTests } from '../engine/rule-tests/index.js';
import { verifyEvidenceBundle } from '../evidence/index.js';
import { ConfigError, EXIT_CODES } from '../model/index.js';
import { runScanPipeline } from '../pipeline/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { resolveRunContext } from '../integrations/github/resolve-run-context.js';
import { toSemgrepJson } from './semgrep-json.js';
import { formatTextReport } from './text-report.js';
import { applyFixes, formatAutofixReport } from './apply-fixes.js';
import { runSbomCommand } from './sbom-command.js';
import type { CliIo } from './cli-io.js';

export type { CliIo } from './cli-io.js';

/** Runs one CLI command and returns its exit code (DESIGN §4); the caller sets process.exitCode. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseCliArgs(argv, { cwd: io.cwd, bundledRulesDir: bundledRulesDir() });
    switch (parsed.command) {
      case 'help':
        io.stdout(CLI_USAGE);
        return EXIT_CODES.passed;
      case 'version':
        io.stdout(`${TOOL_NAME} ${TOOL_VERSION}`);
        return EXIT_CODES.passed;
      case 'test': {
        const report = await runRuleTests(parsed.rulesDir, TOOL_VERSION);
        io.stdout(formatRuleTestReport(report));
        return report.failures.length === 0 ? EXIT_CODES.passed : EXIT_CODES.blocked;
      }
      case 'verify': {
        const report = await verifyEvidenceBundle(parsed.evidenceDir);
        if (report.ok) {
          io.stdout(
            `verified ${parsed.evidenceDir}: ${report.checked.files} file(s), ${report.checked.events} audit event(s) intact`,
          );
          return EXIT_CODES.passed;
        }
        io.stderr(report.problems.map((problem) => `verify: ${problem}`).join('\n'));
        return EXIT_CODES.blocked;
      }
      case 'scan':
        return await runScanCommand(parsed.config, io);
      case 'sbom':
        return await runSbomCommand(parsed, io);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${TOOL_NAME}: ${error.message}`);
      return EXIT_CODES.configError;
    }
    io.stderr(
      `${TOOL_NAME}: internal error, failing closed: ${error instanceof Error ? error.stack : String(error)}`,
    );
    return EXIT_CODES.scanIncomplete;
  }
}

async function runScanCommand(config: CliScanConfig, io: CliIo): Promise<number> {
  // The CLI never calls the GitHub API for actors: ids come from the event payload when there is one.
  const { context } = await resolveRunContext(io.env, { token: null });
  const { record, bundle } = await runScanPipeline({ config, context });
  if (config.sarifFile) {
    await mkdir(path.dirname(config.sarifFile), { recursive: true });
    await copyFile(bundle.sarifFile, config.sarifFile);
  }
  if (config.json) io.stdout(JSON.stringify(toSemgrepJson(record), null, 2));
  else io.stdout(formatTextReport(record, path.relative(io.cwd, bundle.dir) || '.'));
  if (config.autofix) io.stderr(formatAutofixReport(await applyFixes(config.workspace, record.decisions)));
  if (record.outcome.error && config.json) io.stderr(`${TOOL_NAME}: ${record.outcome.error}`);
  return record.outcome.exitCode;
}
