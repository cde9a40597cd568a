import pad from 'left-pad';
import { trim } from 'strings';

// ruleid: default-import-call
pad('x', 3);
// ok: default-import-call, named-import-call
console.log('x');
// ruleid: named-import-call
trim(' y ');
