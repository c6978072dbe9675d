#include "store/postgres/pg_connection.h"

#include <cstdlib>
#include <cstring>

#include "store/postgres/placeholders.h"

namespace qf::store {
namespace {

// Type OIDs from pg_type.h (stable across versions).
constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700,
              kFloat8 = 701, kNumeric = 1700;

struct ResultHolder {
  PGresult* r;
  ~ResultHolder() { PQclear(r); }
};

std::string key_columns(const char* detail) {
  // "Key (username)=(alice) already exists." → "username"
  if (!detail) return {};
  const char* k = std::strstr(detail, "Key (");
  if (!k) return {};
  k += 5;
  const char* end = std::strstr(k, ")=");
  if (!end) return {};
  std::string cols(k, end - k), out;
  for (char ch : cols) if (ch != ' ') out += ch;
  return out;
}

Value convert(const char* text, int len, Oid type) {
  switch (type) {
    case kInt2: case kInt4: case kInt8: case kOid:
      return static_cast<int64_t>(std::strtoll(text, nullptr, 10));
    case kBool:
      return static_cast<int64_t>(text[0] == 't' ? 1 : 0);
    case kFloat4: case kFloat8:
      return std::strtod(text, nullptr);
    case kNumeric:
      if (!std::strpbrk(text, ".eENn")) return static_cast<int64_t>(std::strtoll(text, nullptr, 10));
      return std::strtod(text, nullptr);
    case kBytea: {
      size_t out_len = 0;
      unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &out_len);
      Blob b{raw ? std::string(reinterpret_cast<char*>(raw), out_len) : std::string()};
      PQfreemem(raw);
      return b;
    }
    default:
      return std::string(text, len);
  }
}

Error unavailable(const std::string& detail) {
  Error e = Error::make(ErrorKind::kUnavailable, "db.unavailable", "数据库暂时无法连接，请稍后重试",
                        "The database is unreachable; please try again shortly");
  e.internal_detail = detail;
  return e;
}

}  // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const std::string& conninfo, const std::string& shown_url,
                                                         int lock_timeout_ms) {
  PGconn* c = PQconnectdb(conninfo.c_str());
  if (!c || PQstatus(c) != CONNECTION_OK) {
    std::string detail = c ? PQerrorMessage(c) : "out of memory";
    PQfinish(c);
    Error e = Error::make(ErrorKind::kUnavailable, "db.unavailable", "无法连接数据库 " + shown_url,
                          "Cannot connect to the database " + shown_url, "database.url");
    e.internal_detail = detail;
    return e;
  }
  PQsetClientEncoding(c, "UTF8");
  std::unique_ptr<PgConnection> conn(new PgConnection(c));
  QF_TRY_STATUS(conn->execute_script("SET lock_timeout = " + std::to_string(lock_timeout_ms) +
                                     "; SET client_min_messages = warning; SET TIME ZONE 'UTC'"));
  return conn;
}

PgConnection::~PgConnection() { PQfinish(conn_); }

Error PgConnection::error_for(PGresult* res, std::string_view sql) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string message = res ? PQresultErrorMessage(res) : PQerrorMessage(conn_);
  std::string code = state ? state : "";
  if (code.empty() || PQstatus(conn_) != CONNECTION_OK || code.rfind("08", 0) == 0 || code.rfind("57P", 0) == 0) {
    if (PQstatus(conn_) != CONNECTION_OK || code.rfind("08", 0) == 0 || code.rfind("57P", 0) == 0) {
      broken_ = true;
      return unavailable(message);
    }
  }
  if (code == "23505") {
    return Error::make(ErrorKind::kConflict, "db.unique", "与已有记录重复", "Duplicates an existing record",
                       key_columns(PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL)));
  }
  if (code == "23503") {
    return Error::make(ErrorKind::kConflict, "db.foreign_key", "引用的记录不存在或仍被其他记录引用",
                       "The referenced record does not exist or is still referenced");
  }
  if (code == "55P03" || code == "40001" || code == "40P01") {
    Error e = Error::make(ErrorKind::kUnavailable, "db.busy", "数据库繁忙，请稍后重试",
                          "The database is busy; please try again shortly");
    e.internal_detail = message;
    return e;
  }
  return Error::internal("postgres error " + code + ": " + message + " in: " + std::string(sql.substr(0, 200)));
}

Result<ResultSet> PgConnection::run(std::string_view sql, const Params& params, int64_t* changes) {
  RewrittenSql rewritten = rewrite_placeholders(sql);
  if (rewritten.placeholders != static_cast<int>(params.size())) {
    return Error::internal("postgres: statement expects " + std::to_string(rewritten.placeholders) +
                           " parameters, got " + std::to_string(params.size()) + ": " +
                           std::string(sql.substr(0, 200)));
  }
  const size_t n = params.size();
  std::vector<std::string> storage(n);
  std::vector<const char*> values(n, nullptr);
  std::vector<int> lengths(n, 0), formats(n, 0);
  std::vector<Oid> types(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const Value& v = params[i];
    if (std::holds_alternative<std::nullptr_t>(v)) continue;
    if (auto p = std::get_if<int64_t>(&v)) {
      storage[i] = std::to_string(*p);
      types[i] = kInt8;
    } else if (auto p = std::get_if<double>(&v)) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17g", *p);
      storage[i] = buf;
      types[i] = kFloat8;
    } else if (auto p = std::get_if<std::string>(&v)) {
      storage[i] = *p;
    } else if (auto p = std::get_if<Blob>(&v)) {
      storage[i] = p->bytes;
      types[i] = kBytea;
      formats[i] = 1;
    }
    values[i] = storage[i].data();
    lengths[i] = static_cast<int>(storage[i].size());
  }
  ResultHolder res{PQexecParams(conn_, rewritten.text.c_str(), static_cast<int>(n), types.data(), values.data(),
                                lengths.data(), formats.data(), 0)};
  ExecStatusType st = res.r ? PQresultStatus(res.r) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return error_for(res.r, sql);
  auto cols = std::make_shared<std::vector<std::string>>();
  const int ncols = PQnfields(res.r);
  std::vector<Oid> col_types(ncols);
  for (int c = 0; c < ncols; ++c) {
    cols->emplace_back(PQfname(res.r, c));
    col_types[c] = PQftype(res.r, c);
  }
  ResultSet rs(cols);
  const int nrows = PQntuples(res.r);
  for (int r = 0; r < nrows; ++r) {
    std::vector<Value> row;
    row.reserve(ncols);
    for (int c = 0; c < ncols; ++c) {
      if (PQgetisnull(res.r, r, c)) row.emplace_back(nullptr);
      else row.push_back(convert(PQgetvalue(res.r, r, c), PQgetlength(res.r, r, c), col_types[c]));
    }
    rs.push_back(Row(rs.columns_ptr(), std::move(row)));
  }
  if (changes) {
    const char* t = PQcmdTuples(res.r);
    *changes = (t && *t) ? std::strtoll(t, nullptr, 10) : 0;
  }
  return rs;
}

Result<ResultSet> PgConnection::query(std::string_view sql, const Params& params) { return run(sql, params, nullptr); }

Result<int64_t> PgConnection::execute(std::string_view sql, const Params& params) {
  int64_t changes = 0;
  QF_TRY_STATUS(run(sql, params, &changes));
  return changes;
}

Status PgConnection::execute_script(std::string_view sql) {
  std::string text(sql);
  ResultHolder res{PQexec(conn_, text.c_str())};
  ExecStatusType st = res.r ? PQresultStatus(res.r) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY) return error_for(res.r, sql);
  return {};
}

Status PgConnection::begin() { return execute_script("BEGIN"); }
Status PgConnection::commit() {
  if (PQtransactionStatus(conn_) == PQTRANS_INERROR) {
    // PostgreSQL would answer COMMIT with a silent ROLLBACK: say so instead.
    (void)execute_script("ROLLBACK");
    return Error::internal("postgres: COMMIT of a transaction aborted by an earlier error");
  }
  return execute_script("COMMIT");
}
Status PgConnection::rollback() {
  if (!in_transaction()) return {};
  return execute_script("ROLLBACK");
}
bool PgConnection::in_transaction() const {
  auto s = PQtransactionStatus(conn_);
  return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

}  // namespace qf::store
