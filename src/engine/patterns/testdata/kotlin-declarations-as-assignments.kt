fun tokens() {
    // ruleid: short-token
    val gen: TokenGen = TokenGen.create("hex")
    gen.length(8)

    // ruleid: short-token
    var other = TokenGen.create("hex")
    other.length(4)

    // ok: short-token
    val long: TokenGen = TokenGen.create("hex")
    long.length(32)

    // ok: short-token
    val base: TokenGen = TokenGen.create("base64")
    base.length(8)

    // ok: short-token
    val a: TokenGen = TokenGen.create("hex")
    b.length(8)
}

fun digests() {
    // ruleid: legacy-digest
    val d: Digest = Digests.named("crc32")
    // ruleid: legacy-digest
    var e: Array<Digest> = Digests.named("crc32")
    // ruleid: legacy-digest
    f = Digests.named("crc32")
    // ok: legacy-digest
    val g: Digest = Digests.named("sha256")
}
