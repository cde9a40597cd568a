fun work(builder: Builder) {
    // Comments between statements do not break a sequence.
    // ruleid: kotlin-lock-then-unlock
    lock()
    // closing now
    val result = unlock()
    // ok: kotlin-lock-then-unlock
    lock()
    reset()
    // ruleid: kotlin-chain
    val a = builder.start().name("x").size(2).build()
    // ok: kotlin-chain
    val b = builder.start().name("x")
    // ruleid: kotlin-deep-secret
    send(prefix + secret.value)
    // ok: kotlin-deep-secret
    send(prefix)
}
