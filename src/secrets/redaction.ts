/** Long enough to be a credential: shorter tokens (keywords, names) stay readable. */
const SECRET_LIKE_TOKEN = /[A-Za-z0-9+/=_-]{8,}/g;
const KEPT_PREFIX = 4;

/**
 * Masks credential-like tokens, keeping a short prefix so a person can tell which key it was (as
 * secretlint and gitleaks do). Applied when a secret finding is created, so no later output can leak it.
 */
export function redactSecretText(text: string): string {
  return text.replace(
    SECRET_LIKE_TOKEN,
    (token) => `${token.slice(0, KEPT_PREFIX)}${'*'.repeat(8)}[REDACTED]`,
  );
}
