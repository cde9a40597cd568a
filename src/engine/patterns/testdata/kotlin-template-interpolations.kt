fun logs(id: Int) {
    // ruleid: kotlin-template-any-interpolation
    println("user $id logged in")
    // ruleid: kotlin-template-any-interpolation
    println("user ${id + 1}")
    // ok: kotlin-template-any-interpolation
    println("no interpolation here")
    // ok: kotlin-template-any-interpolation
    println("price: \$id")
}
