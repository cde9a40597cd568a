import { readFileSync, statSync } from 'node:fs';
import type { SkipReason } from '../../model/index.js';

const BINARY_SNIFF_BYTES = 8 * 1024;
const MINIFIED_AVERAGE_LINE = 500;
const MINIFIED_LONGEST_LINE = 10_000;

export type TargetText =
  | {
      ok: true;
      /** The text without a UTF-8 byte-order mark. */
      source: string;
      bytes: number;
      /** Bytes of BOM before `source` in the file (0 or 3): byte offsets into the file add it. */
      bomBytes: number;
    }
  | { ok: false; reason: SkipReason; detail: string };

/**
 * Reads a file as UTF-8 text, or says why it is not scanned (too large, binary, not UTF-8, unreadable).
 * Synchronous on purpose: a scan reads one file right before parsing it, and the four thread-pool round
 * trips per file of the promise API (stat, open, read, close) left the scanning thread idle.
 */
export function readTargetSync(absolutePath: string, maxFileBytes: number): TargetText {
  try {
    const size = statSync(absolutePath).size;
    if (size > maxFileBytes) return tooLarge(size, maxFileBytes);
    return decodeTarget(readFileSync(absolutePath), maxFileBytes);
  } catch (error) {
    return unreadable(error);
  }
}

/** Stateless between calls (no `stream`): one decoder serves every file. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeTarget(bytes: Buffer, maxFileBytes: number): TargetText {
  if (bytes.length > maxFileBytes) return tooLarge(bytes.length, maxFileBytes);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
    return { ok: false, reason: 'binary', detail: 'NUL byte' };
  let source: string;
  try {
    source = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not-utf8', detail: 'not valid UTF-8' };
  }
  // TextDecoder drops a leading BOM; offsets reported to users count file bytes, so remember it.
  const bomBytes = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { ok: true, source, bytes: bytes.length, bomBytes };
}

function tooLarge(size: number, maxFileBytes: number): TargetText {
  return { ok: false, reason: 'too-large', detail: `${size} bytes > limit ${maxFileBytes}` };
}

function unreadable(error: unknown): TargetText {
  return { ok: false, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
}

/** Bundled/minified JS is generated, not reviewed code, and slow to match: Semgrep skips it too. */
export function minifiedReason(source: string): string | undefined {
  let lines = 0;
  let longest = 0;
  let start = 0;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    longest = Math.max(longest, end - start);
    lines += 1;
    if (newline < 0) break;
    start = newline + 1;
  }
  if (longest > MINIFIED_LONGEST_LINE) return `a line of ${longest} characters`;
  const average = source.length / lines;
  if (average > MINIFIED_AVERAGE_LINE) return `average line length ${Math.round(average)}`;
  return undefined;
}
