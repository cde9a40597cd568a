// ruleid: kotlin-serializable-class
class Plain : Serializable {
}

// ruleid: kotlin-serializable-class
class WithFields(val id: Int, val name: String) : Serializable {
}

// ruleid: kotlin-serializable-class
class Derived : Base(), Serializable {
}

// ok: kotlin-serializable-class
class Other(val id: Int) : Base() {
}
