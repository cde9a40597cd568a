class Crypto {
  void build() {
    // ruleid: java-inline-statement-ellipsis
    byte[] key = "fixed".getBytes();
    log("ready");
    new KeySpec(key);
  }

  void random(Source source) {
    byte[] key = source.next();
    // ok: java-inline-statement-ellipsis
    new KeySpec(key);
  }

  void salted() {
    // ruleid: java-array-initializer-ellipsis
    byte[] salt = {
        1, 2, 3
    };
    new Salt(salt);
    byte[] other = source();
    // ok: java-array-initializer-ellipsis
    new Salt(other);
  }

  // ruleid: java-any-parameter
  void handle(String name, int count) {
    run(name);
  }

  // ok: java-any-parameter
  void handleLocal(String name) {
    String local = "x";
    run(local);
  }

  void lookups(String name) {
    // ruleid: java-lone-ellipsis
    lookup(name);
    // ok: java-lone-ellipsis
    lookup("constant");
  }

  // ruleid: java-method-without-return-type
  public static int launch(String command) {
    exec(command);
    return 0;
  }

  // ruleid: java-method-without-return-type
  Crypto(String command) {
    exec(command);
  }

  // ok: java-method-without-return-type
  public void launchFixed(String command) {
    exec("ls");
  }

  Verifier lax = new Verifier() {
    // ruleid: java-anonymous-class
    public void check(String value) {}
  };

  Verifier strict = new Verifier() {
    // ok: java-anonymous-class
    public void check(String value) {
      reject(value);
    }
  };

  // ok: java-anonymous-class
  public void check(String value) {}
}

// ruleid: java-interface-member
interface Service extends Remote {
  boolean ping(String id);
  void accept(Object value);
}

// ok: java-interface-member
interface SafeService extends Remote {
  boolean ping(String id);
  void accept(int value);
}
