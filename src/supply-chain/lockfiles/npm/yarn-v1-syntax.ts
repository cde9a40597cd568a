import { LockfileError } from '../lockfile-parser.js';

/** One top-level block of a yarn v1 lockfile: its specifiers, fields and nested field blocks. */
export interface YarnV1Block {
  specifiers: string[];
  line: number;
  fields: Map<string, string>;
  blocks: Map<string, Map<string, string>>;
}

/**
 * Reads yarn v1's own lockfile syntax (not YAML): `"a@^1", a@~1:` headers at column 0, `key value`
 * fields indented two spaces and `dependencies:` sub-blocks indented four.
 */
export function parseYarnV1(file: string, text: string): YarnV1Block[] {
  const blocks: YarnV1Block[] = [];
  let block: YarnV1Block | null = null;
  let sub: Map<string, string> | null = null;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const lineNo = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (indent === 0) {
      if (!content.endsWith(':')) throw new LockfileError(file, `expected a 'package@range:' header`, lineNo);
      block = {
        specifiers: splitKeys(file, content.slice(0, -1), lineNo),
        line: lineNo,
        fields: new Map(),
        blocks: new Map(),
      };
      blocks.push(block);
      sub = null;
    } else if (!block) {
      throw new LockfileError(file, 'indented line before any package header', lineNo);
    } else if (indent === 2) {
      if (content.endsWith(':')) {
        sub = new Map();
        block.blocks.set(unquote(file, content.slice(0, -1), lineNo), sub);
      } else {
        const [key, value] = keyValue(file, content, lineNo);
        block.fields.set(key, value);
        sub = null;
      }
    } else if (indent === 4 && sub) {
      const [key, value] = keyValue(file, content, lineNo);
      sub.set(key, value);
    } else {
      throw new LockfileError(file, `unexpected indentation (${indent} spaces)`, lineNo);
    }
  }
  return blocks;
}

/** `"@a/b@^1", c@2` → ['@a/b@^1', 'c@2']: commas inside quotes belong to the specifier. */
function splitKeys(file: string, text: string, line: number): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === ',') i++;
    if (i >= text.length) break;
    const end = text[i] === '"' ? quotedEnd(file, text, i, line) + 1 : indexOrEnd(text, ',', i);
    keys.push(unquote(file, text.slice(i, end).trim(), line));
    i = end;
  }
  if (keys.length === 0) throw new LockfileError(file, 'empty package header', line);
  return keys;
}

function keyValue(file: string, content: string, line: number): [string, string] {
  const keyEnd = content.startsWith('"')
    ? quotedEnd(file, content, 0, line) + 1
    : indexOrEnd(content, ' ', 0);
  const key = unquote(file, content.slice(0, keyEnd), line);
  const value = content.slice(keyEnd).trim();
  return [key, unquote(file, value, line)];
}

function quotedEnd(file: string, text: string, start: number, line: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  throw new LockfileError(file, 'unterminated string', line);
}

function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

function unquote(file: string, text: string, line: number): string {
  if (!text.startsWith('"')) return text;
  try {
    return JSON.parse(text) as string;
  } catch {
    throw new LockfileError(file, `malformed string ${text}`, line);
  }
}
