#pragma once
// PgConnection: one libpq session behind the Connection port. `?` placeholders are
// rewritten to $n (placeholders.h); parameters go out binary-safe (Blob as bytea in
// binary format, int64 as int8, double as float8, text untyped so the server infers
// the column type). Results arrive as text and are converted by column type OID:
// int2/int4/int8/oid and bool → int64, float4/float8 → double, numeric → int64 when
// integral (SUM/COUNT over BIGINT money columns) else double, bytea → Blob, others → text.
// SQLSTATE 23505 → kConflict "db.unique" (field = the key column), 23503 → kConflict
// "db.foreign_key", class 08 / a dead session / 57P0x → kUnavailable "db.unavailable"
// (the session is then marked broken and the pool reconnects on the next acquire),
// 55P03 (lock_timeout) / 40001 / 40P01 → kUnavailable "db.busy".
#include <memory>
#include <string>

#include <libpq-fe.h>

#include "store/database.h"

namespace qf::store {

class PgConnection final : public Connection {
 public:
  static Result<std::unique_ptr<PgConnection>> open(const std::string& conninfo, const std::string& shown_url,
                                                    int lock_timeout_ms);
  ~PgConnection() override;

  Dialect dialect() const override { return Dialect::kPostgres; }
  Result<ResultSet> query(std::string_view sql, const Params& params = {}) override;
  Result<int64_t> execute(std::string_view sql, const Params& params = {}) override;
  Status execute_script(std::string_view sql) override;
  Status begin() override;
  Status commit() override;
  Status rollback() override;
  bool in_transaction() const override;

  bool broken() const { return broken_ || PQstatus(conn_) != CONNECTION_OK; }

 private:
  explicit PgConnection(PGconn* c) : conn_(c) {}
  Result<ResultSet> run(std::string_view sql, const Params& params, int64_t* changes);
  Error error_for(PGresult* res, std::string_view sql);

  PGconn* conn_;
  bool broken_ = false;
};

}  // namespace qf::store
