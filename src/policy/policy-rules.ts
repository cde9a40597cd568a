import type { PolicyRule, PolicyRuleMatch } from '../config/policy-file/index.js';
import type { Finding, PolicyAction, Severity } from '../model/index.js';
import { pathMatches, ruleIdMatches } from './globs.js';

/** The CWE numbers a finding names: entries look like `CWE-89` or `CWE-89: Improper Neutralization…`. */
function cweIdsOf(finding: Finding): Set<string> {
  const ids = new Set<string>();
  for (const entry of finding.cwe) {
    const match = /^\s*CWE-(\d+)/i.exec(entry);
    if (match) ids.add(`CWE-${Number(match[1])}`);
  }
  return ids;
}

/** Every given criterion must hold; within one criterion any listed value will do. */
export function policyRuleMatches(match: PolicyRuleMatch, finding: Finding): boolean {
  if (match.rule && !match.rule.some((pattern) => ruleIdMatches(pattern, finding.ruleId))) return false;
  if (match.category && !match.category.includes(finding.category)) return false;
  if (match.severity && !match.severity.includes(finding.severity)) return false;
  if (match.cwe) {
    const ids = cweIdsOf(finding);
    if (!match.cwe.some((cwe) => ids.has(`CWE-${Number(cwe.slice(4))}`))) return false;
  }
  if (match.path && !match.path.some((pattern) => pathMatches(pattern, finding.location.path))) return false;
  return true;
}

/** How a rule is named in `by`: its id, else its position. */
export function policyRuleName(rule: PolicyRule): string {
  return rule.id ?? `rules[${rule.index}]`;
}

/** The criteria in words, so a decision's reason says what matched. */
export function describeMatch(match: PolicyRuleMatch): string {
  const parts = (['rule', 'category', 'severity', 'cwe', 'path'] as const)
    .filter((key) => match[key])
    .map((key) => `${key} ${match[key]!.join('|')}`);
  return parts.length > 0 ? parts.join(', ') : 'any finding';
}

export interface BaseDecision {
  action: PolicyAction;
  reason: string;
  by: string;
}

export interface GateSettings {
  rules: readonly PolicyRule[];
  failOn: readonly Severity[];
  /** Where fail-on came from, for the reason: `policy file .soc2-scan.yml` or `action input`. */
  failOnSource: string;
  /** Policy file path for naming rules; null when rules were not read from a file. */
  policyPath: string | null;
}

/** The first policy rule that matches decides; a finding no rule matches falls to the fail-on gate. */
export function decideByPolicy(finding: Finding, settings: GateSettings): BaseDecision {
  const rule = settings.rules.find((candidate) => policyRuleMatches(candidate.match, finding));
  if (rule) {
    const where = settings.policyPath ? ` (${settings.policyPath}${rule.line ? `:${rule.line}` : ''})` : '';
    return {
      action: rule.action,
      reason: `matches policy rule ${policyRuleName(rule)}${where}: ${describeMatch(rule.match)} → ${rule.action}`,
      by: `policy rule ${policyRuleName(rule)}`,
    };
  }
  const label = settings.failOn.length > 0 ? settings.failOn.join(',') : 'none';
  const inFailOn = settings.failOn.includes(finding.severity);
  const ruleNote = settings.rules.length > 0 ? 'no policy rule matches; ' : '';
  return {
    action: inFailOn ? 'block' : gateActionBelowFailOn(finding.severity),
    reason: `${ruleNote}severity ${finding.severity} is ${inFailOn ? '' : 'not '}in fail-on (${label}) from ${settings.failOnSource}`,
    by: `fail-on: ${label}`,
  };
}

/** Below the gate, serious findings are still raised on the pull request; the rest are only recorded. */
function gateActionBelowFailOn(severity: Severity): PolicyAction {
  return severity === 'critical' || severity === 'high' || severity === 'medium' ? 'comment' : 'monitor';
}
