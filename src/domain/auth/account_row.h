#pragma once
// Reading an accounts row (internal to domain/auth): shared by accounts.cpp, login.cpp
// and sessions.cpp, which select the same columns.
#include "domain/auth/accounts.h"
#include "store/database.h"

namespace qf::auth {

inline Account account_from_row(const store::Row& r) {
  Account a;
  a.id = r.i64("id");
  a.username = r.text("username");
  a.display_name = r.text("display_name");
  a.person_id = r.opt_i64("person_id");
  a.must_change_password = r.boolean("must_change_password");
  a.totp_enabled = r.boolean("totp_enabled");
  a.locked_until_ms = r.opt_i64("locked_until");
  a.failed_count = r.i64("failed_count");
  a.status = r.text("status");
  a.created_at_ms = r.i64("created_at");
  a.password_changed_at_ms = r.i64("password_changed_at");
  a.last_login_at_ms = r.opt_i64("last_login_at");
  return a;
}

}  // namespace qf::auth
