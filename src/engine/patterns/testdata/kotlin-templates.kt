fun headers(token: String, user: String, other: String) {
    // ruleid: kotlin-template-braced
    val a = "Bearer $token"
    // ruleid: kotlin-template-braced
    val b = "Bearer ${token}"
    // ok: kotlin-template-braced
    val c = "Bearer $tokens"
    // ok: kotlin-template-braced
    val d = "Bearer $other"
    // ok: kotlin-template-braced
    val e = "Bearer \$token"
    // ruleid: kotlin-template-any-text
    val f = "hello $user"
    // ok: kotlin-template-any-text
    val g = "hello $user!"
    // ok: kotlin-template-any-text
    val h = "hello $other"
}
