// ruleid: metavariable-pattern-other-language
db.exec("DELETE FROM users");
// ok: metavariable-pattern-other-language
db.exec("SELECT * FROM users");
// ok: metavariable-pattern-other-language
other.exec("DELETE FROM users");
