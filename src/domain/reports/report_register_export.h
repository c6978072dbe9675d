#pragma once
// The report register (信访举报台账) as an XLSX file for the discipline committee
// (GET /reports/export). It carries ONLY what the threat model calls not secret:
// register number, channel, day of receipt, real-name/anonymous flag, status, outcome
// and the numbers of the problem clues a report became. Never the matter, the person
// reported, the reporter, handler names, messages, attachments or anything sealed — it
// needs no reader key. Rows are the caller's visible reports (the same need-to-know
// rule as the list: the secretary all, a member those assigned), filtered and ordered
// as the list; offset/limit of `f` are ignored (every matching row).
#include <string>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/reports/report_handling.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "store/database.h"

namespace qf::reports {

inline constexpr int64_t kMaxExportRows = 100000;

// Header row (Chinese), one row per report.
Result<spreadsheet::XlsxSheet> report_register_sheet(store::Connection& conn, const auth::Principal& who,
                                                     ReportListFilter f);

}  // namespace qf::reports
