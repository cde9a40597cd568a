const HOST = 'api.example.com';
const PORT = 8080;
// ruleid: template-constant
fetch(`https://${HOST}:${PORT}/v1`);
// ruleid: template-constant
fetch(process.env.PROD ? 'https://a.example.com' : 'https://b.example.com');
// ok: template-constant
fetch(`https://${req.query.host}/v1`);

var
  // ok: url-regex-not-on-definition
  insecure =
  // ruleid: url-regex-not-on-definition
  'http://example.com';

const expected = 'admin';
// ruleid: same-value-by-constant
if (expected === 'admin') {
}
// ok: same-value-by-constant
if (expected === 'root') {
}

const evil = /(a+)+/;
// ruleid: regex-constant
const re = new RegExp(evil);
// ok: regex-constant
const safe = new RegExp(/a+/);

// ruleid: template-one-substitution
db.query(`SELECT * FROM t WHERE id = ${id}`);
// ok: template-one-substitution
db.query(`SELECT * FROM t`);

// ruleid: template-text-metavariables
sql(`SELECT * FROM t WHERE a = ${a} AND b = ${b}`);
// ok: template-text-metavariables
sql(`DELETE FROM t WHERE a = ${a}`);

function counted() {
  var total = 0;
  // ruleid: constant-per-function
  if (total == 0) {
  }
}
function incremented() {
  var total = 0;
  total++;
  // ok: constant-per-function
  if (total == 0) {
  }
}
function shadowed(limit) {
  // ok: constant-per-function
  if (limit == 10) {
  }
}
var limit = 10;
