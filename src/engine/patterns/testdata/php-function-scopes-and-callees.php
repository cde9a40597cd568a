<?php

function fixedSalt($password) {
    $salt = "c0ffee";
    $mode = "AES-128-ECB";
    // ruleid: php-fixed-salt
    $key = derive_key($password, $salt);
    // ruleid: php-weak-mode
    encrypt_with($key, $mode);
    return $key;
}

// Each function has its own $salt and $mode: another function's values are not these.
function randomSalt($password) {
    $salt = random_bytes(16);
    $mode = choose_mode();
    // ok: php-fixed-salt
    $key = derive_key($password, $salt);
    // ok: php-weak-mode
    encrypt_with($key, $mode);
    // ok: php-weak-mode
    encrypt_with($key, "AES-256-GCM");
    // ruleid: php-weak-mode
    encrypt_with($key, "DES-ECB");
    return $key;
}

class Vault {
    public function store($value) {
        // ruleid: php-secret-setter
        $this->setSecret($value);
        // ruleid: php-secret-setter
        Config::setSecretKey($value);
        // ruleid: php-secret-setter
        $this->client?->setSecret($value);
        // ruleid: php-secret-setter
        setSecret($value);
        // ok: php-secret-setter
        $this->setName($value);
    }
}
