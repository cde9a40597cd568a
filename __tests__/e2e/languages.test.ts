import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { runCli } from './run-dist.js';

// One target per grammar, each with one construct a rule must find: proves every WASM grammar ships in
// dist/wasm and loads from the bundle, and that patterns parse in that language.
const TARGETS: { language: string; file: string; text: string; pattern: string; line: number }[] = [
  {
    language: 'python',
    file: 'a.py',
    text: 'import os\nos.system(cmd)\n',
    pattern: 'os.system($X)',
    line: 2,
  },
  {
    language: 'javascript',
    file: 'a.js',
    text: 'const a = 1;\ndangerous(cmd);\n',
    pattern: 'dangerous($X)',
    line: 2,
  },
  {
    language: 'typescript',
    file: 'a.ts',
    text: 'let a: number = 1;\ndangerous(cmd);\n',
    pattern: 'dangerous($X)',
    line: 2,
  },
  {
    language: 'typescript',
    file: 'a.tsx',
    text: 'const c = <b>{dangerous(cmd)}</b>;\n',
    pattern: 'dangerous($X)',
    line: 1,
  },
  {
    language: 'java',
    file: 'A.java',
    text: 'class A {\n  void f(String c) {\n    Runtime.getRuntime().exec(c);\n  }\n}\n',
    pattern: '$R.exec($X)',
    line: 3,
  },
  {
    language: 'go',
    file: 'a.go',
    text: 'package main\n\nfunc f(c string) {\n\texec.Command(c)\n}\n',
    pattern: 'exec.Command($X)',
    line: 4,
  },
  { language: 'ruby', file: 'a.rb', text: 'def f(c)\n  system(c)\nend\n', pattern: 'system($X)', line: 2 },
  {
    language: 'php',
    file: 'a.php',
    text: '<?php\nfunction f($c) {\n  exec($c);\n}\n',
    pattern: 'exec($X)',
    line: 3,
  },
  {
    language: 'csharp',
    file: 'A.cs',
    text: 'class A {\n  void F(string c) {\n    Process.Start(c);\n  }\n}\n',
    pattern: 'Process.Start($X)',
    line: 3,
  },
  {
    language: 'kotlin',
    file: 'a.kt',
    text: 'fun f(c: String) {\n  Runtime.getRuntime().exec(c)\n}\n',
    pattern: '$R.exec($X)',
    line: 2,
  },
  {
    language: 'rust',
    file: 'a.rs',
    text: 'fn f(c: &str) {\n    dangerous(c);\n}\n',
    pattern: 'dangerous($X)',
    line: 2,
  },
  {
    language: 'c',
    file: 'a.c',
    text: 'void f(char *c) {\n  system(c);\n}\n',
    pattern: 'system($X)',
    line: 2,
  },
  { language: 'bash', file: 'a.sh', text: '#!/bin/sh\ncurl "$1" | sh\n', pattern: 'curl $X | sh', line: 2 },
  {
    language: 'yaml',
    file: 'a.yml',
    text: 'jobs:\n  b:\n    runs-on: self-hosted\n',
    pattern: 'runs-on: self-hosted',
    line: 3,
  },
  {
    language: 'terraform',
    file: 'a.tf',
    text: 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n}\n',
    pattern: 'acl = "public-read"',
    line: 2,
  },
  {
    language: 'generic',
    file: 'Dockerfile',
    text: 'FROM node:20\nUSER root\n',
    pattern: 'USER root',
    line: 2,
  },
];

describe('dist/cli.js parses every supported language', () => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'soc2-e2e-languages-'));
  const rules = TARGETS.map((t, i) => ({
    id: `lang-${i}-${t.language}`,
    message: 'found',
    severity: 'INFO',
    languages: [t.language],
    pattern: t.pattern,
    paths: { include: [t.file] },
  }));
  writeFileSync(path.join(workspace, '.semgrepignore'), 'rules.yaml\n');
  writeFileSync(path.join(workspace, 'rules.yaml'), stringify({ rules }));
  for (const t of TARGETS) writeFileSync(path.join(workspace, t.file), t.text);
  const evidence = mkdtempSync(path.join(tmpdir(), 'soc2-e2e-languages-evidence-'));
  const scan = runCli(
    ['scan', '--config', 'rules.yaml', '--json', '--fail-on', 'none', '--evidence-dir', evidence, '.'],
    { cwd: workspace },
  );
  const report = JSON.parse(scan.stdout) as {
    results: { check_id: string; path: string; start: { line: number } }[];
    errors: unknown[];
  };

  it('runs without errors', () => {
    expect(scan.status).toBe(0);
    expect(report.errors).toEqual([]);
  });

  it.each(TARGETS.map((t, i) => [t.language, t.file, i] as const))(
    '%s: finds the construct in %s',
    (language, file, i) => {
      const found = report.results.filter((r) => r.check_id === `lang-${i}-${language}`);
      expect(found.map((r) => `${r.path}:${r.start.line}`)).toEqual([`${file}:${TARGETS[i].line}`]);
    },
  );
});
