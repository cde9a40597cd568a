import { z } from 'zod';
import {
  CATEGORIES,
  POLICY_ACTIONS,
  REPOSITORY_PERMISSIONS,
  SEVERITIES,
  type Category,
  type PolicyAction,
  type RepositoryPermission,
  type Severity,
} from '../../model/index.js';

/** The criteria of one policy rule; every given list must match (AND), any entry of a list (OR). */
export interface PolicyRuleMatch {
  /** Globs on the rule id; `*` also matches `.` and `/`. */
  rule?: string[];
  category?: Category[];
  severity?: Severity[];
  /** Normalised to upper case `CWE-<n>`. */
  cwe?: string[];
  /** Globs on the finding's repository-relative path. */
  path?: string[];
}

export interface PolicyRule {
  /** The name the user gave, or null. */
  id: string | null;
  /** Position in `rules` (0-based), to name unnamed rules. */
  index: number;
  /** Line of the rule in the policy file; null for rules not read from a file. */
  line: number | null;
  match: PolicyRuleMatch;
  action: PolicyAction;
}

export interface SlaDays {
  critical: number;
  high: number;
  medium: number;
  low?: number;
  info?: number;
}

/** `.soc2-scan.yml`, validated, with every default applied. */
export interface PolicySettings {
  version: 1;
  /** When set, replaces the action's `fail-on` input. */
  failOn: Severity[] | null;
  rules: PolicyRule[];
  /** Relative to the workspace. */
  exceptionsFile: string;
  suppressions: { requireReason: boolean };
  overrides: {
    label: string;
    permissions: RepositoryPermission[];
    /** `org/team-slug`, or null. */
    team: string | null;
    allowSelfOverride: boolean;
  };
  licenses: {
    deny: string[];
    allow: string[];
    unknown: PolicyAction;
    action: PolicyAction;
  };
  tickets: { slaDays: SlaDays };
}

export const DEFAULT_POLICY_FILE = '.soc2-scan.yml';
export const DEFAULT_EXCEPTIONS_FILE = '.soc2-scan/exceptions.yml';

/** A single string is accepted where a list is expected (`severity: critical`). */
function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(item).min(1));
}

const nonEmptyString = z.string().trim().min(1);

const cweId = z.preprocess(
  (value) => (typeof value === 'number' ? `CWE-${value}` : value),
  z
    .string()
    .regex(/^CWE-\d+$/i, { error: "expected a CWE id like 'CWE-89'" })
    .transform((value) => value.toUpperCase()),
);

const matchSchema = z.strictObject({
  rule: listOf(nonEmptyString).optional(),
  category: listOf(z.enum(CATEGORIES)).optional(),
  severity: listOf(z.enum(SEVERITIES)).optional(),
  cwe: listOf(cweId).optional(),
  path: listOf(nonEmptyString).optional(),
});

const ruleSchema = z.strictObject({
  id: nonEmptyString.optional(),
  match: matchSchema,
  action: z.enum(POLICY_ACTIONS),
});

const repositoryPath = nonEmptyString.refine(
  (value) => !value.startsWith('/') && !/^[a-z]:[\\/]/i.test(value) && !value.split(/[\\/]/).includes('..'),
  { error: 'must be a path inside the repository (relative, no ..)' },
);

const positiveDays = z.number().int().positive();

/** The file as written (kebab-case keys). Defaults live here and nowhere else. */
export const policyFileSchema = z
  .strictObject({
    version: z.literal(1),
    // Also written like the action input: `fail-on: critical,high` or `fail-on: none`.
    'fail-on': z
      .preprocess(
        (value) =>
          typeof value === 'string'
            ? value.trim().toLowerCase() === 'none'
              ? []
              : value.split(/[\s,]+/).filter(Boolean)
            : value,
        z.array(z.enum(SEVERITIES)),
      )
      .nullable()
      .default(null),
    rules: z.array(ruleSchema).default([]),
    'exceptions-file': repositoryPath.default(DEFAULT_EXCEPTIONS_FILE),
    suppressions: z.strictObject({ 'require-reason': z.boolean().default(true) }).prefault({}),
    overrides: z
      .strictObject({
        label: nonEmptyString.default('soc2-override'),
        permissions: z.array(z.enum(REPOSITORY_PERMISSIONS)).min(1).default(['admin', 'maintain']),
        team: z
          .string()
          .regex(/^[^/\s]+\/[^/\s]+$/, { error: "expected 'org/team-slug'" })
          .nullable()
          .default(null),
        'allow-self-override': z.boolean().default(false),
      })
      .prefault({}),
    licenses: z
      .strictObject({
        deny: z.array(nonEmptyString).default([]),
        allow: z.array(nonEmptyString).default([]),
        unknown: z.enum(POLICY_ACTIONS).default('comment'),
        action: z.enum(POLICY_ACTIONS).default('block'),
      })
      .prefault({}),
    tickets: z
      .strictObject({
        'sla-days': z
          .strictObject({
            critical: positiveDays.default(7),
            high: positiveDays.default(30),
            medium: positiveDays.default(90),
            low: positiveDays.optional(),
            info: positiveDays.optional(),
          })
          .prefault({}),
      })
      .prefault({}),
  })
  .superRefine((policy, context) => {
    const seen = new Set<string>();
    policy.rules.forEach((rule, index) => {
      if (rule.id === undefined) return;
      if (seen.has(rule.id)) {
        context.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `duplicate rule id '${rule.id}'`,
        });
      }
      seen.add(rule.id);
    });
  });

export type PolicyFile = z.output<typeof policyFileSchema>;

/** Kebab-case file → camelCase settings; `ruleLine` gives each rule's line when read from a file. */
export function toPolicySettings(
  file: PolicyFile,
  ruleLine: (index: number) => number | null,
): PolicySettings {
  return {
    version: 1,
    failOn: file['fail-on'] ? [...new Set(file['fail-on'])] : null,
    rules: file.rules.map((rule, index) => ({
      id: rule.id ?? null,
      index,
      line: ruleLine(index),
      match: rule.match,
      action: rule.action,
    })),
    exceptionsFile: file['exceptions-file'],
    suppressions: { requireReason: file.suppressions['require-reason'] },
    overrides: {
      label: file.overrides.label,
      permissions: file.overrides.permissions,
      team: file.overrides.team,
      allowSelfOverride: file.overrides['allow-self-override'],
    },
    licenses: file.licenses,
    tickets: { slaDays: file.tickets['sla-days'] },
  };
}

/** The settings when the repository has no policy file: every default from the schema. */
export function defaultPolicySettings(): PolicySettings {
  return toPolicySettings(policyFileSchema.parse({ version: 1 }), () => null);
}
