#pragma once
// The migrations embedded in this binary (migrations/NNNN_<name>.sql, or a
// .sqlite.sql/.pg.sql pair when the dialects differ) and the dialect tokens
// @ID@, @BLOB@, @BIGINT@ they may use. Internal to qf_store; migrate() in
// migrations.cpp applies them, restore_from() uses schema_too_new() to refuse backups.
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace qf::store {

struct Migration {
  int version = 0;
  std::string name;       // "store" for 0001_store.sql
  std::string file;       // "migrations/0001_store.sql", for messages
  std::string_view text;  // raw text, tokens not yet substituted
};

// The migrations for one dialect in version order, from a list of embedded paths.
// Refuses two different migrations with one number, or a file name without NNNN_.
Result<std::vector<Migration>> migrations_for(Dialect dialect, const std::vector<std::string>& paths);
Result<std::vector<Migration>> embedded_migrations(Dialect dialect);

// Replaces @ID@, @BLOB@ and @BIGINT@ with the dialect's spelling.
std::string substitute_tokens(std::string_view text, Dialect dialect);

// kConflict "db.schema_too_new" naming both versions (and `where`, a file, when given).
Error schema_too_new(int found, int supported, const std::string& where = {});

}  // namespace qf::store
