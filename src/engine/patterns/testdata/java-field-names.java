// ruleid: java-field-queried-through-this
class Service {
  private Repository store;

  void load() {
    this.store.query();
  }
}

// ok: java-field-queried-through-this
class Other {
  private Repository store;
  private Cache cache;

  void load() {
    this.cache.query();
  }
}
