public @interface Route {
  // ruleid: java-string-element
  String path();
  // ruleid: java-string-element
  String method() default "GET";
  // ok: java-string-element
  int timeout() default 30;
}

abstract class Handler {
  // ruleid: java-string-element
  abstract String name();
  // ok: java-string-element
  abstract String name(int index);
}
