class Strings {
  void run(String input) {
    final int delay = 100;
    // ruleid: java-any-string-exec
    Runtime.getRuntime().exec("ls -l");
    // ok: java-any-string-exec
    Runtime.getRuntime().exec(input);
    // ruleid: java-location-regex
    String path = "/Location/1";
    // ok: java-location-regex
    String other = "/place/1";
    // ruleid: java-constant-number
    Thread.sleep(delay);
    // ruleid: java-constant-number
    Thread.sleep(0x64);
    // ok: java-constant-number
    Thread.sleep(10);
  }
}
