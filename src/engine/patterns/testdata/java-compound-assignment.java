class Totals {
    void add(int amount) {
        int total = 0;
        // ruleid: java-compound-assignment
        total += amount;
        // ok: java-compound-assignment
        total -= amount;
        // ok: java-compound-assignment
        total = amount;
        // A declaration is a plain assignment, never a compound one.
        // ok: java-compound-assignment
        int copy = amount;
    }
}
