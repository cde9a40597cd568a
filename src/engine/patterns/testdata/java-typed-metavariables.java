class Typed {
  String name;

  void handle(HttpServletRequest request, Other other, String a) {
    String b = "x";
    int count = 3;
    Integer boxed = 4;
    var built = new StringBuilder();
    // ruleid: java-string-compare
    if (a == b) {}
    // ruleid: java-string-compare
    if (count == this.name) {}
    // ok: java-string-compare
    if (a == count) {}
    // ruleid: java-int-print
    System.out.println(count + 1);
    // ruleid: java-int-print
    System.out.println(boxed);
    // ok: java-int-print
    System.out.println(b);
    // ok: java-int-print
    System.out.println(count * 2);
    // ruleid: java-request-query
    request.getQueryString();
    // ok: java-request-query
    other.getQueryString();
  }

  void shadow(String count) {
    // ok: java-int-print
    System.out.println(count);
  }
}
