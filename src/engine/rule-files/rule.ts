import type { Category, Confidence, Severity } from '../../model/index.js';
import type { RuleLanguage, TargetLanguage } from '../languages/language-registry.js';
import type { CompiledPattern } from '../patterns/pattern-node.js';

/** A `pattern:` (or pattern-inside/-not…) compiled once per target language the rule runs on. */
export interface PatternLeaf {
  kind: 'pattern';
  source: string;
  compiled: Partial<Record<TargetLanguage, CompiledPattern>>;
}

export interface RegexLeaf {
  kind: 'regex';
  source: string;
  regex: RegExp;
}

export interface MetavariableRegex {
  metavariable: string;
  regex: RegExp;
}

/** Semgrep's boolean pattern operators, validated and ready to evaluate. */
export type Formula =
  | PatternLeaf
  | RegexLeaf
  | { kind: 'either'; branches: Formula[] }
  | {
      kind: 'all';
      positives: Formula[];
      insides: Formula[];
      notInsides: Formula[];
      nots: Formula[];
      notRegexes: RegexLeaf[];
      conditions: MetavariableRegex[];
    };

export interface Rule {
  id: string;
  message: string;
  /** Severity as the rule file spells it (ERROR, WARNING, …) and as findings carry it. */
  ruleSeverity: string;
  severity: Severity;
  category: Category;
  confidence: Confidence;
  languages: RuleLanguage[];
  /** Parsed languages this rule runs on; empty for regex/generic rules, which run on any text file. */
  targetLanguages: TargetLanguage[];
  /** True for `regex`/`generic` rules: matched on text, applicable to every text file. */
  textOnly: boolean;
  formula: Formula;
  metadata: Record<string, unknown>;
  paths?: { include?: string[]; exclude?: string[] };
  fix?: string;
  /** Where the rule was defined, for errors. */
  file: string;
  line: number;
}
