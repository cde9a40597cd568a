import { redactSecretText } from '../secrets/redaction.js';

/**
 * Whether another tool's rule finds secrets, judged by what it says of itself (category, tags, rule
 * name): then its snippets go through our redaction, because the evidence must never hold a secret value.
 */
export function looksLikeSecretRule(...descriptions: unknown[]): boolean {
  return descriptions.some((value) => {
    if (typeof value === 'string') return /secret|credential|password|api[-_ ]?key|token/i.test(value);
    if (Array.isArray(value)) return looksLikeSecretRule(...(value as unknown[]));
    return false;
  });
}

export function shownSnippet(text: string, secret: boolean): string {
  return secret ? redactSecretText(text) : text;
}
