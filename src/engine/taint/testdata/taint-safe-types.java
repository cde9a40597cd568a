class Orders {
    void list() {
        String name = param("name");
        // ruleid: safe-types-query, unsafe-types-query
        query("select * from o where n = '" + name + "'");
        // ok: safe-types-query
        // ruleid: unsafe-types-query
        query("select * from o where open = " + (name != null));
        int size = name.length();
        // ok: safe-types-query
        // ruleid: unsafe-types-query
        query("select * from o limit " + size);
        boolean empty = name.isEmpty();
        // ok: safe-types-query
        // ruleid: unsafe-types-query
        query("select * from o where e = " + empty);
        String label = name.trim();
        // ruleid: safe-types-query, unsafe-types-query
        query("select * from o where l = '" + label + "'");
    }
}
