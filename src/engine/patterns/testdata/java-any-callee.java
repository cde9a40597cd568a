class Runner extends Base {
  Runner() {
    // ruleid: java-any-constructor-call
    super();
  }

  Runner(int x) {
    // ruleid: java-any-constructor-call
    this();
    // ruleid: java-exec-like-call
    Runtime.getRuntime().exec("ls");
    // ruleid: java-exec-like-call
    exec("ls");
    // ok: java-exec-like-call
    runtime.execute("ls");
  }
}
