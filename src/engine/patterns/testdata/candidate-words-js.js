import { exec as run } from 'child_process';

// ruleid: words-js-import-alias
run(command);
// ok: words-js-import-alias
runner(command);

// ruleid: words-js-member
fs.readFile(name, 'utf8', done);
// ok: words-js-member
fs.readFileSync(name);
// ok: words-js-member
fs.read('readFile');
