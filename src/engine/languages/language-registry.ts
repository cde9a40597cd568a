import { readFileSync } from 'node:fs';
import grammars from './grammars.json' with { type: 'json' };
import { locateWasm } from './asset-locator.js';
import type { TargetLanguage } from './language-ids.js';
import { adoptWasmRuntime } from './wasm-tree-memory.js';
import { Language, Parser, type LanguageType, type ParserType } from './tree-sitter-runtime.js';

export {
  canonicalRuleLanguage,
  isSemgrepLanguageWithoutGrammar,
  SUPPORTED_LANGUAGES,
  TARGET_LANGUAGES,
  targetLanguagesOf,
  type RuleLanguage,
  type TargetLanguage,
} from './language-ids.js';
export { detectLanguage } from './detect-language.js';

let runtimeReady: Promise<void> | undefined;
const languages = new Map<TargetLanguage, Promise<LanguageType>>();
const parsers = new Map<TargetLanguage, ParserType>();

function initRuntime(): Promise<void> {
  if (!runtimeReady) {
    const moduleOptions = {
      locateFile: (name: string) =>
        name === 'tree-sitter.wasm' ? locateWasm('web-tree-sitter/tree-sitter.wasm') : name,
    };
    runtimeReady = Parser.init(moduleOptions).then(() => adoptWasmRuntime(moduleOptions));
  }
  return runtimeReady;
}

async function loadLanguage(language: TargetLanguage): Promise<LanguageType> {
  await initRuntime();
  const specifier = (grammars as Record<string, string>)[language];
  // Loading from bytes keeps web-tree-sitter from guessing how to fetch a path.
  return Language.load(readFileSync(locateWasm(specifier)));
}

/** The parser for `language` if `parserFor` already created it in this process (for synchronous callers). */
export function parserForLoaded(language: TargetLanguage): ParserType | undefined {
  return parsers.get(language);
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
