#pragma once
// Excel re-import of risk points (风险点批量导入): the template (数据表 风险点 with drop-down
// lists on 风险类别, 可能性 and 影响程度, a sample row never imported, and a 填写说明 sheet),
// and the import of an edited export or template.
//
// Columns (Chinese headers, any order, a trailing * ignored; others such as 序号, 风险等级,
// 状态, 上次审核, 下次复核 are ignored): 编号 (empty: a new point; the number of an existing
// point: it is updated), 部门*, 岗位, 风险类别*, 风险点描述*, 可能性*, 影响程度*, 防控措施*
// (one per line, a leading "1." numbering is dropped), 责任人* (one per line for each
// measure, or one name for all). A row whose 编号 reads 示例 is the template's sample and
// is skipped.
//
// All or nothing: every row is checked, each bad cell is named (sheet, row, column
// letter and header, message in Chinese and English); valid rows go through
// create_point / update_point (so the department head's rules, the level matrix and the
// review history apply: an imported change waits for review again). A row identical to
// the stored point is "unchanged" and not touched. The caller runs this in a transaction
// and rolls it back when `valid` is false (and always, for a preview).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/risk/risk.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "store/database.h"

namespace qf::risk {

struct ImportCellError {
  std::string sheet;   // the first worksheet's name (the one read) for XLSX, "" for CSV
  uint64_t row = 0;    // as Excel shows it (CSV: the line); 0 for the file itself
  std::string column;  // letter, e.g. "F"
  std::string header;  // e.g. 可能性
  std::string message_zh;
  std::string message_en;
};
struct ImportRow {
  uint64_t row = 0;
  std::string action;  // create | update | unchanged | sample | error
  std::optional<int64_t> point_id;  // update/unchanged: the point changed; create: the new point
  std::string department_name;
  std::string description;
  std::string target;  // update/unchanged: the stored point in words ("#12 财务处 报销审核…")
};
struct ImportResult {
  bool valid = false;
  std::string format;
  std::vector<ImportRow> rows;
  std::vector<ImportCellError> errors;
  int64_t created = 0, updated = 0, unchanged = 0, samples = 0;
};

inline constexpr int64_t kImportMaxRows = 2000;

Result<ImportResult> import_points(store::Connection& conn, const auth::Principal& who, const Actor& actor,
                                   std::string_view bytes, std::string_view filename, const RiskConfig& cfg,
                                   int64_t now);

std::vector<spreadsheet::XlsxSheet> import_template();

}  // namespace qf::risk
