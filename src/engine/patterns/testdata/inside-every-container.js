// ok: query-after-database-require
cache.query('warm');

const http = require('http');
const pg = require('pg');

function load(pool, id) {
  // ruleid: query-after-database-require
  return pool.query('SELECT 1', [id]);
}
