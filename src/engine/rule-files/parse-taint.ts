import { isMap, isScalar, isSeq, YAMLSeq } from 'yaml';
import { FormulaParser, TOP_LEVEL_OPERATORS } from './parse-formula.js';
import type { Formula, TaintPropagator, TaintSpec, TaintSpecItem } from './rule.js';
import type { YamlSource } from './yaml-source.js';

/** Rule keys that only a `mode: taint` rule may have. */
export const TAINT_RULE_KEYS = [
  'pattern-sources',
  'pattern-sinks',
  'pattern-sanitizers',
  'pattern-propagators',
] as const;

type Role = 'source' | 'sink' | 'sanitizer' | 'propagator';

// Options Semgrep accepts per role; anything else is an error naming the key, never silently ignored.
const OPTIONS: Record<Role, string[]> = {
  source: ['by-side-effect', 'exact', 'label', 'requires'],
  sink: ['exact', 'requires'],
  // `not_conflicting` is the spelling of the `pattern-sanitizers` syntax, `not-conflicting` of the newer one.
  sanitizer: ['by-side-effect', 'exact', 'not-conflicting', 'not_conflicting'],
  propagator: ['from', 'to', 'by-side-effect', 'label', 'requires', 'replace-labels'],
};
const UNSUPPORTED_OPTIONS = new Set(['control', 'at-exit']);

interface Field {
  keyNode: unknown;
  value: unknown;
}

/** Reads `mode` (search or taint); anything else is a configuration error. */
function ruleMode(yaml: YamlSource, field: Field | undefined): 'search' | 'taint' {
  if (!field) return 'search';
  const mode = yaml.string(field.value, 'mode', field.keyNode);
  if (mode !== 'search' && mode !== 'taint')
    yaml.fail(`mode '${mode}' is not supported (expected search or taint)`, field.value, 'mode');
  return mode;
}

/** The rule's taint spec when it is `mode: taint`, undefined for search rules; rejects keys of the other mode. */
export async function parseTaintRule(
  yaml: YamlSource,
  parser: FormulaParser,
  fields: ReadonlyMap<string, Field>,
  ruleNode: unknown,
): Promise<TaintSpec | undefined> {
  const mode = ruleMode(yaml, fields.get('mode'));
  const misplaced = (mode === 'taint' ? TOP_LEVEL_OPERATORS : TAINT_RULE_KEYS).find((key) => fields.has(key));
  if (misplaced) {
    const hint =
      mode === 'taint' ? 'a taint rule uses pattern-sources and pattern-sinks' : "it needs 'mode: taint'";
    yaml.fail(`'${misplaced}' is not allowed here: ${hint}`, fields.get(misplaced)?.keyNode, misplaced);
  }
  return mode === 'taint' ? parseTaintSpec(yaml, parser, fields, ruleNode) : undefined;
}

/** Parses a taint rule's four lists, compiling each entry with the same FormulaParser as search rules. */
async function parseTaintSpec(
  yaml: YamlSource,
  parser: FormulaParser,
  fields: ReadonlyMap<string, Field>,
  ruleNode: unknown,
): Promise<TaintSpec> {
  const list = async (key: string, role: Role, required: boolean) => {
    const field = fields.get(key);
    if (!field) {
      if (required) yaml.fail(`taint rule is missing '${key}'`, ruleNode, key);
      return [];
    }
    const items = yaml.list(field.value, key, field.keyNode);
    if (required && items.length === 0) yaml.fail(`'${key}' needs at least one entry`, field.value, key);
    const parsed: Array<TaintSpecItem & { from?: string; to?: string }> = [];
    for (const item of items) parsed.push(await parseItem(yaml, parser, item, key, role));
    return parsed;
  };
  const spec: TaintSpec = {
    sources: await list('pattern-sources', 'source', true),
    sinks: await list('pattern-sinks', 'sink', true),
    sanitizers: await list('pattern-sanitizers', 'sanitizer', false),
    propagators: (await list('pattern-propagators', 'propagator', false)) as TaintPropagator[],
  };
  return spec;
}

/** For prefiltering and tree needs, a taint rule looks like "any of its sources": no source, no finding. */
export function sourcesFormula(spec: TaintSpec): Formula {
  return { kind: 'either', branches: spec.sources.map((source) => source.formula) };
}

async function parseItem(
  yaml: YamlSource,
  parser: FormulaParser,
  item: unknown,
  list: string,
  role: Role,
): Promise<TaintSpecItem & { from?: string; to?: string }> {
  if (!isMap(item))
    yaml.fail(`each entry of '${list}' must be a mapping with one pattern operator`, item, list);
  let operator: [string, unknown, unknown] | undefined;
  const result: TaintSpecItem & { from?: string; to?: string } = {
    formula: { kind: 'either', branches: [] },
    focus: [],
    exact: role === 'sink',
    bySideEffect: role === 'propagator',
  };
  for (const [key, keyNode, value] of yaml.entries(item)) {
    if ((TOP_LEVEL_OPERATORS as readonly string[]).includes(key)) {
      if (operator) yaml.fail(`an entry of '${list}' has more than one pattern operator`, keyNode, key);
      operator = [key, keyNode, value];
    } else if (OPTIONS[role].includes(key)) {
      readOption(yaml, result, key, keyNode, value);
    } else if (UNSUPPORTED_OPTIONS.has(key)) {
      yaml.fail(`taint option '${key}' is not supported`, keyNode, key);
    } else {
      yaml.fail(
        `unknown key '${key}' in '${list}' (expected a pattern operator or ${OPTIONS[role].join(', ')})`,
        keyNode,
        key,
      );
    }
  }
  if (!operator)
    yaml.fail(`an entry of '${list}' needs one of: ${TOP_LEVEL_OPERATORS.join(', ')}`, item, list);
  const [key, keyNode, value] = operator;
  const { operand, focus } =
    key === 'patterns' ? withoutFocus(yaml, value, keyNode) : { operand: value, focus: [] };
  result.formula = await parser.operator(key, operand, keyNode);
  result.focus = focus;
  if (role === 'propagator' && (!result.from || !result.to))
    yaml.fail(`a propagator needs both 'from' and 'to'`, item, list);
  return result;
}

function readOption(
  yaml: YamlSource,
  into: TaintSpecItem & { from?: string; to?: string; replaceLabels?: string[] },
  key: string,
  keyNode: unknown,
  value: unknown,
): void {
  const scalar = isScalar(value) ? value.value : undefined;
  switch (key) {
    case 'exact':
      if (typeof scalar !== 'boolean') yaml.fail(`'exact' must be true or false`, value ?? keyNode, key);
      into.exact = scalar;
      return;
    case 'by-side-effect':
      if (typeof scalar !== 'boolean' && scalar !== 'only')
        yaml.fail(`'by-side-effect' must be true, false or only`, value ?? keyNode, key);
      into.bySideEffect = scalar;
      return;
    case 'from':
    case 'to':
      into[key] = metavariable(yaml, value, key, keyNode);
      return;
    case 'label':
      into.label = yaml.string(value, key, keyNode);
      return;
    case 'requires':
      into.requires = yaml.string(value, key, keyNode);
      return;
    case 'not-conflicting':
    case 'not_conflicting':
      if (typeof scalar !== 'boolean') yaml.fail(`'${key}' must be true or false`, value ?? keyNode, key);
      into.notConflicting = scalar;
      return;
    case 'replace-labels':
      into.replaceLabels = yaml.list(value, key, keyNode).map((label) => yaml.string(label, key, keyNode));
      return;
    default:
      return;
  }
}

function metavariable(yaml: YamlSource, value: unknown, field: string, keyNode: unknown): string {
  const name = yaml.string(value, field, keyNode);
  if (!/^\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*$/.test(name))
    yaml.fail(`'${name}' is not a metavariable ($NAME)`, value, field);
  // `$...X` names its own binding, apart from `$X`, as in Semgrep.
  return name;
}

/**
 * `focus-metavariable` in an entry's top-level `patterns` says which binding the role applies to. It is
 * taken out here (the rest is an ordinary conjunction) and applied by the taint analysis.
 */
function withoutFocus(
  yaml: YamlSource,
  value: unknown,
  keyNode: unknown,
): { operand: unknown; focus: string[] } {
  if (!isSeq(value)) return { operand: value, focus: [] };
  const focus: string[] = [];
  const kept = new YAMLSeq();
  kept.range = value.range;
  for (const entry of value.items) {
    const pair = isMap(entry) && entry.items.length === 1 ? entry.items[0] : undefined;
    const key = pair && isScalar(pair.key) ? pair.key.value : undefined;
    if (key !== 'focus-metavariable' || !pair) {
      kept.items.push(entry);
      continue;
    }
    const names = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const name of names) focus.push(metavariable(yaml, name, 'focus-metavariable', pair.key ?? keyNode));
  }
  return { operand: kept, focus };
}
