/** Languages the engine parses into trees, one tree-sitter grammar each (see grammars.json). */
export const TARGET_LANGUAGES = [
  'javascript',
  'typescript',
  'tsx',
  'python',
  'java',
  'go',
  'ruby',
  'php',
  'csharp',
  'kotlin',
  'rust',
  'c',
  'bash',
  'yaml',
  'json',
  'terraform',
  'dockerfile',
] as const;
export type TargetLanguage = (typeof TARGET_LANGUAGES)[number];

/** A rule's `languages` entry, canonicalised: every parsed language but tsx, plus the two text modes. */
export type RuleLanguage = Exclude<TargetLanguage, 'tsx'> | 'regex' | 'generic';

/** Rule `languages` values as Semgrep spells them, mapped to our canonical ids. */
const RULE_LANGUAGE_ALIASES: Record<string, RuleLanguage> = {
  javascript: 'javascript',
  js: 'javascript',
  typescript: 'typescript',
  ts: 'typescript',
  python: 'python',
  py: 'python',
  python2: 'python',
  python3: 'python',
  java: 'java',
  go: 'go',
  golang: 'go',
  ruby: 'ruby',
  rb: 'ruby',
  php: 'php',
  csharp: 'csharp',
  'c#': 'csharp',
  cs: 'csharp',
  kotlin: 'kotlin',
  kt: 'kotlin',
  rust: 'rust',
  rs: 'rust',
  c: 'c',
  bash: 'bash',
  sh: 'bash',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  terraform: 'terraform',
  tf: 'terraform',
  hcl: 'terraform',
  dockerfile: 'dockerfile',
  docker: 'dockerfile',
  regex: 'regex',
  none: 'regex',
  generic: 'generic',
};

/**
 * Languages Semgrep knows (its lang.json names and aliases) that this engine has no grammar for. A rule
 * written only for them is loaded but not run, and reported (see load-rules.ts); an unknown name is
 * still a configuration error, so a misspelt language never silently drops a rule.
 */
const SEMGREP_LANGUAGES_WITHOUT_GRAMMAR = new Set([
  'apex',
  'cairo',
  'circom',
  'clojure',
  'cpp',
  'c++',
  'dart',
  'elixir',
  'ex',
  'hack',
  'html',
  'jsonnet',
  'julia',
  'lisp',
  'lua',
  'move_on_aptos',
  'move_on_sui',
  'ocaml',
  'promql',
  'proto',
  'protobuf',
  'proto3',
  'ql',
  'r',
  'scala',
  'scheme',
  'sol',
  'solidity',
  'swift',
  'vue',
  'xml',
]);

/** Whether `name` is a language Semgrep supports and this engine does not (as opposed to an unknown name). */
export function isSemgrepLanguageWithoutGrammar(name: string): boolean {
  return SEMGREP_LANGUAGES_WITHOUT_GRAMMAR.has(name.toLowerCase());
}

export const SUPPORTED_LANGUAGES: readonly string[] = Object.freeze(Object.keys(RULE_LANGUAGE_ALIASES));

export function canonicalRuleLanguage(name: string): RuleLanguage | undefined {
  return Object.hasOwn(RULE_LANGUAGE_ALIASES, name.toLowerCase())
    ? RULE_LANGUAGE_ALIASES[name.toLowerCase()]
    : undefined;
}

/**
 * The target languages a rule language runs on, its own grammar first (patterns must parse there).
 * Like Semgrep, javascript rules also run on TS/TSX (TypeScript is a superset), and typescript rules
 * cover .tsx. regex/generic rules run on text, not trees: none.
 */
export function targetLanguagesOf(language: RuleLanguage): TargetLanguage[] {
  switch (language) {
    case 'javascript':
      return ['javascript', 'typescript', 'tsx'];
    case 'typescript':
      return ['typescript', 'tsx'];
    case 'regex':
    case 'generic':
      return [];
    default:
      return [language];
  }
}
