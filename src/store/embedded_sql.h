#pragma once
// The .sql files of migrations/ and queries/, embedded at build time by qf_embed (see
// CMakeLists.txt). Keys are paths relative to src/store, e.g. "migrations/0001_store.sql"
// or "queries/org/list_people.pg.sql". Internal to qf_store.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qf::store::embedded {
std::optional<std::string_view> file(std::string_view path);
std::vector<std::string> file_list();
}  // namespace qf::store::embedded
