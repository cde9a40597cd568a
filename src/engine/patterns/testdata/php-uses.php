<?php
// ok: new-mailer
$m = new Mailer();
use Vendor\Mail\Mailer as M;
// ruleid: new-mailer
$m = new M($config);
// ruleid: new-mailer
$m = new Vendor\Mail\Mailer();
// ok: new-mailer
$m = new Mailer();

use function Vendor\Mail\{send, queue as later};
// ruleid: vendor-send
send($m);
// ok: vendor-send
later($m);

use Other\Mailer as M;
// ok: new-mailer
$m = new M();
