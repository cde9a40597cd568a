// ruleid: arrow-or-function
app.get('/a', function (req) { send(req); });
// ruleid: arrow-or-function
app.get('/b', req => send(req));
// ok: arrow-or-function
app.get('/c', (req, res) => send(req));

// ruleid: class-member-subset
class Vault extends Base {
  open() {}
  secret = 'x';
}
// ok: class-member-subset
class Open {
  open() {}
}

// ruleid: jsx-less-is-ok
a = <div dangerouslySetInnerHTML={html}>text</div>;
// ruleid: jsx-less-is-ok
b = <div className="c" dangerouslySetInnerHTML={html} />;
// ok: jsx-less-is-ok
c = <div className="c">text</div>;

// ruleid: catch-any
try {
  run();
} catch {}
// ok: catch-any
try {
  run();
} catch (e) {
  log(e);
}

const pkg = {
  name: 'x',
  // ruleid: object-field-pattern
  "dependencies": { left: '1.0.0' },
};

// ruleid: duplicate-key
const dup = { a: 1, "a": 2 };
// ruleid: duplicate-key
const hex = { 0x1: 1, 1: 2 };
// ok: duplicate-key
const fine = { a: 1, b: 2 };

// ruleid: statement-then-use
input;
sink(input);

class Tokens {
  // ruleid: method-as-function
  makeToken() {
    return 1;
  }
  // ok: method-as-function
  makeName() {}
}

function logsSecret() {
  // ruleid: same-variable-not-shadowed
  var secret = getSecret();
  run(() => {
    console.log(secret);
  });
}
function logsParameter() {
  // ok: same-variable-not-shadowed
  var secret = getSecret();
  function inner(secret) {
    console.log(secret);
  }
}
