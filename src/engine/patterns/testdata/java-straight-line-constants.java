class Queries {
  String direct(String id) {
    String q = "SELECT name FROM users WHERE id = ";
    // ruleid: java-literal-concat
    q = q + id;
    return q;
  }

  String fromParameter(String prefix, String id) {
    String q = prefix;
    // ok: java-literal-concat
    q = q + id;
    return q;
  }

  String compoundFirst(String id, String more) {
    String q = "SELECT ";
    q += more;
    // ok: java-literal-concat
    q = q + id;
    return q;
  }

  String inLoop(java.util.List<String> ids) {
    String q = "SELECT ";
    for (String id : ids) {
      // ok: java-literal-concat
      q = q + id;
    }
    return q;
  }
}
