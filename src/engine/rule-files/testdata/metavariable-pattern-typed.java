class Launch {
  void run(String input) {
    ProcessBuilder builder = new ProcessBuilder();
    // ruleid: metavariable-pattern-typed
    builder.start(String.format("ls %s", input));
  }

  void other(String input) {
    Engine builder = new Engine();
    // ok: metavariable-pattern-typed
    builder.start(String.format("ls %s", input));
  }
}
