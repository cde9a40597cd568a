class Parsers {
    void direct() {
        Factory factory = Factories.untrusted();
        // ruleid: java-tainted-receiver-sink
        factory.build();
    }

    void reassigned() {
        Factory factory = Factories.untrusted();
        factory = Factories.trusted();
        // ok: java-tainted-receiver-sink
        factory.build();
    }

    void other() {
        Factory factory = Factories.untrusted();
        Factory safe = Factories.trusted();
        // ok: java-tainted-receiver-sink
        safe.build();
    }
}
