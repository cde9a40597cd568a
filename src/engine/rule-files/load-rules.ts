import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isMap } from 'yaml';
import { ConfigError, type RuleNotRun, type RulesetInfo } from '../../model/index.js';
import {
  canonicalRuleLanguage,
  isSemgrepLanguageWithoutGrammar,
  targetLanguagesOf,
  type RuleLanguage,
  type TargetLanguage,
} from '../languages/language-registry.js';
import { FormulaParser, TOP_LEVEL_OPERATORS } from './parse-formula.js';
import { parseTaintRule, sourcesFormula, TAINT_RULE_KEYS } from './parse-taint.js';
import type { Formula, Rule } from './rule.js';
import { categoryOf, confidenceOf, severityOf, SEVERITY_NAMES } from './rule-metadata.js';
import { toPlain, YamlSource } from './yaml-source.js';

export interface LoadedRules {
  rules: Rule[];
  /** One entry per rule file; `path` is absolute here and made relative by scanRepository. */
  rulesets: RulesetInfo[];
  /** The rule YAML of rulesets that are not files (`-e`), by ruleset path, for scan workers to parse. */
  inlineTexts?: Record<string, string>;
}

const RULE_KEYS = new Set([
  'id',
  'message',
  'severity',
  'languages',
  'metadata',
  'paths',
  'fix',
  'fix-regex',
  'options',
  'min-version',
  'max-version',
  'title',
  ...TOP_LEVEL_OPERATORS,
]);
const TAINT_KEYS = new Set(['mode', ...TAINT_RULE_KEYS]);
const RULE_FILE = /\.ya?ml$/i;

/** Rule YAML that is not a file, e.g. the rule `scan -e <pattern>` builds; `name` stands in for the path. */
export interface InlineRuleFile {
  name: string;
  text: string;
}

/** Loads rule files and directories (recursing into *.yaml / *.yml). Throws ConfigError naming file, line and field. */
export async function loadRules(sources: string[], inline: InlineRuleFile[] = []): Promise<LoadedRules> {
  const files: string[] = [];
  for (const source of sources) files.push(...(await ruleFilesOf(source)));
  // The recorded hash is of the bytes as stored, so an auditor can hash the rule file and compare.
  const texts: { name: string; bytes: Buffer }[] = [];
  for (const file of new Set(files)) texts.push({ name: file, bytes: await readFile(file) });
  for (const { name, text } of inline) texts.push({ name, bytes: Buffer.from(text, 'utf8') });
  const loaded: LoadedRules = {
    rules: [],
    rulesets: [],
    inlineTexts: Object.fromEntries(inline.map(({ name, text }) => [name, text])),
  };
  // All files at once: a file waiting for its grammar to compile lets the others ask for theirs, so the
  // WASM compiles overlap. Errors are still reported in file order.
  const parsed = await Promise.allSettled(
    texts.map(({ name, bytes }) => readRuleFile(name, bytes.toString('utf8'))),
  );
  const definedIn = new Map<string, string>();
  for (const [index, { name: file, bytes }] of texts.entries()) {
    const outcome = parsed[index];
    if (outcome.status === 'rejected') throw outcome.reason;
    const { rules, notRun } = outcome.value;
    for (const rule of [...rules, ...notRun]) {
      const earlier = definedIn.get(rule.id);
      if (earlier) {
        throw new ConfigError(`rule id '${rule.id}' is already defined in ${earlier}`, {
          file,
          line: rule.line,
          field: 'id',
        });
      }
      definedIn.set(rule.id, file);
    }
    loaded.rules.push(...rules);
    loaded.rulesets.push({
      path: file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ruleCount: rules.length,
      ...(notRun.length > 0 ? { notRun } : {}),
    });
  }
  return loaded;
}

async function ruleFilesOf(source: string): Promise<string[]> {
  const absolute = path.resolve(source);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) throw new ConfigError('rule file or directory does not exist', { file: source });
  if (info.isFile()) return [absolute];
  const found: string[] = [];
  const entries = await readdir(absolute, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const child = path.join(absolute, entry.name);
    if (entry.isDirectory()) found.push(...(await ruleFilesOf(child)));
    else if (entry.isFile() && RULE_FILE.test(entry.name)) found.push(child);
  }
  return found;
}

/** Parses and validates one rule file's text: the rules that run. Exported for tests and for `-e`-style inline rules. */
export async function parseRuleFile(file: string, text: string): Promise<Rule[]> {
  return (await readRuleFile(file, text)).rules;
}

/** One rule file's rules, and those it holds that cannot run here (reported, never silently dropped). */
async function readRuleFile(file: string, text: string): Promise<{ rules: Rule[]; notRun: RuleNotRun[] }> {
  const yaml: YamlSource = new YamlSource(file, text);
  const root = yaml.map(yaml.root, 'rules', yaml.root);
  const rulesEntry = yaml.entries(root).find(([key]) => key === 'rules');
  if (!rulesEntry) yaml.fail("a rule file needs a top-level 'rules' list", root, 'rules');
  const rules: Rule[] = [];
  const notRun: RuleNotRun[] = [];
  for (const node of yaml.list(rulesEntry[2], 'rules', rulesEntry[1])) {
    const rule = await parseRule(yaml, node);
    if ('reason' in rule) notRun.push(rule);
    else rules.push(rule);
  }
  return { rules, notRun };
}

async function parseRule(yaml: YamlSource, node: unknown): Promise<Rule | RuleNotRun> {
  if (!isMap(node)) yaml.fail('each rule must be a mapping', node, 'rules');
  const fields = new Map<string, { keyNode: unknown; value: unknown }>();
  for (const [key, keyNode, value] of yaml.entries(node)) {
    if (!RULE_KEYS.has(key) && !TAINT_KEYS.has(key))
      yaml.fail(`unknown rule key '${key}'${suggestion(key)}`, keyNode, key);
    fields.set(key, { keyNode, value });
  }
  const required = (key: string) => {
    const field = fields.get(key);
    if (!field) yaml.fail(`rule is missing '${key}'`, node, key);
    return field;
  };
  const id = yaml.string(required('id').value, 'id', node);
  const message = yaml.string(required('message').value, 'message', node);
  const severityField = required('severity');
  const ruleSeverity = yaml.string(severityField.value, 'severity', severityField.keyNode).toUpperCase();
  const severity = severityOf(ruleSeverity);
  if (!severity)
    yaml.fail(`severity must be one of ${SEVERITY_NAMES.join(', ')}`, severityField.value, 'severity');

  const languagesField = required('languages');
  const languageNodes = yaml.list(languagesField.value, 'languages', languagesField.keyNode);
  if (languageNodes.length === 0)
    yaml.fail("'languages' must name at least one language", languagesField.value, 'languages');
  const languages: RuleLanguage[] = [];
  const withoutGrammar: string[] = [];
  for (const languageNode of languageNodes) {
    const name = yaml.string(languageNode, 'languages', languagesField.keyNode);
    const language = canonicalRuleLanguage(name);
    if (language) languages.push(language);
    else if (isSemgrepLanguageWithoutGrammar(name)) withoutGrammar.push(name);
    else yaml.fail(`unknown or unsupported language '${name}'`, languageNode, 'languages');
  }
  // A rule for [kotlin, scala] runs on Kotlin; one only for languages this engine cannot parse (Swift,
  // Scala…) is reported as not run, so a registry pack that holds such rules still scans the rest.
  if (languages.length === 0) {
    const reason = `no grammar here for ${withoutGrammar.map((name) => `'${name}'`).join(', ')}`;
    return { id, line: yaml.lineOf(node) ?? 1, reason };
  }

  const textOnly = languages.every((language) => language === 'regex' || language === 'generic');
  const required_ = [
    ...new Set(languages.flatMap((l) => (l === 'regex' || l === 'generic' ? [] : [primaryOf(l)]))),
  ];
  const implied = [...new Set(languages.flatMap(targetLanguagesOf))].filter((l) => !required_.includes(l));
  const { assumeSafeBooleans, assumeSafeNumbers, ...matching } = parseOptions(yaml, fields.get('options'));
  const parser = new FormulaParser(yaml, {
    required: required_,
    implied,
    textOnly,
    generic: textOnly && languages.includes('generic'),
    ...matching,
  });
  // Taint rules take their patterns from pattern-sources/-sinks/…; see parse-taint.ts.
  const taint = await parseTaintRule(yaml, parser, fields, node);
  if (taint && assumeSafeBooleans !== undefined) taint.assumeSafeBooleans = assumeSafeBooleans;
  if (taint && assumeSafeNumbers !== undefined) taint.assumeSafeNumbers = assumeSafeNumbers;
  let formula: Formula;
  if (taint) formula = sourcesFormula(taint);
  else {
    const formulas = TOP_LEVEL_OPERATORS.filter((key) => fields.has(key));
    if (formulas.length === 0)
      yaml.fail(`rule is missing a pattern (one of: ${TOP_LEVEL_OPERATORS.join(', ')})`, node, 'pattern');
    if (formulas.length > 1)
      yaml.fail(
        `rule has more than one top-level pattern operator: ${formulas.join(', ')}`,
        fields.get(formulas[1])?.keyNode,
        formulas[1],
      );
    const top = fields.get(formulas[0]);
    formula = await parser.operator(formulas[0], top?.value, top?.keyNode);
  }

  const metadataField = fields.get('metadata');
  const metadata = metadataField
    ? (toPlain(yaml.map(metadataField.value, 'metadata', metadataField.keyNode)) as Record<string, unknown>)
    : {};
  const fixField = fields.get('fix');
  return {
    id,
    message,
    ruleSeverity,
    severity,
    category: categoryOf(metadata),
    confidence: confidenceOf(metadata),
    languages,
    targetLanguages: [...required_, ...implied].filter((l) => !parser.droppedLanguages.has(l)),
    textOnly,
    formula,
    taint,
    metadata,
    paths: parsePaths(yaml, fields.get('paths')),
    // A `fix: |` block ends in the newline YAML keeps; Semgrep drops that one newline, or every fix would break its line.
    fix: fixField ? yaml.string(fixField.value, 'fix', fixField.keyNode).replace(/\r?\n$/, '') : undefined,
    file: yaml.file,
    line: yaml.lineOf(node) ?? 1,
  };
}

// The grammar a rule language's own files use; patterns must parse in it.
function primaryOf(language: RuleLanguage): TargetLanguage {
  return targetLanguagesOf(language)[0];
}

/**
 * `options`: `constant_propagation` and `symbolic_propagation` change matching; the others listed are
 * Semgrep options whose default behaviour is what this engine does, accepted so registry rules load. Anything else is a
 * configuration error naming the key (a silently ignored option would change results unnoticed).
 */
const ACCEPTED_OPTIONS = new Set([
  'constant_propagation',
  'symbolic_propagation',
  'implicit_deep_exprstmt',
  'ac_matching',
  'commutative_boolop',
  'vardef_assign',
  'attr_expr',
  'arrow_is_function',
  'let_is_var',
  'go_deeper_expr',
  'go_deeper_stmt',
  'implicit_return',
  'decorators_order_matters',
  'generic_ellipsis_max_span',
  'generic_comment_style',
  'interfile',
  'taint_assume_safe_functions',
  'taint_assume_safe_indexes',
  'taint_assume_safe_comparisons',
  'taint_assume_safe_booleans',
  'taint_assume_safe_numbers',
  'taint_unify_mvars',
]);

/** The options that change what this engine does, by the rule field each one sets. */
const FLAG_OPTIONS = {
  constant_propagation: 'constantPropagation',
  symbolic_propagation: 'symbolicPropagation',
  implicit_deep_exprstmt: 'deepExpressionStatements',
  taint_assume_safe_booleans: 'assumeSafeBooleans',
  taint_assume_safe_numbers: 'assumeSafeNumbers',
} as const;

type RuleFlags = Partial<Record<(typeof FLAG_OPTIONS)[keyof typeof FLAG_OPTIONS], boolean>>;

function parseOptions(yaml: YamlSource, field: { keyNode: unknown; value: unknown } | undefined): RuleFlags {
  if (!field) return {};
  const map = yaml.map(field.value, 'options', field.keyNode);
  const options: RuleFlags = {};
  for (const [key, keyNode, value] of yaml.entries(map)) {
    if (!ACCEPTED_OPTIONS.has(key))
      yaml.fail(`unknown or unsupported option '${key}'`, keyNode, `options.${key}`);
    const property = FLAG_OPTIONS[key as keyof typeof FLAG_OPTIONS];
    if (!property) continue;
    const flag = toPlain(value);
    if (typeof flag !== 'boolean')
      yaml.fail(`'options.${key}' must be true or false`, value, `options.${key}`);
    options[property] = flag;
  }
  return options;
}

function parsePaths(
  yaml: YamlSource,
  field: { keyNode: unknown; value: unknown } | undefined,
): Rule['paths'] {
  if (!field) return undefined;
  const map = yaml.map(field.value, 'paths', field.keyNode);
  const paths: NonNullable<Rule['paths']> = {};
  for (const [key, keyNode, value] of yaml.entries(map)) {
    if (key !== 'include' && key !== 'exclude')
      yaml.fail(`unknown key '${key}' in paths (expected include, exclude)`, keyNode, `paths.${key}`);
    paths[key] = yaml
      .list(value, `paths.${key}`, keyNode)
      .map((item) => yaml.string(item, `paths.${key}`, keyNode));
  }
  return paths;
}

function suggestion(key: string): string {
  const known = [
    ...RULE_KEYS,
    'pattern-not',
    'pattern-inside',
    'pattern-not-inside',
    'pattern-not-regex',
    'metavariable-regex',
  ];
  const close = known.find((candidate) => editDistance(candidate, key) <= 2);
  if (!close) return '';
  return RULE_KEYS.has(close)
    ? ` (did you mean '${close}'?)`
    : ` (did you mean '${close}'? it belongs inside 'patterns')`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
