/** One replacement: the bytes [start, end) of a file become `replacement`. */
export interface FixEdit {
  start: number;
  end: number;
  replacement: string;
  /** What the bytes must still start with; a mismatch means the file changed since the scan. */
  expected?: string;
}

export interface FixEditsResult<T extends FixEdit> {
  bytes: Buffer;
  applied: T[];
  skipped: { edit: T; reason: string }[];
}

/**
 * Applies non-overlapping edits to a file's bytes, last first so earlier offsets stay valid. Of two
 * overlapping edits the one that starts later is applied and the other skipped, as Semgrep's autofix does.
 * Pure: `scan --autofix` writes the result, `soc2-scan test` compares it with a `.fixed` file.
 */
export function applyFixEdits<T extends FixEdit>(bytes: Buffer, edits: readonly T[]): FixEditsResult<T> {
  const applied: T[] = [];
  const skipped: { edit: T; reason: string }[] = [];
  let floor = Number.POSITIVE_INFINITY;
  let out = bytes;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    if (edit.end > floor) {
      skipped.push({ edit, reason: 'overlaps another fix' });
      continue;
    }
    const current = edit.end <= out.length ? out.subarray(edit.start, edit.end).toString('utf8') : undefined;
    if (current === undefined || (edit.expected !== undefined && !current.startsWith(edit.expected))) {
      skipped.push({ edit, reason: 'file changed since the scan' });
      continue;
    }
    out = Buffer.concat([
      out.subarray(0, edit.start),
      Buffer.from(edit.replacement, 'utf8'),
      out.subarray(edit.end),
    ]);
    floor = edit.start;
    applied.push(edit);
  }
  return { bytes: out, applied, skipped };
}
