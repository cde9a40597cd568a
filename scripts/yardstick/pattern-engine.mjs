// One yardstick case, as `semgrep -e PATTERN --lang LANG --json TARGET` would run it: the pattern
// becomes a one-rule YAML file and goes through the engine's public API (loadRules + scanRepository),
// so the score measures exactly what users get. Bundled by scripts/yardstick-patterns.mjs; never
// shipped. Usage: node pattern-engine.mjs <lang> <pattern-file> <target>
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadRules, scanRepository } from '../../src/engine/index.ts';

async function runCase(language, patternFile, target) {
  const pattern = (await readFile(patternFile, 'utf8')).replace(/\s+$/, '');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'soc2-yardstick-'));
  try {
    const ruleFile = path.join(dir, 'pattern.yaml');
    const rule = { id: 'yardstick', message: 'match', severity: 'INFO', languages: [language], pattern };
    await writeFile(ruleFile, stringify({ rules: [rule] }));
    const rules = await loadRules([ruleFile]);
    const scan = await scanRepository({
      workspace: path.dirname(target),
      paths: [path.basename(target)],
      rules,
      maxFileBytes: 10 * 1024 * 1024,
      toolVersion: 'yardstick',
    });
    // A skipped target or an internal problem must not pass for "no match": report it as an error.
    const errors = [
      ...scan.problems.map((problem) => ({ level: 'error', message: `${problem.kind}: ${problem.message}` })),
      ...scan.scope.skipped.map((skip) => ({
        level: 'error',
        message: `skipped ${skip.path}: ${skip.reason}${skip.detail ? ` (${skip.detail})` : ''}`,
      })),
    ];
    const results = scan.findings.map((finding) => ({
      path: finding.location.path,
      start: { line: finding.location.startLine, col: finding.location.startColumn },
      end: { line: finding.location.endLine, col: finding.location.endColumn },
    }));
    return { results, errors };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const [language, patternFile, target] = process.argv.slice(2);
try {
  if (!target) throw new Error('usage: pattern-engine.mjs <lang> <pattern-file> <target>');
  process.stdout.write(JSON.stringify(await runCase(language, patternFile, path.resolve(target))));
} catch (error) {
  process.stdout.write(JSON.stringify({ results: [], errors: [{ level: 'error', message: String(error) }] }));
}
