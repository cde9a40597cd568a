<?php
// ruleid: default-list-logged
function a($items = []) {
  log_it($items);
}
// ruleid: default-list-logged
function b(array $items = []) {
  log_it($items);
}
// ok: default-list-logged
function c(array $items) {
  log_it($items);
}
// ok: default-list-logged
function d($items = [], $other = []) {
  log_it($other);
}

// ruleid: insecure-cookie
setcookie("a", $v, FALSE);
$secure = false;
// ruleid: insecure-cookie
setcookie("a", $v, $secure);
$on = true;
// ok: insecure-cookie
setcookie("a", $v, $on);
// ok: insecure-cookie
setcookie("a", $v, 0);
