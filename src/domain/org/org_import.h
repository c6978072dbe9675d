#pragma once
// Bulk import (批量导入) of people and departments from an uploaded XLSX or CSV file.
//
// Header names are Chinese (English aliases accepted), in any order; unknown columns
// are ignored. People columns: 工号*, 姓名*, 性别*, 部门*, 岗位, 职级, 是否领导干部,
// 政治面貌, 党支部, 入职日期, 身份证号, 联系电话 (* required). Department columns:
// 部门编码*, 部门名称*, 上级部门 (name or code, also of a row above), 排序.
//
// All or nothing: every row is validated first; if any row is invalid the import
// reports each problem as {row, field, message_zh, message_en} — row being the row
// number shown by Excel (or the CSV line), field the column header — and stores
// NOTHING. Re-importing is idempotent: people are matched by 工号 and departments by
// 部门编码, and an existing record is updated, never duplicated. A row whose 工号 or
// 部门编码 starts with 示例 is a template sample row: skipped, never imported. The
// preview marks each row "create", "update" (with "target", the record it changes)
// or "sample". A changed
// department/position/rank of an existing person becomes a dated position event
// (晋升 when the rank rises, otherwise 调动) effective on the import date.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "store/database.h"

namespace qf::org {

enum class ImportKind { kPeople, kDepartments };
std::optional<ImportKind> import_kind_from(std::string_view code);  // "people" | "departments"

struct ImportIssue {
  uint64_t row = 0;
  std::string field;
  std::string message_zh;
  std::string message_en;
};

struct ImportCheck {
  bool valid = false;
  int64_t total_rows = 0;
  // First 200 parsed rows: field code → cell text, plus "row" (the row number).
  std::vector<std::map<std::string, std::string>> rows;
  std::vector<ImportIssue> errors;  // empty when valid; also file-level problems (row 0)
  int64_t created = 0;              // rows that would create / update records
  int64_t updated = 0;
  int64_t samples = 0;              // template sample rows (key starting with 示例), skipped
};

struct ImportOptions {
  int64_t max_rows = 20000;           // config org.import_max_rows
  std::optional<int64_t> actor;       // account id recorded on position events
  int64_t now_ms = 0;
  std::string unit_name = "示范局";  // config org.unit_name: creates the unit in an empty database
};

// Validates without writing.
Result<ImportCheck> check_import(store::Connection& conn, ImportKind kind, std::string_view bytes,
                                 std::string_view filename, const ImportOptions& opt);
// Validates and, when every row is valid, writes all rows in the caller's transaction.
// Returns the check; check.valid == false means nothing was written.
Result<ImportCheck> commit_import(store::Connection& conn, ImportKind kind, std::string_view bytes,
                                  std::string_view filename, const ImportOptions& opt);

// The template for `kind`: the data sheet (header, drop-down lists on dictionary
// columns, one sample row whose key starts with 示例 and is never imported) and a
// 填写说明 sheet (each column: required or not, what to write).
std::vector<spreadsheet::XlsxSheet> import_template(ImportKind kind);

}  // namespace qf::org
