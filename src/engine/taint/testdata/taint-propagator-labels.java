class Commands {
    void built() {
        StringBuilder sb = new StringBuilder();
        sb.append(readInput());
        // ruleid: taint-propagator-labels
        exec(sb);
    }

    void raw() {
        String input = readInput();
        // ok: taint-propagator-labels
        exec(input);
    }

    void builtFromConstants() {
        StringBuilder sb = new StringBuilder();
        sb.append("ls");
        // ok: taint-propagator-labels
        exec(sb);
    }
}
