class Account {
  private final String SECRET = "hunter2";
  private final String OTHER = "public";

  void connect() {
    // ruleid: java-hardcoded-password-call
    login(SECRET);
    // ruleid: java-hardcoded-password-call
    login(this.SECRET);
    // ok: java-hardcoded-password-call
    login(this.OTHER);
    // ok: java-hardcoded-password-call
    login(other.SECRET);
  }
}
