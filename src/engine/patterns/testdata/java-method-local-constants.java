class Queries {
    String byName(String name) {
        String text = "SELECT * FROM users WHERE name = ";
        // ruleid: java-query-string-concat
        return text.concat(name);
    }

    String greeting(String name) {
        String text = "Hello, ";
        // ok: java-query-string-concat
        return text.concat(name);
    }

    String shadowed(String text, String name) {
        // ok: java-query-string-concat
        return text.concat(name);
    }

    String twice(String name, boolean admin) {
        String text = "SELECT * FROM users WHERE name = ";
        if (admin) text = "Hello, ";
        // ok: java-query-string-concat
        return text.concat(name);
    }

    Runnable later(String name) {
        String text = "SELECT * FROM users WHERE name = ";
        // ok: java-query-string-concat
        return (text) -> text.concat(name);
    }
}
