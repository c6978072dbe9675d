#pragma once
// Integrity-risk prevention (廉政风险防控): risk points (风险点) per department and
// position with control measures (防控措施) and their owners, the review by the
// discipline committee (审核 / 退回) and its history; negative lists (负面清单) per
// department and year with the coverage report (全覆盖); staff acknowledgements
// (确认知悉); the heat map department × category.
//
// Who sees what (docs/modules/risk.md): visibility follows the data scope — unit-wide
// grants (Party secretary, discipline committee) see every department, a committee
// member the departments overseen (分管), a department head the own department and
// those below it. Only department heads change their departments' points and lists;
// only holders of risk.review approve or return. An object outside the caller's reach
// answers exactly like an absent one (not_found).
//
// Store functions run in the caller's transaction.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/messages/inbox.h"
#include "domain/risk/risk_config.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "store/database.h"

namespace qf::risk {

inline constexpr const char* kCategoryDictionary = "risk_category";
inline constexpr const char* kReviewFeed = "risk.review";
inline constexpr const char* kSubmittedFeed = "risk.submitted";

// Codes of the categories (风险类别) with their labels, in display order.
struct Category {
  const char* code;
  const char* label_zh;
  const char* label_en;
};
const std::vector<Category>& categories();
bool is_category(const std::string& code);

// 防控措施 and its owner (责任人): a person of the bureau, or just a name.
struct Measure {
  std::string measure;
  std::optional<int64_t> owner_person_id;
  std::string owner_name;
};

struct RiskPoint {
  int64_t id = 0;
  int64_t department_id = 0;
  std::string department_name;
  std::optional<int64_t> position_id;
  std::string position_name;
  std::string category;
  std::string description;
  int64_t likelihood = 0;
  int64_t impact = 0;
  int level = 3;
  std::string status;  // submitted | approved | returned
  std::string return_reason;
  std::optional<std::string> last_reviewed_date;
  std::optional<std::string> next_review_date;
  int64_t revision = 1;
  int64_t updated_at = 0;
  std::vector<Measure> measures;
};

struct Review {
  int64_t id = 0;
  std::string action;  // submit | approve | return
  std::string reason;
  int level = 3;
  std::string actor_name;
  int64_t created_at = 0;
};

struct RiskInput {
  int64_t department_id = 0;
  std::optional<int64_t> position_id;
  std::string category;
  std::string description;
  int64_t likelihood = 0;
  int64_t impact = 0;
  std::vector<Measure> measures;
};

struct PointQuery {
  std::optional<int64_t> department_id;
  std::string category;
  std::optional<int> level;
  std::string status;
  int64_t offset = 0;
  int64_t limit = 20;
};

// Who the caller is, as the changes record it.
struct Actor {
  int64_t account_id = 0;
  std::string name;
};

// Whether `who` sees the department's risk points and list (data scope).
bool can_see_department(const auth::Principal& who, int64_t department_id);
// The departments `who` maintains as department head (grants of dept_head, with the
// departments below them).
Result<std::set<int64_t>> managed_departments(store::Connection& conn, const auth::Principal& who);

Result<std::pair<std::vector<RiskPoint>, int64_t>> list_points(store::Connection& conn, const auth::Principal& who,
                                                                const PointQuery& q);
Result<RiskPoint> get_point(store::Connection& conn, const auth::Principal& who, int64_t id);
Result<std::vector<Review>> reviews_of(store::Connection& conn, int64_t point_id);

// A department head records or changes a point of a department managed: it waits for
// review (submitted) again. Fields are checked and named in the error.
Result<RiskPoint> create_point(store::Connection& conn, const auth::Principal& who, const Actor& actor,
                               const RiskInput& in, const RiskConfig& cfg, int64_t now);
Result<RiskPoint> update_point(store::Connection& conn, const auth::Principal& who, const Actor& actor, int64_t id,
                               const RiskInput& in, const RiskConfig& cfg, int64_t now);
// The discipline committee approves a submitted point (next review = today + the
// level's interval) or returns it with a reason (required).
Result<RiskPoint> approve_point(store::Connection& conn, const auth::Principal& who, const Actor& actor, int64_t id,
                                const RiskConfig& cfg, const std::string& today, int64_t now);
Result<RiskPoint> return_point(store::Connection& conn, const auth::Principal& who, const Actor& actor, int64_t id,
                               const std::string& reason, int64_t now);

// The export sheet of a list of points (labels from the dictionaries, Chinese headers);
// its last column 编号 lets the edited file be imported again (risk_import.h).
spreadsheet::XlsxSheet points_sheet(const std::vector<RiskPoint>& points);

// Heat map: number of points per department × category (× level), visible ones only.
struct HeatCell {
  int64_t department_id = 0;
  std::string department_name;
  std::string category;
  int level = 3;
  int64_t count = 0;
};
Result<std::vector<HeatCell>> heatmap(store::Connection& conn, const auth::Principal& who, std::optional<int> level);

// 负面清单.
struct NegativeList {
  int64_t id = 0;
  int64_t department_id = 0;
  std::string department_name;
  int year = 0;
  std::vector<std::string> items;
  int64_t revision = 1;
  int64_t updated_at = 0;
  int64_t acknowledged = 0;  // people of the department who acknowledged this revision
  int64_t staff = 0;         // active people of the department
};
Result<std::vector<NegativeList>> list_negative_lists(store::Connection& conn, const auth::Principal& who, int year);
Result<NegativeList> get_negative_list(store::Connection& conn, const auth::Principal& who, int64_t id);
// Creates or replaces the department's list of `year` (department head only).
Result<NegativeList> save_negative_list(store::Connection& conn, const auth::Principal& who, int64_t department_id,
                                        int year, const std::vector<std::string>& items, const Actor& actor,
                                        int64_t now);

// Coverage (全覆盖): every active department visible to `who`, whether it has a list of `year`.
struct CoverageRow {
  int64_t department_id = 0;
  std::string department_name;
  std::optional<int64_t> list_id;
  int64_t items = 0;
};
Result<std::vector<CoverageRow>> coverage(store::Connection& conn, const auth::Principal& who, int year);

// What one person must acknowledge: the own department's list of `year` and the risk
// points of the own position, each with whether the current revision is acknowledged.
struct MineItem {
  std::string object_type;  // negative_list | risk_point
  int64_t object_id = 0;
  int64_t revision = 1;
  bool acknowledged = false;
};
struct Mine {
  std::optional<NegativeList> negative_list;
  std::vector<RiskPoint> risk_points;
  std::vector<MineItem> items;
};
Result<Mine> mine(store::Connection& conn, const auth::Principal& who, int year);
// Acknowledges the current revision of an object in the person's Mine (else not_found).
Result<MineItem> acknowledge(store::Connection& conn, const auth::Principal& who, const std::string& object_type,
                             int64_t object_id, int year, int64_t now);

// Message centre: review due soon / overdue to the department's heads; points waiting
// for review to the discipline secretary.
Result<std::vector<messages::Reminder>> review_reminders(store::Connection& conn, const RiskConfig& cfg,
                                                         const std::string& today);
Result<std::vector<messages::Reminder>> submitted_reminders(store::Connection& conn);

}  // namespace qf::risk
