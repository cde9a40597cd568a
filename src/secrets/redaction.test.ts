import { redactSecretText } from './redaction.js';

describe('secret redaction', () => {
  it('keeps a four-character prefix of each credential-like token and hides the rest', () => {
    const key = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');
    const redacted = redactSecretText(`const key = "${key}";`);
    expect(redacted).toBe('const key = "AKIA********[REDACTED]";');
    expect(redacted).not.toContain(key.slice(4));
  });

  it('leaves short words alone', () => {
    expect(redactSecretText('x = y')).toBe('x = y');
  });
});
