import { open, stat } from 'node:fs/promises';
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

/** Reads a file as UTF-8 text, or says why it is not scanned (too large, binary, not UTF-8, unreadable). */
export async function readTarget(absolutePath: string, maxFileBytes: number): Promise<TargetText> {
  try {
    const info = await stat(absolutePath);
    if (info.size > maxFileBytes) {
      return { ok: false, reason: 'too-large', detail: `${info.size} bytes > limit ${maxFileBytes}` };
    }
    const handle = await open(absolutePath, 'r');
    let bytes: Buffer;
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    if (bytes.length > maxFileBytes) {
      return { ok: false, reason: 'too-large', detail: `${bytes.length} bytes > limit ${maxFileBytes}` };
    }
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
      return { ok: false, reason: 'binary', detail: 'NUL byte' };
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, reason: 'not-utf8', detail: 'not valid UTF-8' };
    }
    // TextDecoder drops a leading BOM; offsets reported to users count file bytes, so remember it.
    const bomBytes = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return { ok: true, source, bytes: bytes.length, bomBytes };
  } catch (error) {
    return {
      ok: false,
      reason: 'unreadable',
      detail: (error as NodeJS.ErrnoException).code ?? String(error),
    };
  }
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
