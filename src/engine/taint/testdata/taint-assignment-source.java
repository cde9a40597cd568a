class Queries {
    void appended() {
        String sql = "SELECT * FROM t WHERE id = ";
        sql += readInput();
        // ruleid: taint-assignment-source
        query(sql);
    }

    void appendedConstant() {
        String sql = "SELECT * FROM t";
        sql += " LIMIT 1";
        // ok: taint-assignment-source
        query(sql);
    }

    void rawInput() {
        String id = readInput();
        // ok: taint-assignment-source
        query(id);
    }
}
