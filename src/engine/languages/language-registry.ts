import { readFileSync } from 'node:fs';
import path from 'node:path';
import grammars from './grammars.json' with { type: 'json' };
import { locateWasm } from './asset-locator.js';
import { Language, Parser, type LanguageType, type ParserType } from './tree-sitter-runtime.js';

/** Languages the engine parses into trees. */
export const TARGET_LANGUAGES = ['javascript', 'typescript', 'tsx', 'python'] as const;
export type TargetLanguage = (typeof TARGET_LANGUAGES)[number];

/** Rule `languages` values as Semgrep spells them, mapped to our canonical ids. */
const RULE_LANGUAGE_ALIASES: Record<string, RuleLanguage> = {
  javascript: 'javascript',
  js: 'javascript',
  typescript: 'typescript',
  ts: 'typescript',
  python: 'python',
  py: 'python',
  python3: 'python',
  regex: 'regex',
  generic: 'generic',
};
export type RuleLanguage = 'javascript' | 'typescript' | 'python' | 'regex' | 'generic';

export const SUPPORTED_LANGUAGES: readonly string[] = Object.freeze(Object.keys(RULE_LANGUAGE_ALIASES));

export function canonicalRuleLanguage(name: string): RuleLanguage | undefined {
  return RULE_LANGUAGE_ALIASES[name.toLowerCase()];
}

/**
 * The target languages a rule language runs on. Like Semgrep, javascript rules also run on TS/TSX
 * (TypeScript is a superset), and typescript rules cover .tsx.
 */
export function targetLanguagesOf(language: RuleLanguage): TargetLanguage[] {
  switch (language) {
    case 'javascript':
      return ['javascript', 'typescript', 'tsx'];
    case 'typescript':
      return ['typescript', 'tsx'];
    case 'python':
      return ['python'];
    default:
      return [];
  }
}

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
};

/** Detects a file's language from its extension, or a `#!` line for extension-less scripts. */
export function detectLanguage(filePath: string, firstLine: string): TargetLanguage | undefined {
  const byExtension = EXTENSIONS[path.extname(filePath).toLowerCase()];
  if (byExtension) return byExtension;
  if (!firstLine.startsWith('#!')) return undefined;
  if (/\bpython[0-9.]*\b/.test(firstLine)) return 'python';
  if (/\b(?:node|nodejs|deno|bun)\b/.test(firstLine)) return 'javascript';
  return undefined;
}

let runtimeReady: Promise<void> | undefined;
const languages = new Map<TargetLanguage, Promise<LanguageType>>();
const parsers = new Map<TargetLanguage, ParserType>();

function initRuntime(): Promise<void> {
  runtimeReady ??= Parser.init({
    locateFile: (name: string) =>
      name === 'tree-sitter.wasm' ? locateWasm('web-tree-sitter/tree-sitter.wasm') : name,
  });
  return runtimeReady;
}

async function loadLanguage(language: TargetLanguage): Promise<LanguageType> {
  await initRuntime();
  const specifier = (grammars as Record<string, string>)[language];
  // Loading from bytes keeps web-tree-sitter from guessing how to fetch a path.
  return Language.load(readFileSync(locateWasm(specifier)));
}

/** A parser for `language`, created once per process (web-tree-sitter parsers are reusable). */
export async function parserFor(language: TargetLanguage): Promise<ParserType> {
  const existing = parsers.get(language);
  if (existing) return existing;
  let loading = languages.get(language);
  if (!loading) {
    loading = loadLanguage(language);
    languages.set(language, loading);
  }
  const grammar = await loading;
  const ready = parsers.get(language);
  if (ready) return ready;
  const parser = new Parser();
  parser.setLanguage(grammar);
  parsers.set(language, parser);
  return parser;
}
