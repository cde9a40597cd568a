// ruleid: lone-braces-object
configure({ retries: 3 }, function () {
  // ok: lone-braces-object
  if (ready) {
    start();
  }
});

// ok: lone-braces-object
configure(() => {
  run();
});

function checked(e) {
  if (e.origin === 'https://example.com') {
    act(e.data);
  }
}
// ok: handler-without-check
listen(checked);

function unchecked(e) {
  act(e.data);
}
// ruleid: handler-without-check
listen(unchecked);

function build(user, title) {
  // ok: open-tag-concatenation
  const quoted = '<q>' + escape(title, { mode: 'strict' }) + '</q>' + user;
  // ruleid: open-tag-concatenation
  const start = '<div class="' + user;
  return [quoted, start];
}

// ok: hardcoded-key-literal
const signingKey = 'k3y-in-source';
// ok: hardcoded-key-literal
sign({ key: signingKey });
// ruleid: hardcoded-key-literal
sign({ key: 'written-here' });
// ok: hardcoded-key-literal
sign({ key: process.env.KEY });

const anchored = /^abc/;
const anchoredGlobal = /^abc/g;
// ruleid: anchored-search
text.search(anchored);
// ok: anchored-search
text.search(anchoredGlobal);
// ok: anchored-search
text.search(/xyz/);
// ruleid: anchored-search
text.search(/^abd/);
