const cp = require('child_process');
const SECRET = 'hunter2';

// ruleid: spread-args-equal
compare(a, b, a, b);
// ok: spread-args-equal
compare(a, b, b, a);

function f() {
  // ruleid: statements-deep
  console.log(tok);
  if (ready) {
    send(tok);
  }
}
function g() {
  // ok: statements-deep
  console.log(tok);
  send(other);
}

// ruleid: object-field
app.use(session({ secret: s, httpOnly: false, secure: true }));
// ok: object-field
app.use(session({ secret: s, httpOnly: true }));

// ruleid: constant-string
jwt.sign(payload, SECRET);
// ok: constant-string
jwt.sign(payload, process.env.KEY);

// ruleid: require-alias
cp.exec(cmd);
// ok: require-alias
cp.spawn(cmd);

// ruleid: var-equivalence
const password = "pw";
// ok: var-equivalence
const user = "pw";
