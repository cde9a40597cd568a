class Loops {
  void run(java.util.List<String> items) {
    // ruleid: java-any-loop
    for (String item : items) {
      closeAll();
    }
    // ruleid: java-any-loop
    for (int i = 0; i < 3; i++) {
      log(i);
      closeAll();
    }
    // ok: java-any-loop
    while (true) {
      closeAll();
    }
    // ok: java-any-loop
    for (String item : items) {
      openAll();
    }
  }

  void types() {
    // ruleid: java-same-type-passed
    Message first;
    send(first);
    // ruleid: java-same-type-passed
    Letter second;
    Message third;
    send(second);
  }

  void otherTypes(Message fifth) {
    // ok: java-same-type-passed
    Letter fourth;
    send(fifth);
  }

  void clients() {
    com.example.net.Client remote = open();
    // ruleid: java-any-package-client
    remote.send("a");
    com.example.net.Server server = open();
    // ok: java-any-package-client
    server.send("b");
  }
}
