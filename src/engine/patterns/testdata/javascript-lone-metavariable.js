// ok: js-token-used
function token(
  // ok: js-token-used
  token,
) {
  // ok: js-token-used
  const copy = session.token;
  // ruleid: js-token-used
  return send(token, copy);
}
