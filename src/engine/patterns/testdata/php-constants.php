<?php
const BACKUP = "tar -czf backup.tgz /srv";
$dir = "/srv/data";

class Job
{
    const CLEAN = 'rm -rf /tmp/job';

    public function run($input)
    {
        // ruleid: constant-command
        system(self::CLEAN);
        // ruleid: constant-command
        system(Job::CLEAN);
        // ok: constant-command
        system(self::MISSING);
        // ok: constant-command
        system($input);
        // ok: constant-command
        system(escapeshellarg($input));
    }
}

// ruleid: constant-command
system(BACKUP);
// ruleid: constant-command
system("ls $dir");
// ruleid: constant-command
system("ls " . escapeshellarg($dir));
// ok: constant-command
system("ls $other");
// ok: constant-command
system(UNDEFINED_CONST);
