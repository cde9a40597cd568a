import java.lang.ProcessBuilder;

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

  void thread(String input) {
    Thread worker = new Thread();
    // ok: metavariable-pattern-typed-unimported
    worker.start(String.format("ls %s", input));
  }

  void qualifiedThread(String input) {
    java.lang.Thread worker = new java.lang.Thread();
    // ruleid: metavariable-pattern-typed-unimported
    worker.start(String.format("ls %s", input));
  }
}
