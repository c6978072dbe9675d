// Shared parts of the database port: Row accessors, leases, the convenience queries,
// Database::open (URL → adapter) and named SQL lookup (sql()).
#include "store/database.h"

#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "store/database_url.h"
#include "store/embedded_sql.h"
#include "store/postgres/pg_database.h"
#include "store/sqlite/sqlite_database.h"

namespace qf::store {
namespace {

const Value& null_value() {
  static const Value v{nullptr};
  return v;
}

int64_t to_i64(const Value& v) {
  if (auto p = std::get_if<int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<int64_t>(std::llround(*p));
  if (auto p = std::get_if<std::string>(&v)) return std::strtoll(p->c_str(), nullptr, 10);
  return 0;
}

double to_f64(const Value& v) {
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) return std::strtod(p->c_str(), nullptr);
  return 0;
}

std::string to_text(const Value& v) {
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", *p);
    // Prefer the shortest text that reads back to the same double.
    for (int prec = 1; prec <= 17; ++prec) {
      char shorter[64];
      std::snprintf(shorter, sizeof shorter, "%.*g", prec, *p);
      if (std::strtod(shorter, nullptr) == *p) return shorter;
    }
    return buf;
  }
  if (auto p = std::get_if<Blob>(&v)) return p->bytes;
  return {};
}

}  // namespace

const Value& Row::at(std::string_view column) const {
  const auto& cols = *columns_;
  for (size_t i = 0; i < cols.size() && i < values_.size(); ++i) {
    if (cols[i] == column) return values_[i];
  }
  assert(false && "Row::at: no such column");
  return null_value();
}

int64_t Row::i64(size_t i) const { return to_i64(values_[i]); }
int64_t Row::i64(std::string_view c) const { return to_i64(at(c)); }
double Row::f64(size_t i) const { return to_f64(values_[i]); }
double Row::f64(std::string_view c) const { return to_f64(at(c)); }
std::string Row::text(size_t i) const { return to_text(values_[i]); }
std::string Row::text(std::string_view c) const { return to_text(at(c)); }

std::optional<int64_t> Row::opt_i64(std::string_view c) const {
  const Value& v = at(c);
  if (std::holds_alternative<std::nullptr_t>(v)) return std::nullopt;
  return to_i64(v);
}

std::optional<std::string> Row::opt_text(std::string_view c) const {
  const Value& v = at(c);
  if (std::holds_alternative<std::nullptr_t>(v)) return std::nullopt;
  return to_text(v);
}

Result<Row> Connection::query_one(std::string_view sql, const Params& params) {
  QF_TRY(ResultSet rs, query(sql, params));
  if (rs.empty()) return Error::not_found();
  return rs.front();
}

Result<int64_t> Connection::insert(std::string_view sql, const Params& params) {
  QF_TRY(ResultSet rs, query(sql, params));
  if (rs.empty() || rs.front().size() == 0) {
    return Error::internal("insert: the statement returned no id (missing RETURNING id?): " +
                           std::string(sql.substr(0, 120)));
  }
  return rs.front().i64(0);
}

ConnectionLease::ConnectionLease(std::unique_ptr<Connection> conn,
                                 std::function<void(std::unique_ptr<Connection>)> give_back)
    : conn_(std::move(conn)), give_back_(std::move(give_back)) {}

ConnectionLease::ConnectionLease(ConnectionLease&& o) noexcept
    : conn_(std::move(o.conn_)), give_back_(std::move(o.give_back_)) {
  o.give_back_ = nullptr;
}

ConnectionLease& ConnectionLease::operator=(ConnectionLease&& o) noexcept {
  if (this != &o) {
    if (conn_ && give_back_) give_back_(std::move(conn_));
    conn_ = std::move(o.conn_);
    give_back_ = std::move(o.give_back_);
    o.give_back_ = nullptr;
  }
  return *this;
}

ConnectionLease::~ConnectionLease() {
  if (conn_ && give_back_) give_back_(std::move(conn_));
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseOptions& options) {
  QF_TRY(DatabaseUrl url, parse_database_url(options.url));
  if (url.dialect == Dialect::kPostgres) return open_postgres(url, options);
  return open_sqlite(url, options);
}

std::string_view sql(Dialect dialect, std::string_view name) {
  // Called for every query: one reused buffer per thread instead of three new strings.
  thread_local std::string path;
  auto lookup = [&](std::string_view suffix) {
    path.assign("queries/").append(name).append(suffix);
    return embedded::file(path);
  };
  if (auto text = lookup(dialect == Dialect::kPostgres ? ".pg.sql" : ".sqlite.sql")) return *text;
  if (auto text = lookup(".sql")) return *text;
  std::string base = "queries/" + std::string(name);
  std::fprintf(stderr, "qingfeng: no SQL query named \"%.*s\" (expected src/store/%s.sql)\n",
               static_cast<int>(name.size()), name.data(), base.c_str());
  std::abort();
}

}  // namespace qf::store
