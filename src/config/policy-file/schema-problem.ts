import type { z } from 'zod';
import type { FieldPath, LocatedYaml } from './located-yaml.js';

type Issue = z.core.$ZodIssue;

/**
 * Parses `value` with `schema`; on failure throws a ConfigError for the problem that comes first in
 * the file, naming its line and field, in words a person editing YAML understands.
 */
export function parseLocated<S extends z.ZodType>(schema: S, source: LocatedYaml): z.output<S> {
  const parsed = schema.safeParse(source.value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => describeIssue(issue, source, schema));
  problems.sort((a, b) => source.offsetOf(a.path) - source.offsetOf(b.path));
  const [first] = problems;
  const more = problems.length > 1 ? ` (${problems.length - 1} more problem(s) in this file)` : '';
  return source.fail(first.message + more, first.path, { pointAtKey: first.pointAtKey });
}

interface Problem {
  path: FieldPath;
  message: string;
  pointAtKey: boolean;
}

function describeIssue(issue: Issue, source: LocatedYaml, schema: z.ZodType): Problem {
  let path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  // Where a string stands for a list (`severity: high`, `fail-on: critical,high`), point at the string.
  if (typeof path.at(-1) === 'number' && typeof valueAt(source.value, path.slice(0, -1)) === 'string') {
    path = path.slice(0, -1);
  }
  const received = valueAt(source.value, path);
  if (received === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return { path, message: 'missing required field', pointAtKey: false };
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, path);
      const hint = known.length > 0 ? `; expected one of ${known.join(', ')}` : '';
      return {
        path: [...path, issue.keys[0]],
        message: `unknown field '${issue.keys[0]}'${hint}`,
        pointAtKey: true,
      };
    }
    case 'invalid_type':
      return {
        path,
        message: `expected ${article(issue.expected)}, got ${describeValue(received)}`,
        pointAtKey: false,
      };
    case 'invalid_value':
      return {
        path,
        message:
          issue.values.length === 1
            ? `expected ${String(issue.values[0])}, got ${describeValue(received)}`
            : `expected one of ${issue.values.map(String).join(', ')}, got ${describeValue(received)}`,
        pointAtKey: false,
      };
    case 'too_small':
      return {
        path,
        message:
          issue.origin === 'array'
            ? 'must not be an empty list (leave the field out instead)'
            : issue.origin === 'string'
              ? 'must not be empty'
              : `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}, got ${describeValue(received)}`,
        pointAtKey: false,
      };
    default:
      // Custom and format checks in our schemas carry messages written for users.
      return { path, message: issue.message, pointAtKey: false };
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    int: 'a whole number',
  };
  return words[expected] ?? expected;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (empty)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value}'`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Looks through wrappers (optional, default, preprocess, transform) to the object schema at `path`, for hints. */
function knownKeys(schema: z.ZodType, path: FieldPath): string[] {
  let current: z.ZodType | undefined = schema;
  const parts = [...path];
  for (let guard = 0; current && guard < 64; guard++) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = def.in && defOf(def.in).type !== 'transform' ? def.in : def.out;
    else if (parts.length === 0) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    else if (def.type === 'object' && def.shape) current = def.shape[String(parts.shift())];
    else if (def.type === 'array') {
      parts.shift();
      current = def.element;
    } else return [];
  }
  return [];
}
