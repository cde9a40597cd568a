import type { PolicyRule, PolicySettings } from '../config/index.js';
import { LICENSE_RULES } from '../supply-chain/index.js';

/**
 * The policy file's `licenses:` section as policy rules ahead of the user's, so a licence finding gets
 * the action that section names (`action` for denied or not-allowed licences, `unknown` for unknown ones)
 * through the same decision path, reasons and audit events as every other finding.
 */
export function withLicenseRules(settings: PolicySettings): PolicySettings {
  const rules: PolicyRule[] = [
    {
      id: 'licenses.action',
      index: -2,
      line: null,
      match: { rule: [LICENSE_RULES.denied, LICENSE_RULES.notAllowed] },
      action: settings.licenses.action,
    },
    {
      id: 'licenses.unknown',
      index: -1,
      line: null,
      match: { rule: [LICENSE_RULES.unknown] },
      action: settings.licenses.unknown,
    },
  ];
  return { ...settings, rules: [...rules, ...settings.rules] };
}
