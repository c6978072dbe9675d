// Reading a topic's change version (see change_versions.h).
#include "store/change_versions.h"

#include <string>

namespace qf::store {

Result<int64_t> change_version(Connection& conn, std::string_view topic) {
  QF_TRY(ResultSet rs, conn.query(sql(conn, "store/change_version"), {std::string(topic)}));
  if (rs.empty()) {
    return Error::make(ErrorKind::kNotFound, "db.change_version", "未知的变更版本主题：" + std::string(topic),
                       "Unknown change-version topic: " + std::string(topic));
  }
  return rs.front().i64(0);
}

}  // namespace qf::store
