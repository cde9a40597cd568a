<?php
function purge($id, $table) {
    // ruleid: php-interpolated-delete
    $sql = "DELETE FROM logs WHERE id = $id";
    // ruleid: php-interpolated-delete
    $sql2 = "DELETE FROM {$table} WHERE id = 1";
    // A plain string interpolates nothing: not a concatenation.
    // ok: php-interpolated-delete
    $sql3 = "DELETE FROM logs";
    // ok: php-interpolated-delete
    $msg = "Deleted $id rows";
    // ruleid: php-interpolated-user
    echo "Hello {$name}!";
    // ruleid: php-interpolated-user
    echo "Hello {$session->user}!";
    // ok: php-interpolated-user
    echo "Goodbye {$name}!";
}
