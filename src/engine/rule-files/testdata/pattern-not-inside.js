// ruleid: query-outside-transaction
db.query('UPDATE accounts SET balance = 0');

db.transaction(function (tx) {
  // ok: query-outside-transaction
  db.query('UPDATE accounts SET balance = 1');
});

function later() {
  // ruleid: query-outside-transaction
  pool.query('DELETE FROM sessions');
}
