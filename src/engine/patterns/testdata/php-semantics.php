<?php
function copy_file() {
    // ruleid: reopened-file
    $h = fopen("a.txt", "r");
    fclose($h);
    // ok: reopened-file
    $g = fopen("b.txt", "r");
    fclose($other);
}

// ruleid: eval-of-param
function run($name, $code) {
    log_it($name);
    eval($code);
}

// ok: eval-of-param
function run_fixed($code) {
    eval("1 + 1");
}

// ruleid: query-chain
$rows = $db->table('users')->where('a', 1)->raw('x');
// ok: query-chain
$rows = $db->other('users')->where('a', 1)->raw('x');

// ruleid: cookie-read
$name = $_COOKIE['name'];
// ok: cookie-read
$name = $_POST['name'];

// ruleid: class-with-destroy
class Session {
    private $id;
    public function start() { }
    public function destroy() { session_destroy(); }
}

// ok: class-with-destroy
class Cache {
    public function clear() { }
}

function shell() {
    $dir = "/tmp/" . "cache";
    // ruleid: shell-constant
    exec($dir);
    // ruleid: shell-constant
    exec("ls");
    // ok: shell-constant
    exec("rm $user");
    // ok: shell-constant
    exec($user);
}

function route($ok) {
    // ruleid: any-if-redirect
    if ($ok > 1) {
        redirect("/home");
    }
    // ok: any-if-redirect
    if ($ok) {
        log_it("x");
    }
}

// ruleid: greeting-param
greet("world");
// ok: greeting-param
greet("hello $who");

// ruleid: serializable-interface
interface Stored extends Countable, Serializable {
}
// ok: serializable-interface
interface Plain extends Countable {
}

// ruleid: verify-off
set_verify(FALSE);
// ok: verify-off
set_verify(TRUE);
