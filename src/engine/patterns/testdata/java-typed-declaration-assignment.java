class Queries {
    void run(String name, int id) {
        // ruleid: statement-declared
        java.sql.Statement statement = connection.createStatement();
        // ok: statement-declared
        java.sql.ResultSet rows = statement.executeQuery("select 1");
        // ruleid: string-built-by-concatenation
        String sql = "select * from t where n = '" + name + "'";
        // ok: string-built-by-concatenation
        String plain = "select 1";
        // ok: string-built-by-concatenation
        Object other = "id " + id;
        String later;
        // ruleid: string-built-by-concatenation
        later = "delete from t where id = " + id;
        // ruleid: list-declared
        java.util.List<String> args = new java.util.ArrayList<String>();
        // ok: list-declared
        java.util.Set<String> seen = new java.util.HashSet<String>();
    }
}
