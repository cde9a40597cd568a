class Lists {
  List<String> names;
  Set<String> tags;

  void fill() {
    // ruleid: java-list-add
    this.names.add("a");
    // ruleid: java-list-add
    names.add("b");
    // ok: java-list-add
    tags.add("c");
    // ruleid: java-weak-digest
    MessageDigest md = MessageDigest.getInstance("MD5");
    // ok: java-weak-digest
    Cipher c = Cipher.getInstance("MD5");
  }
}
