const vm = require('vm');

function calculate(req, res) {
  // ruleid: js-eval-with-expression
  const result = eval(req.query.expression);
  res.json({ result });
}

function compileFilter(field, value) {
  // ruleid: js-eval-with-expression
  return new Function('row', `return row.${field} === ${JSON.stringify(value)}`);
}

function runPlugin(source, sandbox) {
  // ruleid: js-eval-with-expression
  return vm.runInNewContext(source, sandbox);
}

function legacyHandler(body) {
  // ruleid: js-eval-with-expression
  return eval('(' + body + ')');
}

// ok: js-eval-with-expression
const answer = eval('6 * 7');

// ok: js-eval-with-expression
const add = new Function('a', 'b', 'return a + b');

function parseBody(body) {
  // ok: js-eval-with-expression
  return JSON.parse(body);
}

// ok: js-eval-with-expression
const warning = 'never call eval(userInput)';

module.exports = { calculate, compileFilter, runPlugin, legacyHandler, answer, add, parseBody, warning };
