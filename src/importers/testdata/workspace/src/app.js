const settings = require('./settings');

function applyFormula(input) {
  return eval(input.formula);
}

const awsKey = 'AKIAIOSFODNN7EXAMPLE';

module.exports = { applyFormula, awsKey, settings };
