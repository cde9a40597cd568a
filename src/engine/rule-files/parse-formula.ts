import { isMap, isScalar, isSeq } from 'yaml';
import type { TargetLanguage } from '../languages/language-registry.js';
import { compileGenericPattern } from '../generic/generic-pattern.js';
import { compilePattern, PatternSyntaxError } from '../patterns/compile-pattern.js';
import { compileRegex } from '../patterns/regex.js';
import type {
  Formula,
  MetavariableAnalysis,
  MetavariableType,
  MetavariableComparison,
  MetavariablePattern,
  MetavariableRegex,
  PatternLeaf,
  RegexLeaf,
} from './rule.js';
import { canonicalRuleLanguage, parserFor, targetLanguagesOf } from '../languages/language-registry.js';
import { parseComparison } from '../patterns/metavariable-comparison.js';
import { toPlain, type YamlSource } from './yaml-source.js';

/** Languages a rule's patterns are compiled for: those it names (must parse) and those implied (may not). */
export interface PatternLanguages {
  required: TargetLanguage[];
  implied: TargetLanguage[];
  /** Set when the rule is regex/generic: structural patterns are not allowed. */
  textOnly: boolean;
  /** Set when the rule is `languages: [generic]`: patterns are spacegrep patterns. */
  generic?: boolean;
  /** `options.constant_propagation` (default true). */
  constantPropagation?: boolean;
  /** `options.symbolic_propagation` (default false). */
  symbolicPropagation?: boolean;
  /** `options.implicit_deep_exprstmt` (default true). */
  deepExpressionStatements?: boolean;
}

export const TOP_LEVEL_OPERATORS = ['pattern', 'patterns', 'pattern-either', 'pattern-regex'] as const;
const CONJUNCTION_OPERATORS = [
  'pattern',
  'patterns',
  'pattern-either',
  'pattern-regex',
  'pattern-inside',
  'pattern-not',
  'pattern-not-inside',
  'pattern-not-regex',
  'metavariable-regex',
  'metavariable-pattern',
  'metavariable-comparison',
  'metavariable-analysis',
  'metavariable-type',
  'focus-metavariable',
];
const METAVARIABLE_PATTERN_OPERATORS = ['pattern', 'patterns', 'pattern-either', 'pattern-regex'];
const EITHER_OPERATORS = ['pattern', 'patterns', 'pattern-either', 'pattern-regex', 'pattern-inside'];
const NOT_YET_SUPPORTED = new Set(['pattern-where-python']);
const ANALYZERS: ReadonlyArray<MetavariableAnalysis['analyzer']> = ['entropy', 'redos'];

function emptyConjunction(): Extract<Formula, { kind: 'all' }> {
  return {
    kind: 'all',
    positives: [],
    insides: [],
    notInsides: [],
    nots: [],
    notRegexes: [],
    conditions: [],
  };
}

/** A formula whose ranges all come from pattern-inside: Semgrep's "inside" ranges. */
function isInsideOnly(formula: Formula): boolean {
  if (formula.kind === 'all') return formula.positives.length === 0 && formula.insides.length > 0;
  return formula.kind === 'either' && formula.branches.every(isInsideOnly);
}

/** Turns one operator (`pattern-either: […]`, …) into a Formula, compiling patterns and regexes. */
export class FormulaParser {
  /** Implied languages where some pattern did not parse: the rule must not run there at all. */
  readonly droppedLanguages = new Set<TargetLanguage>();
  /** Above zero while parsing a metavariable-pattern's formula, where the bound code is the implicit positive. */
  private metavariablePatternDepth = 0;

  constructor(
    private readonly yaml: YamlSource,
    private readonly languages: PatternLanguages,
  ) {}

  async operator(key: string, value: unknown, keyNode: unknown): Promise<Formula> {
    switch (key) {
      case 'pattern':
        return this.pattern(value, key, keyNode);
      case 'pattern-inside':
      case 'pattern-not':
      case 'pattern-not-inside':
        // Semgrep also takes a nested operator here: `pattern-not: {patterns: […]}`.
        if (isMap(value)) return this.item(value, EITHER_OPERATORS, key);
        return this.pattern(value, key, keyNode);
      case 'pattern-regex':
      case 'pattern-not-regex':
        return this.regex(value, key, keyNode);
      case 'pattern-either': {
        const items = this.yaml.list(value, key, keyNode);
        if (items.length === 0) this.yaml.fail(`'${key}' needs at least one pattern`, value, key);
        const branches: Formula[] = [];
        for (const item of items) {
          const branch = await this.item(item, EITHER_OPERATORS, key);
          // Kept recognisable as an inside-range, which a surrounding `patterns` treats as such.
          const inside = isMap(item) && this.yaml.entries(item)[0]?.[0] === 'pattern-inside';
          branches.push(inside ? { ...emptyConjunction(), insides: [branch] } : branch);
        }
        return { kind: 'either', branches };
      }
      case 'patterns':
        return this.conjunction(value, keyNode);
      default:
        return this.yaml.fail(`unknown operator '${key}'`, keyNode, key);
    }
  }

  private async item(item: unknown, allowed: string[], parent: string): Promise<Formula> {
    const [key, keyNode, value] = this.singleKey(item, parent);
    if (!allowed.includes(key)) this.rejectOperator(key, keyNode, allowed, parent);
    return this.operator(key, value, keyNode);
  }

  private singleKey(item: unknown, parent: string): [string, unknown, unknown] {
    if (!isMap(item))
      this.yaml.fail(`each entry of '${parent}' must be a mapping with one operator`, item, parent);
    const entries = this.yaml.entries(item);
    if (entries.length !== 1)
      this.yaml.fail(`each entry of '${parent}' must have exactly one operator`, item, parent);
    return entries[0];
  }

  private rejectOperator(key: string, keyNode: unknown, allowed: string[], parent: string): never {
    if (NOT_YET_SUPPORTED.has(key)) this.yaml.fail(`operator '${key}' is not supported yet`, keyNode, key);
    if (CONJUNCTION_OPERATORS.includes(key)) {
      this.yaml.fail(`operator '${key}' is not allowed inside '${parent}'`, keyNode, key);
    }
    return this.yaml.fail(`unknown operator '${key}' (expected one of: ${allowed.join(', ')})`, keyNode, key);
  }

  private async conjunction(value: unknown, keyNode: unknown): Promise<Formula> {
    const items = this.yaml.list(value, 'patterns', keyNode);
    let formula = emptyConjunction();
    for (const item of items) {
      const [key, itemKeyNode, itemValue] = this.singleKey(item, 'patterns');
      if (!CONJUNCTION_OPERATORS.includes(key))
        this.rejectOperator(key, itemKeyNode, CONJUNCTION_OPERATORS, 'patterns');
      if (key === 'metavariable-regex') {
        formula.conditions.push(this.metavariableRegex(itemValue, itemKeyNode));
        continue;
      }
      if (key === 'metavariable-pattern') {
        formula.conditions.push(await this.metavariablePattern(itemValue, itemKeyNode));
        continue;
      }
      if (key === 'metavariable-comparison') {
        formula.conditions.push(this.metavariableComparison(itemValue, itemKeyNode));
        continue;
      }
      if (key === 'metavariable-analysis') {
        formula.conditions.push(this.metavariableAnalysis(itemValue, itemKeyNode));
        continue;
      }
      if (key === 'metavariable-type') {
        formula.conditions.push(this.metavariableType(itemValue, itemKeyNode));
        continue;
      }
      if (key === 'focus-metavariable') {
        const names = isSeq(itemValue) ? itemValue.items : [itemValue];
        formula.focus = [
          ...(formula.focus ?? []),
          ...names.map((n) => this.metavariableName(n, key, itemKeyNode)),
        ];
        continue;
      }
      const operand = await this.operator(key, itemValue, itemKeyNode);
      // Semgrep's ranges keep their kind: what only pattern-insides produced (directly, or through
      // pattern-either/patterns) is intersected as an inside, and a negation of it removes what it contains.
      if (key === 'pattern-inside' || (key !== 'pattern-not' && isInsideOnly(operand)))
        formula.insides.push(operand);
      else if (key === 'pattern-not' && !isInsideOnly(operand)) formula.nots.push(operand);
      else if (key === 'pattern-not') formula.notInsides.push(operand);
      else if (key === 'pattern-not-inside') formula.notInsides.push(operand);
      else if (key === 'pattern-not-regex') formula.notRegexes.push(operand as RegexLeaf);
      else {
        // A pattern after `focus-metavariable` is matched against the focused code, as in Semgrep: what
        // came before (focus included) becomes the first positive of the rest. A focus written before any
        // pattern has nothing to focus yet: it applies to the whole conjunction, wherever it is written.
        const focusable = formula.positives.length > 0 || formula.insides.length > 0;
        if (formula.focus?.length && focusable) formula = { ...emptyConjunction(), positives: [formula] };
        formula.positives.push(operand);
      }
    }
    if (
      formula.positives.length === 0 &&
      formula.insides.length === 0 &&
      this.metavariablePatternDepth === 0
    ) {
      this.yaml.fail(
        "'patterns' needs at least one positive pattern (pattern, pattern-either, pattern-inside…)",
        keyNode,
        'patterns',
      );
    }
    return formula;
  }

  private metavariableRegex(value: unknown, keyNode: unknown): MetavariableRegex {
    const map = this.yaml.map(value, 'metavariable-regex', keyNode);
    let metavariable: string | undefined;
    let regex: RegExp | undefined;
    for (const [key, node, child] of this.yaml.entries(map)) {
      if (key === 'metavariable') {
        metavariable = this.metavariableName(child, key, node);
      } else if (key === 'regex') {
        regex = this.compile(this.yaml.string(child, key, node), child, key, 'y');
      } else if (key !== 'constant-propagation') {
        this.yaml.fail(`unknown key '${key}' in metavariable-regex`, node, key);
      }
    }
    if (!metavariable)
      this.yaml.fail("metavariable-regex needs 'metavariable'", keyNode, 'metavariable-regex');
    if (!regex) this.yaml.fail("metavariable-regex needs 'regex'", keyNode, 'metavariable-regex');
    return { kind: 'regex', metavariable, regex };
  }

  private metavariableName(node: unknown, field: string, where: unknown): string {
    const name = this.yaml.string(node, field, where);
    if (!/^\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*$/.test(name))
      this.yaml.fail(`'${name}' is not a metavariable ($NAME)`, node, field);
    // `$...X` names its own binding, apart from `$X`, as in Semgrep.
    return name;
  }

  /** `metavariable-pattern`: `metavariable`, optional `language`, and one pattern operator (nested freely). */
  private async metavariablePattern(value: unknown, keyNode: unknown): Promise<MetavariablePattern> {
    const field = 'metavariable-pattern';
    const map = this.yaml.map(value, field, keyNode);
    let metavariable: string | undefined;
    let languageName: string | undefined;
    let operator: [string, unknown, unknown] | undefined;
    for (const entry of this.yaml.entries(map)) {
      const [key, node, child] = entry;
      if (key === 'metavariable') metavariable = this.metavariableName(child, key, node);
      else if (key === 'language') languageName = this.yaml.string(child, key, node);
      else if (METAVARIABLE_PATTERN_OPERATORS.includes(key)) {
        if (operator)
          this.yaml.fail(`${field} takes one of ${METAVARIABLE_PATTERN_OPERATORS.join(', ')}`, node, key);
        operator = entry;
      } else this.yaml.fail(`unknown key '${key}' in ${field}`, node, key);
    }
    if (!metavariable) this.yaml.fail(`${field} needs 'metavariable'`, keyNode, field);
    if (!operator)
      this.yaml.fail(`${field} needs one of ${METAVARIABLE_PATTERN_OPERATORS.join(', ')}`, keyNode, field);
    let parser: FormulaParser | undefined;
    let language: TargetLanguage | undefined;
    // In a regex/generic rule the bound text stays text, whatever language the file itself is parsed as.
    let textOnly = this.languages.textOnly;
    if (languageName) {
      const canonical = canonicalRuleLanguage(languageName);
      if (!canonical) this.yaml.fail(`unknown or unsupported language '${languageName}'`, map, 'language');
      textOnly = canonical === 'regex' || canonical === 'generic';
      language = textOnly ? undefined : targetLanguagesOf(canonical)[0];
      parser = new FormulaParser(this.yaml, {
        required: language ? [language] : [],
        implied: [],
        textOnly,
        generic: canonical === 'generic',
        constantPropagation: this.languages.constantPropagation,
        symbolicPropagation: this.languages.symbolicPropagation,
        deepExpressionStatements: this.languages.deepExpressionStatements,
      });
      // Parsed on demand at match time, so the grammar must be ready before evaluation (which is synchronous).
      // A Dockerfile's shell commands are Bash: its grammar is the one to have ready.
      if (language) await parserFor(language === 'dockerfile' ? 'bash' : language);
    }
    const inner = parser ?? this;
    inner.metavariablePatternDepth++;
    const formula = await inner.operator(operator[0], operator[2], operator[1]);
    inner.metavariablePatternDepth--;
    return { kind: 'pattern', metavariable, formula, language, textOnly };
  }

  private metavariableComparison(value: unknown, keyNode: unknown): MetavariableComparison {
    const field = 'metavariable-comparison';
    const map = this.yaml.map(value, field, keyNode);
    let source: string | undefined;
    let comparisonNode: unknown;
    let metavariable: string | undefined;
    let strip = false;
    let base: number | undefined;
    for (const [key, node, child] of this.yaml.entries(map)) {
      if (key === 'comparison') {
        source = this.yaml.string(child, key, node);
        comparisonNode = child;
      } else if (key === 'metavariable') metavariable = this.metavariableName(child, key, node);
      else if (key === 'strip') {
        const flag = toPlain(child);
        if (flag !== true && flag !== false && flag !== 'true' && flag !== 'false')
          this.yaml.fail(`'strip' must be true or false`, child ?? node, key);
        strip = flag === true || flag === 'true';
      } else if (key === 'base') {
        const radix = Number(toPlain(child));
        if (!Number.isInteger(radix) || radix < 2 || radix > 36)
          this.yaml.fail(`'base' must be an integer from 2 to 36`, child ?? node, key);
        base = radix;
      } else
        this.yaml.fail(
          `unknown key '${key}' in ${field} (expected comparison, metavariable, strip, base)`,
          node,
          key,
        );
    }
    if (!source) this.yaml.fail(`${field} needs 'comparison'`, keyNode, field);
    try {
      const expression = parseComparison(source);
      const reading = metavariable && (strip || base) ? { metavariable, strip, base } : undefined;
      return { kind: 'comparison', source, expression, ...(reading ? { reading } : {}) };
    } catch (error) {
      return this.yaml.fail(`invalid comparison: ${(error as Error).message}`, comparisonNode, 'comparison');
    }
  }

  private metavariableAnalysis(value: unknown, keyNode: unknown): MetavariableAnalysis {
    const field = 'metavariable-analysis';
    const map = this.yaml.map(value, field, keyNode);
    let metavariable: string | undefined;
    let analyzer: string | undefined;
    for (const [key, node, child] of this.yaml.entries(map)) {
      if (key === 'metavariable') metavariable = this.metavariableName(child, key, node);
      else if (key === 'analyzer') {
        analyzer = this.yaml.string(child, key, node);
        if (!(ANALYZERS as readonly string[]).includes(analyzer)) {
          // entropy_v2 needs Semgrep's proprietary plugin; a rule must not silently match nothing.
          this.yaml.fail(
            `analyzer '${analyzer}' is not supported (expected ${ANALYZERS.join(' or ')})`,
            child,
            key,
          );
        }
      } else this.yaml.fail(`unknown key '${key}' in ${field} (expected metavariable, analyzer)`, node, key);
    }
    if (!metavariable) this.yaml.fail(`${field} needs 'metavariable'`, keyNode, field);
    if (!analyzer) this.yaml.fail(`${field} needs 'analyzer'`, keyNode, field);
    return { kind: 'analysis', metavariable, analyzer: analyzer as MetavariableAnalysis['analyzer'] };
  }

  private metavariableType(value: unknown, keyNode: unknown): MetavariableType {
    const field = 'metavariable-type';
    const map = this.yaml.map(value, field, keyNode);
    let metavariable: string | undefined;
    const types: string[] = [];
    for (const [key, node, child] of this.yaml.entries(map)) {
      if (key === 'metavariable') metavariable = this.metavariableName(child, key, node);
      else if (key === 'type') types.push(this.yaml.string(child, key, node));
      else if (key === 'types')
        for (const item of this.yaml.list(child, key, node)) types.push(this.yaml.string(item, key, node));
      // `language` names the language the types are written in: the rule's own, here.
      else if (key !== 'language')
        this.yaml.fail(`unknown key '${key}' in ${field} (expected metavariable, type, types)`, node, key);
    }
    if (!metavariable) this.yaml.fail(`${field} needs 'metavariable'`, keyNode, field);
    if (types.length === 0) this.yaml.fail(`${field} needs 'type' or 'types'`, keyNode, field);
    return { kind: 'type', metavariable, types };
  }

  private async pattern(value: unknown, field: string, keyNode: unknown): Promise<PatternLeaf | RegexLeaf> {
    // languages: [regex]: Semgrep reads every pattern operator's text as a regex (`pattern-not-inside: ws://localhost`).
    if (this.languages.textOnly && !this.languages.generic) return this.regex(value, field, keyNode);
    // Semgrep takes `pattern: ''`: no statements, so it matches nothing (compilePattern says so).
    const empty =
      field === 'pattern' &&
      !this.languages.generic &&
      isScalar(value) &&
      typeof value.value === 'string' &&
      value.value.trim() === '';
    const source = empty ? '' : this.yaml.string(value, field, keyNode);
    if (this.languages.generic) {
      // languages: [generic]: matched on text by src/engine/generic, never parsed by a grammar.
      try {
        return { kind: 'pattern', source, compiled: {}, generic: compileGenericPattern(source) };
      } catch (error) {
        this.yaml.fail((error as Error).message, value, field);
      }
    }
    const compiled: PatternLeaf['compiled'] = {};
    for (const language of this.languages.required) {
      try {
        compiled[language] = await compilePattern(source, language);
      } catch (error) {
        if (error instanceof PatternSyntaxError) this.yaml.fail(error.message, value, field);
        throw error;
      }
    }
    for (const language of this.languages.implied) {
      // e.g. a javascript pattern that is not valid TypeScript: the rule just does not run on that language.
      const result = await compilePattern(source, language).catch(() => undefined);
      if (result) compiled[language] = result;
      else this.droppedLanguages.add(language);
    }
    return {
      kind: 'pattern',
      source,
      compiled,
      constantPropagation: this.languages.constantPropagation,
      symbolicPropagation: this.languages.symbolicPropagation,
      deepExpressionStatements: this.languages.deepExpressionStatements,
    };
  }

  private regex(value: unknown, field: string, keyNode: unknown): RegexLeaf {
    const source =
      isScalar(value) && typeof value.value === 'number'
        ? String(value.value)
        : this.yaml.string(value, field, keyNode);
    return { kind: 'regex', source, regex: this.compile(source, value, field, 'gm') };
  }

  private compile(source: string, node: unknown, field: string, flags: string): RegExp {
    try {
      return compileRegex(source, flags);
    } catch (error) {
      return this.yaml.fail(`invalid regex: ${(error as Error).message}`, node, field);
    }
  }
}
