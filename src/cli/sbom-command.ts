import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SbomFormat } from '../config/index.js';
import { discoverFiles } from '../engine/index.js';
import { resolveRunContext } from '../integrations/github/resolve-run-context.js';
import { EXIT_CODES } from '../model/index.js';
import { runSupplyChain, sbomSubjectOf } from '../supply-chain/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { CliIo } from './cli-io.js';

/** `soc2-scan sbom [path] --format cyclonedx|spdx [-o file]`: the same SBOM the scan puts in evidence. */
export async function runSbomCommand(
  request: { workspace: string; paths: string[]; format: SbomFormat; outputFile: string | null },
  io: CliIo,
): Promise<number> {
  const { context } = await resolveRunContext(io.env, { token: null });
  const { files } = await discoverFiles(request.workspace, request.paths);
  const result = await runSupplyChain({
    workspace: request.workspace,
    files,
    vulnerabilities: null,
    subject: sbomSubjectOf(context, { name: TOOL_NAME, version: TOOL_VERSION }, new Date().toISOString()),
  });
  for (const problem of result.problems) io.stderr(`${TOOL_NAME}: ${problem.message}`);
  // An SBOM missing a lockfile that could not be read is incomplete: fail closed.
  if (result.problems.length > 0) return EXIT_CODES.scanIncomplete;
  const sbom = result.sboms.find(
    (candidate) => candidate.name === (request.format === 'spdx' ? 'sbom.spdx.json' : 'sbom.cdx.json'),
  )!;
  if (request.outputFile) {
    await mkdir(path.dirname(request.outputFile), { recursive: true });
    await writeFile(request.outputFile, sbom.content);
    io.stderr(
      `${sbom.format}: ${result.inventory.packages.length} component(s) from ${result.inventory.lockfiles.length} lockfile(s) → ${request.outputFile}`,
    );
  } else {
    io.stdout(sbom.content.trimEnd());
  }
  return EXIT_CODES.passed;
}
