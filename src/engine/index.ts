export { loadRules, parseRuleFile, type InlineRuleFile, type LoadedRules } from './rule-files/load-rules.js';
export {
  commandLineRuleFile,
  COMMAND_LINE_RULESET,
  type CommandLinePattern,
} from './rule-files/command-line-rule.js';
export type { Formula, Rule } from './rule-files/rule.js';
export { scanRepository, type ScanRequest } from './scan/scan-repository.js';
export { scanFile, type FileScanOutcome, type RuleMatch } from './scan/scan-file.js';
export { bundledRulesDir } from './languages/asset-locator.js';
export {
  SUPPORTED_LANGUAGES,
  type RuleLanguage,
  type TargetLanguage,
} from './languages/language-registry.js';
export { discoverFiles, type DiscoveredFiles } from './scan/discover-files.js';
export { severityOf as semgrepSeverityOf } from './rule-files/rule-metadata.js';
export { applyFixEdits, type FixEdit, type FixEditsResult } from './fix/apply-fix-edits.js';
