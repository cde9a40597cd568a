import { stringify } from 'yaml';
import type { InlineRuleFile } from './load-rules.js';

/** What `scan -e <pattern> --lang <lang>` asks for: one ad-hoc rule, like `semgrep -e`. */
export interface CommandLinePattern {
  pattern: string;
  language: string;
}

/** The ruleset name recorded in the evidence for the `-e` rule (there is no file to point to). */
export const COMMAND_LINE_RULESET = 'command-line:-e';

/**
 * The `-e` rule as rule YAML, so it is validated, parsed and recorded exactly like a rule file. Semgrep
 * names this rule `-` with severity ERROR; the message is the pattern, so findings say what matched.
 */
export function commandLineRuleFile({ pattern, language }: CommandLinePattern): InlineRuleFile {
  const rule = { id: '-', message: pattern, severity: 'ERROR', languages: [language], pattern };
  return { name: COMMAND_LINE_RULESET, text: stringify({ rules: [rule] }) };
}
