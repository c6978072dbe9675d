#pragma once
// Year-end assessment (年度考核) of the two responsibilities: a template per year
// (考核项目: items with weights that sum to 100, scoring rules, the work point each item
// assesses), the departments' scores and comments per item (评分, 百分制 with one decimal),
// the weighted total (加权总分 = Σ score × weight / 100) and the ranking (排名). With the
// work points and their tasks it makes "同谋划、同部署、同落实、同考核" visible: the chain
// from a work point to its tasks and to the scores of the items that assess it.
//
// The departments assessed are the bureau's first-level departments. Reads take the
// caller's Principal: unit-wide callers see every department's row; others the
// departments their data scope reaches (a committee member the overseen ones, a
// department head the own one). The ranking is the bureau's: a department's rank is
// among all assessed departments, whoever reads it.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/duty/duty.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "store/database.h"

namespace qf::duty {

struct AssessItem {
  int64_t id = 0;
  int year = 0;
  int sort_order = 0;
  std::string title;
  int weight = 0;  // share of 100
  std::string scoring_rule;
  std::optional<int64_t> work_point_id;
  std::string work_point_title;
  std::optional<int64_t> copied_from_id;
};
struct AssessItemInput {
  std::optional<int64_t> id;  // an existing item of the year, or a new one
  std::string title;
  int64_t weight = 0;
  std::string scoring_rule;
  std::optional<int64_t> work_point_id;
};

struct AssessScore {
  int score_tenths = 0;  // 0–1000
  std::string comment;
  std::string scorer_name;
  int64_t scored_at = 0;
};
struct AssessRow {
  int64_t department_id = 0;
  std::string department_name;
  std::map<int64_t, AssessScore> scores;  // by item id
  int64_t total_thousandths = 0;          // Σ score_tenths × weight, i.e. the weighted total × 1000
  size_t scored = 0;                      // items scored
  std::optional<int> rank;                // among every assessed department with a score
};
struct Assessment {
  int year = 0;
  std::vector<AssessItem> items;
  std::vector<AssessRow> rows;  // the departments the caller sees, by rank then order
  int64_t previous_year_items = 0;
};

// The year's template, scores, totals and ranking, rows limited to the caller's reach.
Result<Assessment> read_assessment(store::Connection& conn, const auth::Principal& who, int year);
Result<std::vector<AssessItem>> assess_items(store::Connection& conn, int year);

// Replaces the year's template by `items` (in their order): items given with an id are
// changed, new ones added, current ones not given archived (their scores are kept but
// no longer count). Errors name the field (items[i].title, items[i].weight,
// items[i].scoring_rule, items[i].work_point_id, items[i].id) and `weight` when the
// weights do not sum to 100; nothing is stored then.
Status save_template(store::Connection& conn, int year, const std::vector<AssessItemInput>& items, int64_t now_ms);

// Starts `year`'s template from year-1's: each item copied (copied_from_id); its work
// point becomes this year's work point of the same title, if there is one. kConflict
// "duty.assess.year_not_empty" when `year` has items; kInvalid
// "duty.assess.nothing_to_copy" when year-1 has none. Returns the number copied.
Result<int64_t> copy_template(store::Connection& conn, int year, int64_t now_ms);

struct ScoreInput {
  int64_t item_id = 0;
  double score = 0;  // 0–100, at most one decimal
  std::string comment;
};
// Records a department's scores on the year's items (each replaces the previous score
// of that item). kNotFound "duty.assess.department_not_found" when the department is
// not assessed or out of the caller's reach; errors name scores[i].item_id,
// scores[i].score, scores[i].comment.
Status save_scores(store::Connection& conn, const auth::Principal& who, int year, int64_t department_id,
                   const std::vector<ScoreInput>& scores, const std::string& scorer_name, int64_t now_ms);

// "同谋划、同部署、同落实、同考核": each work point of the year with the tasks the caller
// sees (when `with_tasks`) and the items assessing it with the visible departments' scores.
struct ChainPoint {
  WorkPoint point;
  std::vector<Task> tasks;
  std::vector<AssessItem> items;
};
// Returned with the year's assessment (the scores of the visible departments).
Result<std::pair<std::vector<ChainPoint>, Assessment>> assessment_chain(store::Connection& conn,
                                                                         const auth::Principal& who, int year,
                                                                         const std::string& today, bool with_tasks);

// The score table as a sheet (the ledger layout adds 序号 and the title): department,
// each item's score, the weighted total, rank, items scored and the comments; after the
// layout, append_average adds the 平均 row (the mean of each column over the scored rows).
spreadsheet::XlsxSheet assessment_sheet(const Assessment& a);
void append_average(spreadsheet::XlsxSheet& sheet, const Assessment& a);
std::string format_tenths(int tenths);          // 85.5, 90
std::string format_thousandths(int64_t value);  // 87.25

}  // namespace qf::duty
