import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** A rule file and the target files that test it (`x.yaml` beside `x.<ext>`). */
export interface RuleTestCase {
  ruleFile: string;
  targetFiles: string[];
}

const RULE_FILE = /\.ya?ml$/i;
// Semgrep's convention for rules that scan YAML: `x.yaml` is tested by `x.test.yaml`.
const YAML_TARGET = /\.test\.ya?ml$/i;
// `x.fixed.js` is what the fixes must make of `x.js` (see run-rule-tests), not a target.
const FIXED_FILE = /\.fixed\.[^.]+$/i;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** Finds every rule file under `dir` (recursively) and pairs it with its sibling targets, sorted for stable output. */
export async function discoverRuleTests(dir: string): Promise<RuleTestCase[]> {
  const cases: RuleTestCase[] = [];
  await walk(path.resolve(dir), cases);
  return cases.sort((a, b) => a.ruleFile.localeCompare(b.ruleFile));
}

async function walk(dir: string, cases: RuleTestCase[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  const isRuleFile = (file: string) => RULE_FILE.test(file) && !YAML_TARGET.test(file);
  for (const name of files.filter(isRuleFile)) {
    const stem = name.replace(RULE_FILE, '');
    const targets = files.filter(
      (file) =>
        (!RULE_FILE.test(file) && !FIXED_FILE.test(file) && targetStems(file).includes(stem)) ||
        (YAML_TARGET.test(file) && file.replace(YAML_TARGET, '') === stem),
    );
    cases.push({
      ruleFile: path.join(dir, name),
      targetFiles: targets.sort().map((file) => path.join(dir, file)),
    });
  }
  for (const entry of entries) {
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name))
      await walk(path.join(dir, entry.name), cases);
  }
}

// A target's stem is its name up to the first dot, as semgrep --test reads it, so `x.session.php` and
// `x.web.config` test `x.yaml`; up to the last dot too, for rule files with dots in their names.
function targetStems(file: string): string[] {
  const first = file.indexOf('.');
  const last = file.lastIndexOf('.');
  return first > 0 ? [file.slice(0, first), file.slice(0, last)] : [];
}
