import { stringValue } from './pattern-node.js';
import type { Bindings } from './match-pattern.js';

/**
 * `metavariable-comparison` expressions (Semgrep's Python-like subset): numbers, strings, `$X`,
 * `$...X`, lists (`["a", "b"]`), `True`/`False`, `not`/`and`/`or`, comparisons (`< <= > >= == !=`, `in`, `not in`), `+ - * / // %`,
 * and the calls `int()`, `float()`, `str()`, `len()`, `re.match()`. Parsed once into a tree and
 * evaluated by a small interpreter: never `eval`, never anything the grammar does not name.
 */
export type ComparisonExpression =
  | { kind: 'literal'; value: Value }
  | { kind: 'metavariable'; name: string }
  | { kind: 'unary'; operator: 'not' | '-'; operand: ComparisonExpression }
  | { kind: 'binary'; operator: string; left: ComparisonExpression; right: ComparisonExpression }
  | { kind: 'call'; callee: string; args: ComparisonExpression[] }
  | { kind: 'list'; items: ComparisonExpression[] };

type Value = number | string | boolean | null | Value[];

export class ComparisonSyntaxError extends Error {}

const TOKEN =
  /\s*(?:(0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\d+\.\d*|\d*\.\d+|\d+)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*)|([A-Za-z_][\w.]*)|(\/\/|==|!=|<=|>=|[-+*/%<>(),[\]]))/y;
const CALLS = new Set(['int', 'float', 'str', 'len', 're.match', 'bool']);
const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=', 'in', 'not in']);

interface Token {
  kind: 'number' | 'string' | 'metavariable' | 'name' | 'operator';
  text: string;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) throw new ComparisonSyntaxError(`unexpected '${source.slice(at).trim()[0]}' in comparison`);
    const kinds = ['number', 'string', 'metavariable', 'name', 'operator'] as const;
    const index = [1, 2, 3, 4, 5].find((group) => match[group] !== undefined) as number;
    tokens.push({ kind: kinds[index - 1], text: match[index] });
  }
  return tokens;
}

/** Parses a comparison; throws ComparisonSyntaxError naming what it did not understand. */
export function parseComparison(source: string): ComparisonExpression {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const isName = (text: string) => peek()?.kind === 'name' && peek()?.text === text;
  const isOperator = (text: string) => peek()?.kind === 'operator' && peek()?.text === text;
  const expect = (text: string) => {
    if (!isOperator(text)) throw new ComparisonSyntaxError(`expected '${text}' in comparison`);
    at += 1;
  };
  const or = (): ComparisonExpression => {
    let left = and();
    while (isName('or')) {
      at += 1;
      left = { kind: 'binary', operator: 'or', left, right: and() };
    }
    return left;
  };
  const and = (): ComparisonExpression => {
    let left = not();
    while (isName('and')) {
      at += 1;
      left = { kind: 'binary', operator: 'and', left, right: not() };
    }
    return left;
  };
  const not = (): ComparisonExpression => {
    if (isName('not')) {
      at += 1;
      return { kind: 'unary', operator: 'not', operand: not() };
    }
    return comparison();
  };
  const comparison = (): ComparisonExpression => {
    let left = sum();
    for (;;) {
      let operator: string | undefined;
      if (peek()?.kind === 'operator' && COMPARISONS.has(peek().text)) operator = peek().text;
      else if (isName('in')) operator = 'in';
      else if (isName('not') && tokens[at + 1]?.text === 'in') operator = 'not in';
      if (!operator) return left;
      at += operator === 'not in' ? 2 : 1;
      left = { kind: 'binary', operator, left, right: sum() };
    }
  };
  const sum = (): ComparisonExpression => {
    let left = product();
    while (isOperator('+') || isOperator('-')) {
      const operator = tokens[at++].text;
      left = { kind: 'binary', operator, left, right: product() };
    }
    return left;
  };
  const product = (): ComparisonExpression => {
    let left = unary();
    while (isOperator('*') || isOperator('/') || isOperator('//') || isOperator('%')) {
      const operator = tokens[at++].text;
      left = { kind: 'binary', operator, left, right: unary() };
    }
    return left;
  };
  const unary = (): ComparisonExpression => {
    if (isOperator('-')) {
      at += 1;
      return { kind: 'unary', operator: '-', operand: unary() };
    }
    return primary();
  };
  const primary = (): ComparisonExpression => {
    const token = tokens[at++];
    if (!token) throw new ComparisonSyntaxError('comparison ends too early');
    // Python spellings: 0o644, 0x1F, 0b101 (JavaScript's Number reads them too).
    if (token.kind === 'number') return { kind: 'literal', value: Number(token.text.replace(/_/g, '')) };
    if (token.kind === 'string') return { kind: 'literal', value: stringValue(token.text) };
    if (token.kind === 'metavariable') return { kind: 'metavariable', name: token.text };
    if (token.kind === 'operator' && token.text === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (token.kind === 'operator' && token.text === '[') {
      const items: ComparisonExpression[] = [];
      while (!isOperator(']')) {
        items.push(or());
        if (!isOperator(']')) expect(',');
      }
      at += 1;
      return { kind: 'list', items };
    }
    if (token.kind === 'name') {
      if (token.text === 'True' || token.text === 'False')
        return { kind: 'literal', value: token.text === 'True' };
      if (token.text === 'None') return { kind: 'literal', value: null };
      if (CALLS.has(token.text) && isOperator('(')) {
        at += 1;
        const args: ComparisonExpression[] = [];
        while (!isOperator(')')) {
          args.push(or());
          if (!isOperator(')')) expect(',');
        }
        at += 1;
        return { kind: 'call', callee: token.text, args };
      }
    }
    throw new ComparisonSyntaxError(`unsupported '${token.text}' in comparison`);
  };
  const expression = or();
  if (at < tokens.length) throw new ComparisonSyntaxError(`unexpected '${tokens[at].text}' in comparison`);
  return expression;
}

/**
 * The rule's `strip:` and `base:` for its named metavariable: `strip` reads a quoted string's content as the
 * literal it spells (`"2147483648"` is a number), `base` reads the text as an integer in that base (Go's `0644`
 * with `base: 8` is 420), the way Python's `int(text, base)` would.
 */
export interface BoundReading {
  metavariable: string;
  strip: boolean;
  base?: number;
}

/** Evaluates against one match's bindings; an unbound metavariable or a type error makes it false. */
export function evaluateComparison(
  expression: ComparisonExpression,
  bindings: Bindings,
  reading?: BoundReading,
): boolean {
  try {
    return truthy(evaluate(expression, bindings, reading));
  } catch {
    return false;
  }
}

/**
 * A bound value: a number when the code is a number literal, a boolean for a boolean literal (Python's
 * `True`/`False`, the C-family `true`/`false`), a string's content, else the code text.
 */
function boundValue(text: string): Value {
  const trimmed = text.trim();
  if (BOOLEAN_LITERALS.has(trimmed)) return BOOLEAN_LITERALS.get(trimmed)!;
  const number = Number(trimmed.replace(/_/g, ''));
  if (trimmed !== '' && !Number.isNaN(number)) return number;
  if (/^[A-Za-z]*(["'`]).*\1$/s.test(trimmed)) return stringValue(trimmed);
  return trimmed;
}

const BOOLEAN_LITERALS = new Map<string, boolean>([
  ['True', true],
  ['False', false],
  ['true', true],
  ['false', false],
]);

/** A bound text read as `strip:` / `base:` say; an integer that does not parse in the base fails the comparison. */
function readBound(text: string, reading: BoundReading): Value {
  let trimmed = text.trim();
  if (reading.strip && /^[A-Za-z]*(["'`]).*\1$/s.test(trimmed)) trimmed = String(stringValue(trimmed)).trim();
  if (reading.base === undefined) return boundValue(trimmed);
  return integerInBase(trimmed, reading.base);
}

const BASE_PREFIXES: Record<number, RegExp> = { 2: /^0[bB]_?/, 8: /^0[oO]_?/, 16: /^0[xX]_?/ };

function integerInBase(text: string, base: number): number {
  const negative = text.startsWith('-');
  let digits = text.replace(/^[-+]/, '');
  digits = digits.replace(BASE_PREFIXES[base] ?? /^$/, '').replace(/_/g, '');
  const valid =
    digits !== '' &&
    [...digits.toLowerCase()].every((digit) => {
      const value = parseInt(digit, 36);
      return !Number.isNaN(value) && value < base;
    });
  if (!valid) throw new Error(`not an integer in base ${base}`);
  const value = parseInt(digits, base);
  return negative ? -value : value;
}

function evaluate(expression: ComparisonExpression, bindings: Bindings, reading?: BoundReading): Value {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'metavariable': {
      const name = expression.name;
      const bound = bindings[name];
      if (!bound) throw new Error(`unbound ${expression.name}`);
      return reading?.metavariable === name ? readBound(bound.text, reading) : boundValue(bound.text);
    }
    case 'unary': {
      const operand = evaluate(expression.operand, bindings, reading);
      return expression.operator === 'not' ? !truthy(operand) : -toNumber(operand);
    }
    case 'list':
      return expression.items.map((item) => evaluate(item, bindings, reading));
    case 'call':
      return call(
        expression.callee,
        expression.args.map((arg) => evaluate(arg, bindings, reading)),
      );
    case 'binary':
      return binary(expression, bindings, reading);
  }
}

function binary(
  expression: Extract<ComparisonExpression, { kind: 'binary' }>,
  bindings: Bindings,
  reading?: BoundReading,
): Value {
  const left = evaluate(expression.left, bindings, reading);
  if (expression.operator === 'and')
    return truthy(left) ? evaluate(expression.right, bindings, reading) : left;
  if (expression.operator === 'or')
    return truthy(left) ? left : evaluate(expression.right, bindings, reading);
  const right = evaluate(expression.right, bindings, reading);
  switch (expression.operator) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case 'in':
      return contains(right, left);
    case 'not in':
      return !contains(right, left);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(expression.operator, left, right);
    case '+':
      return typeof left === 'string' && typeof right === 'string'
        ? left + right
        : toNumber(left) + toNumber(right);
    case '-':
      return toNumber(left) - toNumber(right);
    case '*':
      return toNumber(left) * toNumber(right);
    case '/':
      return toNumber(left) / toNumber(right);
    case '//':
      return Math.floor(toNumber(left) / toNumber(right));
    case '%':
      return toNumber(left) % toNumber(right);
    default:
      throw new Error(`unknown operator ${expression.operator}`);
  }
}

/** Python's `in`: an element of a list, or a substring of a string. */
function contains(container: Value, item: Value): boolean {
  if (Array.isArray(container)) return container.some((element) => element === item);
  return String(container).includes(String(item));
}

function compare(operator: string, left: Value, right: Value): boolean {
  if (typeof left !== typeof right || (typeof left !== 'number' && typeof left !== 'string'))
    throw new Error('incomparable values');
  const a = left as number | string;
  const b = right as number | string;
  return operator === '<' ? a < b : operator === '<=' ? a <= b : operator === '>' ? a > b : a >= b;
}

function call(callee: string, args: Value[]): Value {
  const [first, second] = args;
  switch (callee) {
    case 'int': {
      const value = typeof first === 'string' ? Number(first.trim().replace(/_/g, '')) : toNumber(first);
      if (!Number.isFinite(value)) throw new Error('not an integer');
      return Math.trunc(value);
    }
    case 'float':
      return toNumber(typeof first === 'string' ? Number(first) : first);
    case 'str':
      return first === null ? 'None' : String(first);
    case 'bool':
      return truthy(first);
    case 'len':
      return Array.isArray(first) ? first.length : String(first).length;
    case 're.match':
      // Python's re.match anchors at the start of the string only.
      return new RegExp(`^(?:${String(first)})`).test(String(second));
    default:
      throw new Error(`unknown function ${callee}`);
  }
}

function toNumber(value: Value): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new Error('not a number');
}

function truthy(value: Value): boolean {
  return value !== null && value !== false && value !== 0 && value !== '';
}
