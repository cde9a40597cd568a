<?php
class Invoice extends Model
{
    // ruleid: php-open-fillable
    protected $fillable = ['*'];
    // ok: php-open-fillable
    protected $hidden = ['*'];
    // ok: php-open-fillable
    protected $fillable2;

    // Without a visibility a method is public.
    // ruleid: php-public-handler
    function store(Request $request) { return 1; }
    // ruleid: php-public-handler, php-static-method
    public static function create(Request $request) { return 2; }
    // ok: php-public-handler
    private function check(Request $request) { return 3; }
    // ok: php-public-handler
    public function show($id) { return 4; }
    // ruleid: php-any-function-named-boot, php-static-method
    protected static function boot() { return 5; }

    public function total()
    {
        // ruleid: php-this-config-read
        $rate = $this->config->get('rate');
        // ruleid: php-this-config-read
        $limit = $this->config('limit');
        // ok: php-this-config-read
        return $other->config('rate');
    }
}

class Settings
{
    // ok: php-open-fillable
    protected $fillable = ['*'];
}

// ruleid: php-any-function-named-boot
function boot() { return 6; }
