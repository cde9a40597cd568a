import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../model/index.js';
import {
  DEFAULT_EVIDENCE_DIR,
  DEFAULT_FAIL_ON,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_TIMEOUT_SECONDS,
  DEFAULT_OSV_API_URL,
  type ScanConfig,
} from './config.js';
import { parsePositiveInteger } from './action-inputs.js';
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
import { parseTimeoutSeconds } from './timeout-seconds.js';

export interface CliScanConfig extends ScanConfig {
  json: boolean;
  /** Write each finding's rule `fix` into the scanned files after the scan. */
  autofix: boolean;
  sarifFile: string | null;
}

export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'scan'; config: CliScanConfig }
  | { command: 'test'; rulesDir: string }
  | { command: 'verify'; evidenceDir: string }
  | { command: 'sbom'; workspace: string; paths: string[]; format: SbomFormat; outputFile: string | null };

export type SbomFormat = 'cyclonedx' | 'spdx';

export const CLI_USAGE = `Usage: soc2-scan <command> [options]

Commands:
  scan [paths...]        Scan paths (default: .) and write the evidence bundle
    --config <file|dir>  Rule file or directory; repeatable (default: the bundled pack)
    -e, --pattern <p>    Scan for one pattern instead of rule files, like semgrep -e (needs --lang)
    --lang <language>    The language of the -e pattern, e.g. python, js, ts, java, generic
    --fail-on <list>     Severities that block, e.g. critical,high (default), or none
    --evidence-dir <dir> Where the evidence bundle goes (default: ${DEFAULT_EVIDENCE_DIR})
    --sarif <file>       Also write SARIF 2.1.0 to this file
    --json               Print results shaped like semgrep --json instead of text
    --autofix            Apply rules' fix: replacements to the scanned files (after the evidence is written)
    --max-file-size <n>  Skip files larger than n bytes (default: ${DEFAULT_MAX_FILE_BYTES})
    --timeout <s>        Seconds one rule may spend on one file (default: ${DEFAULT_TIMEOUT_SECONDS})
    --allow-partial      Report rule timeouts but do not exit 3 for them
    --osv-db <dir|zip|online>  Match dependencies against OSV records: an export, or the OSV API
    --osv-api-url <url>  OSV API for --osv-db online (default: ${DEFAULT_OSV_API_URL})
    --policy <file>      Policy file (default: .soc2-scan.yml when it exists)
    --baseline-commit <rev>  Only findings new since this commit block; others are existing
    --import-sarif <file>    Import another scanner's SARIF 2.1.0 results; repeatable
    --import-semgrep <file>  Import semgrep --json results; repeatable
  sbom [path]            Print an SBOM of the lockfiles under path (default: .)
    --format <f>         cyclonedx (CycloneDX 1.6, default) or spdx (SPDX 2.3)
    -o, --output <file>  Write to a file instead of standard output
  test <rules dir>       Run rule tests (semgrep --test annotations: ruleid:, ok:, todoruleid:, todook:;
                         a x.fixed.<ext> beside x.<ext> is what the fixes must produce)
  verify <evidence dir>  Check an evidence bundle's manifest, hashes and audit-log chain

Options:
  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 nothing blocks, 1 blocking findings, 2 bad usage or configuration, 3 scan incomplete.`;

function parseOrThrow(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[\w-]+)/.exec(message)?.[1];
    throw new ConfigError(message.split('\n')[0], { field: flag ? `flag '${flag}'` : 'arguments' });
  }
}

export function parseCliArgs(argv: string[], options: { cwd: string; bundledRulesDir: string }): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    return { command: 'help' };
  }
  if (command === '-v' || command === '--version') return { command: 'version' };

  if (command === 'test' || command === 'verify') {
    const { positionals, values } = parseOrThrow(rest, { help: { type: 'boolean', short: 'h' } });
    if (values.help) return { command: 'help' };
    if (positionals.length !== 1) {
      throw new ConfigError(`'${command}' takes exactly one directory`, { field: 'arguments' });
    }
    const dir = path.resolve(options.cwd, positionals[0]);
    return command === 'test' ? { command, rulesDir: dir } : { command, evidenceDir: dir };
  }

  if (command === 'sbom') return parseSbomArgs(rest, options.cwd);
  if (command !== 'scan') {
    throw new ConfigError(`unknown command '${command}'; expected scan, sbom, test or verify`, {
      field: 'command',
    });
  }
  const { positionals, values } = parseOrThrow(rest, {
    config: { type: 'string', multiple: true, short: 'c' },
    pattern: { type: 'string', short: 'e' },
    lang: { type: 'string', short: 'l' },
    'fail-on': { type: 'string' },
    'evidence-dir': { type: 'string' },
    sarif: { type: 'string' },
    json: { type: 'boolean' },
    autofix: { type: 'boolean' },
    'max-file-size': { type: 'string' },
    timeout: { type: 'string' },
    'allow-partial': { type: 'boolean' },
    'osv-db': { type: 'string' },
    'osv-api-url': { type: 'string' },
    policy: { type: 'string' },
    'import-sarif': { type: 'string', multiple: true },
    'import-semgrep': { type: 'string', multiple: true },
    'baseline-commit': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { command: 'help' };
  const workspace = options.cwd;
  const ruleEntries = ((values.config as string[] | undefined) ?? []).flatMap(splitList);
  const failOn = values['fail-on'] as string | undefined;
  const maxFileSize = values['max-file-size'] as string | undefined;
  const sarif = values.sarif as string | undefined;
  const commandLinePattern = parseCommandLinePattern(
    values.pattern as string | undefined,
    values.lang as string | undefined,
    ruleEntries.length > 0,
  );
  return {
    command: 'scan',
    config: {
      workspace,
      paths: resolveScanPaths(workspace, positionals, 'arguments'),
      commandLinePattern,
      ruleSources:
        ruleEntries.length > 0 || commandLinePattern
          ? resolveRuleSources(workspace, ruleEntries, "flag '--config'")
          : [options.bundledRulesDir],
      failOn: failOn === undefined ? DEFAULT_FAIL_ON : parseSeverityList(failOn, "flag '--fail-on'"),
      evidenceDir: path.resolve(
        workspace,
        (values['evidence-dir'] as string | undefined) ?? DEFAULT_EVIDENCE_DIR,
      ),
      maxFileBytes:
        maxFileSize === undefined
          ? DEFAULT_MAX_FILE_BYTES
          : parsePositiveInteger(maxFileSize, "flag '--max-file-size'", { min: 1, max: 2 ** 31 }),
      timeoutPerFileMs: parseTimeoutSeconds((values.timeout as string | undefined) ?? '', "flag '--timeout'"),
      allowPartial: Boolean(values['allow-partial']),
      osvDatabase: resolveOsvDatabase(
        workspace,
        (values['osv-db'] as string | undefined) ?? '',
        "flag '--osv-db'",
      ),
      osvApiUrl: parseHttpUrl(
        (values['osv-api-url'] as string | undefined) ?? DEFAULT_OSV_API_URL,
        "flag '--osv-api-url'",
      ),
      policyFile: resolvePolicyPath(
        workspace,
        (values.policy as string | undefined) ?? '',
        "flag '--policy'",
      ),
      importSarif: resolveImportFiles(
        workspace,
        ((values['import-sarif'] as string[] | undefined) ?? []).flatMap(splitList),
        "flag '--import-sarif'",
      ),
      importSemgrep: resolveImportFiles(
        workspace,
        ((values['import-semgrep'] as string[] | undefined) ?? []).flatMap(splitList),
        "flag '--import-semgrep'",
      ),
      baselineCommit: parseCommitish((values['baseline-commit'] as string | undefined) ?? null),
      json: Boolean(values.json),
      autofix: Boolean(values.autofix),
      sarifFile: sarif === undefined ? null : path.resolve(workspace, sarif),
    },
  };
}

function parseCommandLinePattern(
  pattern: string | undefined,
  language: string | undefined,
  hasConfig: boolean,
): ScanConfig['commandLinePattern'] {
  if (pattern === undefined) {
    if (language !== undefined)
      throw new ConfigError("'--lang' names the language of an '-e' pattern; give one", {
        field: "flag '--lang'",
      });
    return null;
  }
  if (hasConfig)
    throw new ConfigError("'-e' replaces rule files: use either '-e' or '--config'", { field: "flag '-e'" });
  if (pattern.trim() === '') throw new ConfigError("the '-e' pattern is empty", { field: "flag '-e'" });
  if (language === undefined || language.trim() === '')
    throw new ConfigError("'-e' needs '--lang <language>'", { field: "flag '--lang'" });
  // The language itself is checked by the rule loader, which knows the grammars.
  return { pattern, language: language.trim() };
}

function parseCommitish(raw: string | null): string | null {
  if (raw === null) return null;
  const value = raw.trim();
  // A revision git understands, never an option: it is passed to git as an argument.
  if (!/^[\w./~^@{}-]+$/.test(value) || value.startsWith('-')) {
    throw new ConfigError(`'${raw}' is not a commit (a sha, branch or tag)`, {
      field: "flag '--baseline-commit'",
    });
  }
  return value;
}

function parseSbomArgs(args: string[], cwd: string): CliCommand {
  const { positionals, values } = parseOrThrow(args, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { command: 'help' };
  const format = (values.format as string | undefined) ?? 'cyclonedx';
  if (format !== 'cyclonedx' && format !== 'spdx') {
    throw new ConfigError(`unknown SBOM format '${format}'; expected cyclonedx or spdx`, {
      field: "flag '--format'",
    });
  }
  if (positionals.length > 1) throw new ConfigError("'sbom' takes at most one path", { field: 'arguments' });
  const output = values.output as string | undefined;
  // The SBOM describes the project at `path`, so that directory is its root (paths inside the SBOM
  // are relative to it); a lockfile given directly is read from its own directory.
  const target = path.resolve(cwd, positionals[0] ?? '.');
  if (!existsSync(target))
    throw new ConfigError(`'${positionals[0]}' does not exist`, { field: 'arguments' });
  const isFile = statSync(target).isFile();
  return {
    command: 'sbom',
    workspace: isFile ? path.dirname(target) : target,
    paths: [isFile ? path.basename(target) : '.'],
    format,
    outputFile: output === undefined ? null : path.resolve(cwd, output),
  };
}
