// ruleid: weak-hash-algorithm
crypto.createHash('md5');
// ruleid: weak-hash-algorithm
crypto.createHash("sha1");
// ok: weak-hash-algorithm
crypto.createHash('sha256');
// ok: weak-hash-algorithm
crypto.createHash('md5sum-is-not-an-algorithm');
