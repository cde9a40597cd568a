<?php
// PHP function and method names ignore case.
// ruleid: php-shell-exec
shell_exec($command);
// ruleid: php-shell-exec
SHELL_EXEC($command);
// ruleid: php-shell-exec
Shell_Exec($command);
// ok: php-shell-exec
shell_execute($command);
// ruleid: php-raw-query
$db->RAWQUERY($sql);
// ruleid: php-raw-query
$db->rawquery($sql);
// ok: php-raw-query
$db->rawQueries($sql);
