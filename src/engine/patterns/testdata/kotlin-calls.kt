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

class Client {
  const val LIMIT = 5
  private val other = 6

  fun call() {
    // ruleid: kotlin-timeout-five
    setTimeout(LIMIT)
    // ok: kotlin-timeout-five
    setTimeout(other)
  }
}
