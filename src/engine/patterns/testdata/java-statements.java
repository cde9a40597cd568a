// ruleid: java-implements-closeable
class Resource extends Base implements Runnable, Closeable {
  // ruleid: java-one-declarator
  private int limit = 10;

  Resource() {
    // ruleid: java-super-call
    super(1, 2);
  }

  void work() {
    // ruleid: java-between
    open();
    int x = 1;
    log(x);
    close();
    // ruleid: java-one-declarator
    int start = 0, limit = 10;
    // ok: java-one-declarator
    int limit2 = 10;
    // ok: java-super-call
    other(1, 2);
  }
}

// ok: java-implements-closeable
class Plain implements Runnable {
}
