#include "store/database_url.h"

namespace qf::store {
namespace {
bool starts_with(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }
}  // namespace

Result<DatabaseUrl> parse_database_url(const std::string& url) {
  DatabaseUrl u;
  if (url.empty()) {
    return Error::invalid("db.url", "数据库地址为空", "The database URL is empty", "database.url");
  }
  if (starts_with(url, "postgresql://") || starts_with(url, "postgres://")) {
    u.dialect = Dialect::kPostgres;
    u.conninfo = url;
    return u;
  }
  std::string path;
  if (starts_with(url, "sqlite://")) {
    path = url.substr(9);
  } else if (starts_with(url, "sqlite:")) {
    path = url.substr(7);
  } else if (url.find("://") != std::string::npos) {
    return Error::invalid("db.url",
                          "不支持的数据库地址：" + redact_database_url(url) +
                              "（应为 sqlite:路径 或 postgresql://…）",
                          "Unsupported database URL: " + redact_database_url(url) +
                              " (expected sqlite:PATH or postgresql://…)",
                          "database.url");
  } else {
    path = url;
  }
  if (path == ":memory:") {
    u.in_memory = true;
    return u;
  }
  if (path.empty()) {
    return Error::invalid("db.url", "SQLite 数据库地址缺少文件路径：" + url,
                          "The SQLite database URL has no file path: " + url, "database.url");
  }
  u.path = path;
  return u;
}

DatabaseOptions database_options(const DatabaseConfig& config, const std::string& url_override) {
  DatabaseOptions o;
  o.url = url_override.empty() ? config.url : url_override;
  o.pool_size = config.pool_size;
  o.busy_timeout_ms = config.busy_timeout_ms;
  return o;
}

std::string redact_database_url(const std::string& url) {
  std::string s = url;
  auto scheme = s.find("://");
  if (scheme != std::string::npos) {
    auto start = scheme + 3;
    auto at = s.find('@', start);
    auto slash = s.find('/', start);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
      auto colon = s.find(':', start);
      if (colon != std::string::npos && colon < at) s.erase(colon, at - colon);
    }
  }
  // Drop a password=… query parameter.
  auto q = s.find('?');
  if (q != std::string::npos) {
    std::string head = s.substr(0, q), query = s.substr(q + 1), kept;
    size_t pos = 0;
    while (pos <= query.size()) {
      auto amp = query.find('&', pos);
      std::string part = query.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos);
      if (!part.empty() && part.rfind("password=", 0) != 0) {
        if (!kept.empty()) kept += '&';
        kept += part;
      }
      if (amp == std::string::npos) break;
      pos = amp + 1;
    }
    s = kept.empty() ? head : head + "?" + kept;
  }
  return s;
}

}  // namespace qf::store
