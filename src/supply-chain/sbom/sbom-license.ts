/**
 * Whether `text` is an SPDX licence expression by its grammar (SPDX 2.3 annex D): identifiers,
 * `+`, `LicenseRef-`/`DocumentRef-…:LicenseRef-`, AND / OR / WITH and parentheses. Lockfiles
 * sometimes record free text (`SEE LICENSE IN LICENSE.md`); that must not be written where an
 * expression is expected. The identifiers are not checked against the licence list: the
 * lockfile's word is kept, never guessed or corrected.
 */
export function isSpdxExpression(text: string): boolean {
  const tokens = text.match(/\(|\)|[^\s()]+/g);
  if (!tokens) return false;
  let position = 0;
  const peek = (): string | undefined => tokens[position];
  const isOperator = (token: string | undefined, operator: string): boolean =>
    token !== undefined && token.toUpperCase() === operator;

  const licenseId = (token: string | undefined): boolean =>
    token !== undefined &&
    !['AND', 'OR', 'WITH'].includes(token.toUpperCase()) &&
    /^((DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.-]+\+?)$/.test(token);

  // simple-expression [WITH exception] | "(" compound ")"
  function term(): boolean {
    const token = peek();
    if (token === '(') {
      position += 1;
      if (!compound() || peek() !== ')') return false;
      position += 1;
      return true;
    }
    if (!licenseId(token)) return false;
    position += 1;
    if (isOperator(peek(), 'WITH')) {
      position += 1;
      if (!licenseId(peek())) return false;
      position += 1;
    }
    return true;
  }

  function compound(): boolean {
    if (!term()) return false;
    while (isOperator(peek(), 'AND') || isOperator(peek(), 'OR')) {
      position += 1;
      if (!term()) return false;
    }
    return true;
  }

  return compound() && position === tokens.length;
}
