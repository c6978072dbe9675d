#pragma once
// Parsing of database URLs (DatabaseOptions::url, config key database.url):
//   "sqlite:PATH"            SQLite file at PATH (relative to the working directory)
//   "sqlite:///abs/path"     SQLite file at /abs/path ("sqlite://rel" → rel)
//   "PATH"                   a bare path is a SQLite file
//   "sqlite::memory:"        in-memory SQLite (tests); ":memory:" is accepted too
//   "postgresql://…", "postgres://…"   PostgreSQL, handed to libpq unchanged
// Anything else ("mysql://…", empty) is refused naming the field "database.url".
#include <string>

#include "core/config.h"
#include "core/result.h"
#include "store/database.h"

namespace qf::store {

struct DatabaseUrl {
  Dialect dialect = Dialect::kSqlite;
  bool in_memory = false;  // SQLite only
  std::string path;        // SQLite file path ("" when in memory)
  std::string conninfo;    // PostgreSQL URL as given
};

Result<DatabaseUrl> parse_database_url(const std::string& url);

// The URL with any password removed (user:secret@ → user@, password=… dropped).
std::string redact_database_url(const std::string& url);

// DatabaseOptions from the [database] section of the configuration; a non-empty
// `url_override` (the --database flag) wins over database.url.
DatabaseOptions database_options(const DatabaseConfig& config, const std::string& url_override = {});

}  // namespace qf::store
