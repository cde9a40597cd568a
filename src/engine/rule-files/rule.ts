import type { Category, Confidence, Severity } from '../../model/index.js';
import type { RuleLanguage, TargetLanguage } from '../languages/language-registry.js';
import type { GenericPattern } from '../generic/generic-pattern.js';
import type { CompiledPattern } from '../patterns/pattern-node.js';
import type { BoundReading, ComparisonExpression } from '../patterns/metavariable-comparison.js';

/** A `pattern:` (or pattern-inside/-not…) compiled once per target language the rule runs on. */
export interface PatternLeaf {
  kind: 'pattern';
  source: string;
  compiled: Partial<Record<TargetLanguage, CompiledPattern>>;
  /** `options: {constant_propagation: false}` turns off matching literals through constant names. */
  constantPropagation?: boolean;
  /** `options: {symbolic_propagation: true}` also matches a name through the expression it was bound to once. */
  symbolicPropagation?: boolean;
  /** `options: {implicit_deep_exprstmt: false}`: a Dockerfile shell command pattern no longer matches deep inside. */
  deepExpressionStatements?: boolean;
  /** The spacegrep form, for `languages: [generic]` rules. */
  generic?: GenericPattern;
}

export interface RegexLeaf {
  kind: 'regex';
  source: string;
  regex: RegExp;
}

export interface MetavariableRegex {
  kind: 'regex';
  metavariable: string;
  regex: RegExp;
}

/** `metavariable-pattern`: the bound code (re-parsed as `language` when given) must match `formula`. */
export interface MetavariablePattern {
  kind: 'pattern';
  metavariable: string;
  formula: Formula;
  /** Another language to parse the bound text (or a bound string's content) with. */
  language?: TargetLanguage;
  /** Set for `language: generic` / `regex`: the formula runs on the bound text. */
  textOnly?: boolean;
}

/** `metavariable-comparison`: a small expression over bound values, evaluated without `eval`. */
export interface MetavariableComparison {
  kind: 'comparison';
  source: string;
  expression: ComparisonExpression;
  /** How the named metavariable's bound text is read (`strip:` unquotes it, `base:` reads an integer in that base). */
  reading?: BoundReading;
}

/** `metavariable-analysis`: the bound value (a string's content) must look like a secret, or a ReDoS-prone regex. */
export interface MetavariableAnalysis {
  kind: 'analysis';
  metavariable: string;
  analyzer: 'entropy' | 'redos';
}

/** `metavariable-type`: the bound code has one of these types, as a typed metavariable `($X : T)` would. */
export interface MetavariableType {
  kind: 'type';
  metavariable: string;
  types: string[];
}

export type MetavariableCondition =
  MetavariableRegex | MetavariablePattern | MetavariableComparison | MetavariableAnalysis | MetavariableType;

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
      conditions: MetavariableCondition[];
      /** `focus-metavariable`: each match is narrowed to these bindings' code. */
      focus?: string[];
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
  /** For taint rules: any of the sources (no source in a file, no finding), used for prefiltering. */
  formula: Formula;
  /** Set for `mode: taint` rules: findings come from the taint analysis, not from `formula`. */
  taint?: TaintSpec;
  metadata: Record<string, unknown>;
  paths?: { include?: string[]; exclude?: string[] };
  fix?: string;
  /** Where the rule was defined, for errors. */
  file: string;
  line: number;
}

/** One entry of `pattern-sources` / `-sinks` / `-sanitizers` / `-propagators`: a formula plus its options. */
export interface TaintSpecItem {
  formula: Formula;
  /** `focus-metavariable` of the item's `patterns`: the taint role applies to these bindings, not the whole match. */
  focus: string[];
  /**
   * Sources default to inexact (every subexpression of a match is tainted), sinks to exact (the match, or
   * a call's arguments, must carry taint), sanitizers to inexact (everything inside is clean).
   */
  exact: boolean;
  /** Sources and sanitizers: also (or `only`) change the matched l-value for the code that follows. */
  bySideEffect: boolean | 'only';
  /** Sources: the label the taint carries (Semgrep's default label when absent). */
  label?: string;
  /** Sinks: which labels must reach; sources may also require labels to become active (not supported). */
  requires?: string;
  /** Sanitizers: dropped where they match exactly a source's or sink's span (so `$F(...)` spares the sinks). */
  notConflicting?: boolean;
}

export interface TaintPropagator extends TaintSpecItem {
  from: string;
  to: string;
  /** With `label`: the labels turned into it (the others pass unchanged); absent, every label is. */
  replaceLabels?: string[];
}

/** A `mode: taint` rule's four lists, validated and compiled like search-mode formulas. */
export interface TaintSpec {
  sources: TaintSpecItem[];
  sinks: TaintSpecItem[];
  sanitizers: TaintSpecItem[];
  propagators: TaintPropagator[];
  /** `options.taint_assume_safe_booleans` / `_numbers`: values of these static types are never tainted. */
  assumeSafeBooleans?: boolean;
  assumeSafeNumbers?: boolean;
}
