import path from 'node:path';
import type { TargetLanguage } from './language-ids.js';

const EXTENSIONS: Record<string, TargetLanguage> = {
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.py': 'python',
  '.pyi': 'python',
  '.java': 'java',
  '.go': 'go',
  '.rb': 'ruby',
  '.rake': 'ruby',
  '.gemspec': 'ruby',
  '.php': 'php',
  '.phtml': 'php',
  '.cs': 'csharp',
  '.kt': 'kotlin',
  '.kts': 'kotlin',
  '.rs': 'rust',
  '.c': 'c',
  '.h': 'c',
  '.sh': 'bash',
  '.bash': 'bash',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.tf': 'terraform',
  '.tfvars': 'terraform',
  '.hcl': 'terraform',
  '.dockerfile': 'dockerfile',
};

/** Extension-less files whose name alone says the language. */
const FILE_NAMES: Record<string, TargetLanguage> = {
  Rakefile: 'ruby',
  Gemfile: 'ruby',
  Vagrantfile: 'ruby',
  Podfile: 'ruby',
  '.bashrc': 'bash',
  '.bash_profile': 'bash',
  '.profile': 'bash',
  Dockerfile: 'dockerfile',
  dockerfile: 'dockerfile',
  Containerfile: 'dockerfile',
};

/** `Dockerfile.dev`, `Dockerfile.alpine`: a Dockerfile whatever its suffix (unless the suffix names a language). */
const FILE_NAME_PREFIXES: [RegExp, TargetLanguage][] = [[/^(?:Dockerfile|Containerfile)\./, 'dockerfile']];

/** `#!` interpreters, matched on the interpreter's name (`/bin/sh`, `/usr/bin/env -S python3 -u`, …). */
const SHEBANGS: [RegExp, TargetLanguage][] = [
  [/\bpython[0-9.]*\b/, 'python'],
  [/\b(?:node|nodejs|deno|bun)\b/, 'javascript'],
  [/\b(?:ts-node|tsx)\b/, 'typescript'],
  [/\bruby[0-9.]*\b/, 'ruby'],
  [/\bphp[0-9.]*\b/, 'php'],
  [/(?:\/|\s)(?:ba|da|k|z)?sh\b/, 'bash'],
];

/**
 * A file's parsed language from its extension, its name, or a `#!` line. Anything else (Makefile,
 * .txt, …) has no grammar: only `generic` and `regex` rules run on it (they also run on parsed files).
 */
export function detectLanguage(filePath: string, firstLine: string): TargetLanguage | undefined {
  const byExtension = EXTENSIONS[path.extname(filePath).toLowerCase()];
  if (byExtension) return byExtension;
  const byName = FILE_NAMES[path.basename(filePath)];
  if (byName) return byName;
  const byPrefix = FILE_NAME_PREFIXES.find(([prefix]) => prefix.test(path.basename(filePath)));
  if (byPrefix) return byPrefix[1];
  if (!firstLine.startsWith('#!')) return undefined;
  return SHEBANGS.find(([interpreter]) => interpreter.test(firstLine))?.[1];
}
