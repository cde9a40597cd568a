class Queries {
  void appendedAfter() {
    String sql = "select * from t where id = " + readInput();
    sql += " limit 1";
    // ruleid: taint-compound-assignment-java
    query(sql);
  }

  void appendedConstant() {
    String sql = "select * from t";
    sql += " limit 1";
    // ok: taint-compound-assignment-java
    query(sql);
  }
}
