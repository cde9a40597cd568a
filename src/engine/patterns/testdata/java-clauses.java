class Clauses {
  int risky() {
    try {
      return 0;
    }
    // ruleid: java-finally-returns
    finally {
      cleanup();
      return 1;
    }
  }

  int safe() {
    try {
      return 0;
    }
    // ok: java-finally-returns
    finally {
      cleanup();
    }
  }
}

class Streams {
  void open(String path) {
    // ruleid: java-try-opening-stream
    try {
      in = new FileInputStream(path);
    } catch (IOException e) {
      log(e);
    } finally {
      done();
    }
    // ruleid: java-try-opening-stream
    try {
      in = new FileInputStream(path);
    } catch (IOException e) {
      log(e);
    }
    // ok: java-try-opening-stream
    try {
      in = new StringReader(path);
    } finally {
      done();
    }
  }
}
