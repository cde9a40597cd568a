class Handler {
  void headerVariable(HttpServletRequest request) {
    String name = request.getHeader("name");
    // ruleid: taint-java-receiver
    query(name);
  }

  void chained(HttpServletRequest request) {
    // ruleid: taint-java-receiver
    query(request.getSession().getId().trim());
  }

  void otherObject(HttpServletRequest request, Config config) {
    String name = config.getValue("name");
    // ok: taint-java-receiver
    query(name);
  }

  void ownMethod(HttpServletRequest request) {
    // ok: taint-java-receiver
    query(this.constant());
  }

  String constant() {
    return "fixed";
  }
}
