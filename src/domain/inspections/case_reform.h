#pragma once
// Case-driven reform (以案促改): after a closed problem clue or a published typical case
// (典型案例), the discipline committee writes, in its own words, a summary of the case
// and an analysis of the management gaps it exposed, and sends a reform notice
// (以案促改通知, numbered 〔2026〕以案促改第1号) to the departments concerned with, for
// each, the gap, the measures and the deadline. Each measure is an item of the
// rectification ledger under a check of kind case_reform made for the notice, so the
// department's feedback (progress, completion with evidence), the committee's
// verification and closure, overdue reminders and the XLSX ledger are the ledger's own.
//
// Need-to-know: the source clue is stored as a reference only (its matter, persons and
// outcome stay in the sealed clue tables). Only a principal who may see the clue
// (clues::can_see_clue) may issue a reform from it — for anyone else the clue answers
// like an absent one — and the reference (id and number) is shown only to readers who
// may see the clue. A reform is visible where its check is (the ledger's scope: the
// committee's unit scope, a department head's own department, a leader's overseen
// ones); otherwise it answers like an absent one. The three administrators hold no
// inspection permission.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/inspections/inspection.h"
#include "store/database.h"

namespace qf::inspections {

struct ReformMeasureInput {
  std::optional<int64_t> owner_department_id;
  std::string problem;   // the gap in this department's work (发现问题 of the ledger item)
  std::string measures;  // 整改措施 suggested
  std::string deadline;  // 整改时限
};
struct ReformInput {
  std::optional<int64_t> clue_id, education_item_id;  // exactly one
  std::string title, summary, loopholes;
  std::vector<ReformMeasureInput> measures;
};

struct CaseReform {
  int64_t id = 0;
  std::string number;  // 〔2026〕以案促改第1号
  int year = 0;
  int64_t check_id = 0;
  std::string check_number;
  std::string source_kind;  // clue | typical_case
  // The clue reference: only when the reader may see the clue.
  std::optional<int64_t> clue_id;
  std::string clue_number;
  std::optional<int64_t> education_item_id;
  std::string title, summary, loopholes, issued_on;
  int64_t created_at = 0;
  std::vector<CheckDepartment> departments;
  std::vector<RectificationItem> items;  // get_case_reform only: the measures as ledger items in scope
};

// Validates and issues a reform notice; errors name the field (source, clue_id,
// education_item_id, title, summary, loopholes, measures, measures[i].owner_department_id,
// measures[i].problem, measures[i].deadline …). A clue the issuer may not see, or absent:
// 404 inspection.case_source_not_found; a clue not closed: 409 inspection.case_not_closed.
Result<int64_t> create_case_reform(store::Connection& conn, const auth::Principal& who, const ReformInput& in,
                                   const std::string& today, int64_t now_ms);
Result<CaseReform> get_case_reform(store::Connection& conn, const auth::Principal& who, int64_t id,
                                   const std::string& today);
// The reforms whose departments the reader reaches, newest first.
Result<std::pair<std::vector<CaseReform>, int64_t>> list_case_reforms(store::Connection& conn,
                                                                      const auth::Principal& who, int64_t offset,
                                                                      int64_t limit);

}  // namespace qf::inspections
