void f(void) {
    // ruleid: buffer-eight
    char *a = malloc(010);
    // ruleid: buffer-eight
    char *b = malloc(0x8);
    // ok: buffer-eight
    char *c = malloc(10);
    // ruleid: any-format-string
    printf("%s\n", a);
    // ok: any-format-string
    printf(a);
    // ruleid: tmp-path
    char *p = "/tmp/x";
    // ok: tmp-path
    char *q = "/var/tmp/x";
}
