function boundOnce(token) {
  const key = makeKey('hard-coded');
  // ruleid: symbolic-literal-key
  // ok: literal-key-without-symbols
  jwt.verify(token, key);
}

function reassigned(token, secret) {
  let key = makeKey('first');
  key = makeKey(secret);
  // ok: symbolic-literal-key, literal-key-without-symbols
  jwt.verify(token, key);
}

function boundToAnotherExpression(token, secret) {
  const key = makeKey(secret);
  // ok: symbolic-literal-key, literal-key-without-symbols
  jwt.verify(token, key);
}

function parameterShadows(key) {
  // ok: symbolic-literal-key, literal-key-without-symbols
  jwt.verify(token, key);
}

const outer = makeKey('module level');
function chained(token) {
  const key = outer;
  // ruleid: symbolic-literal-key
  // ok: literal-key-without-symbols
  jwt.verify(token, key);
}

function spelledOut(token) {
  // ruleid: symbolic-literal-key, literal-key-without-symbols
  jwt.verify(token, makeKey('inline'));
}
