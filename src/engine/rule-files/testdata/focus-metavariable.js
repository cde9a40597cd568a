login(user,
  // ruleid: focus-metavariable-argument
  secret);
// ok: focus-metavariable-argument
logout(user,
  // ok: focus-metavariable-argument
  secret);
