import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bundledRulesDir } from './asset-locator.js';
import {
  canonicalRuleLanguage,
  detectLanguage,
  parserFor,
  TARGET_LANGUAGES,
  targetLanguagesOf,
  type TargetLanguage,
} from './language-registry.js';

/** Dockerfiles have no grammar of their own (see patterns/dockerfile-tree): their shell commands are Bash. */
type GrammarLanguage = Exclude<TargetLanguage, 'dockerfile'>;
const GRAMMAR_LANGUAGES = TARGET_LANGUAGES.filter((l): l is GrammarLanguage => l !== 'dockerfile');

const SAMPLES: Record<GrammarLanguage, string> = {
  javascript: 'const x = require("fs");\nexport default function f(a, ...rest) { return <div>{a}</div>; }\n',
  typescript: 'interface A { b: number }\nconst f = (a: A): number => a.b as number;\n',
  tsx: 'const C = (p: { n: string }) => <span title={p.n}>hi</span>;\n',
  python: 'import os\n\ndef f(a, *args, shell=True):\n    return os.system(a)\n',
  java: 'class A {\n  void f(String s) throws Exception { Runtime.getRuntime().exec(s); }\n}\n',
  go: 'package main\n\nimport "os/exec"\n\nfunc f(s string) { exec.Command("sh", "-c", s).Run() }\n',
  ruby: 'class A\n  def f(s)\n    system("ls #{s}") if s\n  end\nend\n',
  php: '<?php\nfunction f($s) { echo htmlspecialchars($s); exec($s); }\n',
  csharp: 'using System;\nclass A { void F(string s) { Process.Start(s); var x = s?.Length ?? 0; } }\n',
  kotlin: 'fun f(s: String): Int {\n  val x = s.length\n  return x\n}\n',
  rust: 'fn f(s: &str) -> usize {\n    let v: Vec<u8> = s.bytes().collect();\n    v.len()\n}\n',
  c: '#include <stdio.h>\nint f(char *s) { char b[8]; strcpy(b, s); return printf("%s", b); }\n',
  bash: '#!/bin/bash\nfor f in "$@"; do curl -s "$f" | sh; done\n',
  yaml: 'jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: [{ run: "echo ${{ github.head_ref }}" }]\n',
  json: '{"name": "x", "scripts": {"postinstall": "curl x | sh"}, "n": [1, 2.5, true, null]}\n',
  terraform: 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n  tags = { a = var.x }\n}\n',
};

describe('language registry', () => {
  it.each(GRAMMAR_LANGUAGES)('loads the %s grammar and parses a sample without errors', async (language) => {
    const parser = await parserFor(language);
    const tree = parser.parse(SAMPLES[language]);
    expect(tree?.rootNode.hasError).toBe(false);
    expect(tree?.rootNode.namedChildCount).toBeGreaterThan(0);
    tree?.delete();
  });

  it('detects languages from extensions and from a python or node shebang', () => {
    expect(detectLanguage('a/b.mjs', '')).toBe('javascript');
    expect(detectLanguage('a/b.jsx', '')).toBe('javascript');
    expect(detectLanguage('b.cts', '')).toBe('typescript');
    expect(detectLanguage('b.tsx', '')).toBe('tsx');
    expect(detectLanguage('bin/tool', '#!/usr/bin/env python3')).toBe('python');
    expect(detectLanguage('bin/tool', '#!/usr/bin/env node')).toBe('javascript');
    expect(detectLanguage('README', 'hello')).toBeUndefined();
    expect(detectLanguage('Dockerfile', 'FROM node:20')).toBe('dockerfile');
    expect(detectLanguage('deploy/Dockerfile.alpine', '')).toBe('dockerfile');
    expect(detectLanguage('build.dockerfile', '')).toBe('dockerfile');
    expect(detectLanguage('Makefile', 'all:')).toBeUndefined();
    expect(detectLanguage('x.rb', '')).toBe('ruby');
    expect(detectLanguage('Rakefile', '')).toBe('ruby');
    expect(detectLanguage('main.tf', '')).toBe('terraform');
    expect(detectLanguage('x.kts', '')).toBe('kotlin');
    expect(detectLanguage('.github/ci.yml', '')).toBe('yaml');
    expect(detectLanguage('bin/deploy', '#!/bin/sh')).toBe('bash');
    expect(detectLanguage('bin/deploy', '#!/usr/bin/env bash')).toBe('bash');
    expect(detectLanguage('bin/tool', '#!/usr/bin/env ruby')).toBe('ruby');
    expect(detectLanguage('bin/tool', '#!/usr/bin/php')).toBe('php');
  });

  it('maps rule languages as Semgrep spells them to the grammars they run on', () => {
    expect(canonicalRuleLanguage('golang')).toBe('go');
    expect(canonicalRuleLanguage('C#')).toBe('csharp');
    expect(canonicalRuleLanguage('kt')).toBe('kotlin');
    expect(canonicalRuleLanguage('sh')).toBe('bash');
    expect(canonicalRuleLanguage('hcl')).toBe('terraform');
    expect(canonicalRuleLanguage('constructor')).toBeUndefined();
    expect(targetLanguagesOf('javascript')).toEqual(['javascript', 'typescript', 'tsx']);
    expect(targetLanguagesOf('php')).toEqual(['php']);
    expect(targetLanguagesOf('generic')).toEqual([]);
  });

  it('finds the bundled rule pack from source', () => {
    const dir = bundledRulesDir();
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(path.join(dir, 'python')).some((name) => name.endsWith('.yaml'))).toBe(true);
  });
});
