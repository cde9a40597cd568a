class Reports {
    void run(Template template, Other other, String sql, int limit) {
        template.query(
            // ruleid: query-text-argument
            sql,
            // ok: query-text-argument
            limit);
        // ok: query-text-argument
        other.query(sql, limit);
    }
}
