const { Pool } = require('pg');

const pool = new Pool();

async function findUser(req, res) {
  // ruleid: js-sql-injection
  const { rows } = await pool.query('SELECT * FROM users WHERE email = \'' + req.body.email + '\'');
  res.json(rows);
}

async function findOrder(db, orderId) {
  // ruleid: js-sql-injection
  return db.query(`SELECT * FROM orders WHERE id = ${orderId}`);
}

async function removeItem(knex, id) {
  // ruleid: js-sql-injection
  return knex.raw('DELETE FROM items WHERE id = ' + id);
}

async function findByPrebuiltQuery(db, name) {
  const sql = "SELECT * FROM users WHERE name = '" + name + "'";
  // todoruleid: js-sql-injection
  return db.query(sql);
}

async function findUserSafely(req, res) {
  // ok: js-sql-injection
  const { rows } = await pool.query('SELECT * FROM users WHERE email = $1', [req.body.email]);
  res.json(rows);
}

async function countOrders(db) {
  // ok: js-sql-injection
  return db.query(`SELECT count(*) FROM orders`);
}

function cacheGet(cache, userId) {
  // ok: js-sql-injection
  return cache.get('user:' + userId);
}

module.exports = { findUser, findOrder, removeItem, findByPrebuiltQuery, findUserSafely, countOrders, cacheGet };
