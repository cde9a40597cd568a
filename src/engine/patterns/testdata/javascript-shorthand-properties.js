// ruleid: js-shorthand-sandbox-from-input
function run(input) {
  const context = { watch: input };
  new Sandbox({ timeout: 10, context });
}

// ruleid: js-shorthand-sandbox-from-input
function explicit(input) {
  const context = [input];
  new Sandbox({ context: context });
}

// ok: js-shorthand-sandbox-from-input
function otherKey(input) {
  const context = { watch: input };
  const options = {};
  new Sandbox({ options });
}

// ok: js-shorthand-sandbox-from-input
function otherValue(input) {
  const context = { watch: input };
  const fixed = {};
  new Sandbox({ context: fixed });
}
