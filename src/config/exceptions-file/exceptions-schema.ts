import { z } from 'zod';

/** What an exception covers: one finding by fingerprint, or a rule (glob) optionally limited to a path glob. */
export type ExceptionMatch = { fingerprint: string } | { rule: string; path: string | null };

/** One entry of the exception register, as read. Whether it applies is the policy stage's business. */
export interface ExceptionEntry {
  id: string;
  match: ExceptionMatch;
  reason: string;
  /** Who approved it; null when the field is empty (the entry is then recorded but does not apply). */
  approvedBy: string | null;
  /** Last day (UTC) on which the exception applies, YYYY-MM-DD. */
  expires: string;
  /** 1-based line of the entry in the file. */
  line: number;
}

const nonEmptyString = z.string().trim().min(1);

/** A real calendar date: `2026-02-30` is refused, not rolled over. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const expiryDate = z.preprocess(
  // A YAML 1.1 document may turn an unquoted date into a timestamp; take its calendar day.
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD', abort: true })
    .refine(isCalendarDate, { error: 'not a calendar date' }),
);

const matchSchema = z
  .strictObject({
    fingerprint: z
      .string()
      .trim()
      .regex(/^[0-9a-f]{8,128}$/i, { error: 'expected a finding fingerprint (hex)' })
      .transform((value) => value.toLowerCase())
      .optional(),
    rule: nonEmptyString.optional(),
    path: nonEmptyString.optional(),
  })
  .superRefine((match, context) => {
    if (match.fingerprint !== undefined && (match.rule !== undefined || match.path !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: [],
        message: "give either 'fingerprint' or 'rule' (with an optional 'path'), not both",
      });
    } else if (match.fingerprint === undefined && match.rule === undefined) {
      context.addIssue({
        code: 'custom',
        path: [],
        message: "needs 'fingerprint', or 'rule' (with an optional 'path')",
      });
    }
  });

const entrySchema = z.strictObject({
  id: nonEmptyString,
  match: matchSchema,
  reason: nonEmptyString,
  // Required so nobody forgets it, but may be left empty while approval is pending.
  'approved-by': z
    .string()
    .trim()
    .nullable()
    .transform((value) => value || null),
  expires: expiryDate,
});

export const exceptionsFileSchema = z
  .strictObject({ exceptions: z.array(entrySchema) })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.exceptions.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        context.addIssue({
          code: 'custom',
          path: ['exceptions', index, 'id'],
          message: `duplicate exception id '${entry.id}'`,
        });
      }
      seen.add(entry.id);
    });
  });

export type ExceptionsFile = z.output<typeof exceptionsFileSchema>;
