<?php
// ruleid: backtick-command
echo `ls -la`;
// ruleid: backtick-command
$out = `grep {$term} /var/log/app.log`;
// ok: backtick-command
echo "ls -la";
