int size = 64;
int grown = 64;

void compare(char *name, int *count, int n) {
    char *other = "x";
    long *wide = 0;
    // ruleid: char-pointer-compare, same-pointer-types
    if (name == other) return;
    // ruleid: char-pointer-compare, same-pointer-types
    if (name == "literal") return;
    // ok: char-pointer-compare, same-pointer-types
    if (n == 3) return;
    // ruleid: same-pointer-types
    if (count == NULL) return;
    // ok: char-pointer-compare, same-pointer-types
    if (count == wide) return;
    // ok: same-pointer-types
    if (count == n) return;
}

void shadowed(int name) {
    // ok: char-pointer-compare
    if (name == 1) return;
}

void use(int *p, char *s) {
    // ruleid: pointer-then-value, same-pointer-types
    p == NULL;
    consume(p);
    int copy = 1;
}

void use_wrong_type(int *p) {
    // ruleid: same-pointer-types
    // ok: pointer-then-value
    p == NULL;
    consume(p);
    int *copy = p;
}

void buffers(int unknown) {
    grown += 1;
    // ruleid: fixed-buffer
    char a[64];
    // ruleid: fixed-buffer
    char b[size];
    // ok: fixed-buffer
    char c[unknown];
    // ok: fixed-buffer
    char d[grown];
}
