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
