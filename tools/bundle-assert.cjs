// Stands in for Node's `assert` module inside the CLI bundle (tools/bundle-cli.mjs). elfy's
// parser requires `assert` for one `assert.equal`; loading Node's assert module costs ~4 ms at
// every rv-zoo start, this file nothing. Same contract for what elfy uses: throw when the check fails.
'use strict';

function fail(message, actual, expected, operator) {
  const err = new Error(message ?? `${String(actual)} ${operator} ${String(expected)}`);
  err.code = 'ERR_ASSERTION';
  err.actual = actual;
  err.expected = expected;
  err.operator = operator;
  throw err;
}

function assert(value, message) {
  if (!value) fail(message, value, true, '==');
}
assert.ok = assert;
assert.equal = (actual, expected, message) => { if (actual != expected) fail(message, actual, expected, '=='); };
assert.strictEqual = (actual, expected, message) => { if (!Object.is(actual, expected)) fail(message, actual, expected, '==='); };

module.exports = assert;
