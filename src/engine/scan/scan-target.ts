import path from 'node:path';
import type { Finding, ScanProblem, SkippedFile } from '../../model/index.js';
import { detectLanguage, type TargetLanguage } from '../languages/language-registry.js';
import { FileText, mayMatch, vocabularyOf } from '../prefilter/required-words.js';
import type { Vocabulary } from '../prefilter/token-index.js';
import type { Rule } from '../rule-files/rule.js';
import { buildFileFindings } from './build-findings.js';
import { matchesPathGlob } from './ignore-file.js';
import { minifiedReason, readTargetSync } from './read-target.js';
import { scanFile } from './scan-file.js';

/**
 * What scanning one file left: plain data (findings, not matches holding parse trees), so it can be
 * made in a worker thread and so a scan keeps no file's source once the file is done.
 */
export type TargetOutcome =
  | { kind: 'skipped'; skip: SkippedFile }
  | { kind: 'scanned'; language: string; bytes: number; problems: ScanProblem[]; findings: Finding[] }
  | { kind: 'failed'; problem: ScanProblem };

export interface TargetScanOptions {
  maxFileBytes: number;
  timeoutPerFileMs: number;
  toolVersion: string;
  /** Rule tests scan their target whatever the rule's `paths:` say, as `semgrep --test` does. */
  ignoreRulePaths?: boolean;
}

const MINIFIABLE = new Set<TargetLanguage>(['javascript', 'typescript', 'tsx']);

/** Scans single files of a workspace with one rule set: the whole per-file part of scanRepository. */
export class TargetScanner {
  private readonly textRules: Rule[];
  private readonly vocabulary: Vocabulary;

  constructor(
    private readonly workspace: string,
    private readonly rules: readonly Rule[],
    private readonly options: TargetScanOptions,
  ) {
    this.textRules = rules.filter((rule) => rule.textOnly);
    this.vocabulary = vocabularyOf(rules);
  }

  /** Never throws for a problem with the file itself: it is skipped, or the failure is a problem. */
  async scan(relative: string): Promise<TargetOutcome> {
    const text = readTargetSync(path.join(this.workspace, relative), this.options.maxFileBytes);
    if (!text.ok)
      return { kind: 'skipped', skip: { path: relative, reason: text.reason, detail: text.detail } };
    const language = detectLanguage(relative, text.source.slice(0, text.source.indexOf('\n') >>> 0));
    const rules = [
      ...(language ? this.rules.filter((rule) => rule.targetLanguages.includes(language)) : []),
      ...this.textRules,
    ].filter((rule) => this.options.ignoreRulePaths || appliesToPath(rule, relative));
    if (rules.length === 0) {
      return {
        kind: 'skipped',
        skip: {
          path: relative,
          reason: 'unsupported-language',
          detail: language ?? 'no rule language applies',
        },
      };
    }
    const minified = language && MINIFIABLE.has(language) ? minifiedReason(text.source) : undefined;
    if (minified) return { kind: 'skipped', skip: { path: relative, reason: 'minified', detail: minified } };
    // Rules whose required words the file lacks cannot match: skip them (and the parse, when none is left).
    const fileText = new FileText(text.source, this.vocabulary);
    const candidates = rules.filter((rule) => mayMatch(rule, fileText));
    try {
      const outcome = await scanFile(relative, text.source, language, candidates, {
        timeoutMs: this.options.timeoutPerFileMs,
        tokens: fileText.tokens,
      });
      if (outcome.kind === 'skipped') {
        return { kind: 'skipped', skip: { path: relative, reason: outcome.reason, detail: outcome.detail } };
      }
      const findings = buildFileFindings(
        { path: relative, source: text.source, matches: outcome.matches, byteOffsetBias: text.bomBytes },
        this.options.toolVersion,
      );
      return {
        kind: 'scanned',
        language: language ?? 'generic',
        bytes: text.bytes,
        problems: outcome.problems,
        findings,
      };
    } catch (error) {
      return {
        kind: 'failed',
        problem: {
          kind: 'internal-error',
          message: `could not scan ${relative}: ${String(error)}`,
          path: relative,
        },
      };
    }
  }
}

function appliesToPath(rule: Rule, relative: string): boolean {
  const { include, exclude } = rule.paths ?? {};
  if (include && include.length > 0 && !include.some((glob) => matchesPathGlob(relative, glob))) return false;
  return !exclude?.some((glob) => matchesPathGlob(relative, glob));
}
