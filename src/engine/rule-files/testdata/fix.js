// ruleid: strict-equality
if (count == 0) reset();
// ok: strict-equality
if (count === 0) reset();
// ruleid: strict-equality
const same = left.id == right['id'];
