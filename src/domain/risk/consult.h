#pragma once
// Integrity-risk prevention, second part (docs/modules/risk.md):
//  - consultation meetings on integrity risks (廉政风险会商会诊): date, title, attendees,
//    the risk points discussed, minutes and decisions; a decision becomes a duty task
//    (任务分解, duty::create_task under a work point of the year) in one step, and the
//    task shows where it came from (duty::task_source, kind "risk_consultation");
//  - supervision checks of negative-list execution (负面清单执行情况检查): one check of
//    one department's list of a year, a result per item (执行 / 部分执行 / 未执行) with
//    notes; an item not executed becomes a rectification follow-up (整改) of the checked
//    department with an owner and a deadline, which the department's head marks done.
//
// Who: consultations are read by holders of risk.consult.read and recorded by holders of
// risk.consult.manage (the API checks the permissions). Checks follow the data scope
// of risk points: a check of a department outside the caller's scope answers like an
// absent one (not_found). Store functions run in the caller's transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/duty/duty.h"
#include "domain/risk/risk.h"
#include "store/database.h"

namespace qf::risk {

// ---- 会商会诊 ----
struct ConsultAttendee {
  int64_t person_id = 0;
  std::string name;
  std::string department_name;
};
struct ConsultPoint {
  int64_t risk_point_id = 0;
  int64_t department_id = 0;
  std::string department_name;
  std::string category;
  std::string description;
  int level = 3;
};
struct ConsultDecision {
  int64_t id = 0;
  int sort_order = 0;
  std::string content;
  std::optional<int64_t> task_id;
  // The task, when the decision became one.
  std::string task_title;
  std::string task_department_name;
  std::string task_person_name;
  std::string task_deadline;
  std::string task_status;
};
struct Consultation {
  int64_t id = 0;
  std::string meeting_date;
  std::string title;
  std::string minutes;
  int64_t updated_at = 0;
  int64_t attendee_total = 0;
  int64_t point_total = 0;
  int64_t decision_total = 0;
  int64_t decision_tasks = 0;
  std::vector<ConsultAttendee> attendees;  // get_consultation only
  std::vector<ConsultPoint> points;        // get_consultation only: those `who` sees
  std::vector<ConsultDecision> decisions;  // get_consultation only
};
struct ConsultInput {
  std::string meeting_date;
  std::string title;
  std::string minutes;
  std::vector<int64_t> attendee_ids;
  std::vector<int64_t> risk_point_ids;
  std::vector<std::string> decisions;
};

// Consultations held in `year` (by meeting date), newest first.
Result<std::vector<Consultation>> list_consultations(store::Connection& conn, std::optional<int> year);
// kNotFound when absent; the points discussed are those `who` sees.
Result<Consultation> get_consultation(store::Connection& conn, const auth::Principal& who, int64_t id);
// Errors name the field: meeting_date, title, minutes, attendee_ids[i], risk_point_ids[i],
// decisions[i].
Result<int64_t> create_consultation(store::Connection& conn, const auth::Principal& who, const ConsultInput& in,
                                    int64_t account_id, int64_t now_ms);
// Turns a decision into a duty task (duty::create_task) and keeps the link. kNotFound
// for a decision not of this consultation; kConflict "risk.consult.decision_has_task"
// when it is a task already. An empty title takes the decision's text. Returns the task id.
Result<int64_t> consult_decision_to_task(store::Connection& conn, int64_t consultation_id, int64_t decision_id,
                                         duty::TaskInput in, int64_t now_ms);
// The consultations that discussed a risk point (newest first): id, date, title.
struct ConsultRef {
  int64_t id = 0;
  std::string meeting_date;
  std::string title;
};
Result<std::vector<ConsultRef>> consultations_of_point(store::Connection& conn, int64_t risk_point_id);

// ---- 负面清单执行情况检查 ----
inline constexpr const char* kExecuted = "executed";
inline constexpr const char* kPartial = "partial";
inline constexpr const char* kNotExecuted = "not_executed";
bool is_check_result(const std::string& code);

struct CheckItem {
  int64_t id = 0;
  int item_no = 0;
  std::string item_text;
  std::string result;  // executed | partial | not_executed
  std::string note;
  // Rectification (not_executed only).
  std::optional<int64_t> owner_person_id;
  std::string owner_name;
  std::string deadline;
  std::string rectify_state;  // "" | open | done
  std::string rectify_note;
  std::optional<int64_t> rectified_at;
  bool overdue = false;  // open and the deadline before today
};
struct ExecutionCheck {
  int64_t id = 0;
  int64_t department_id = 0;
  std::string department_name;
  int64_t negative_list_id = 0;
  int64_t list_revision = 0;
  int year = 0;
  std::string check_date;
  std::string summary;
  std::string checker_name;
  int64_t created_at = 0;
  int64_t executed = 0, partial = 0, not_executed = 0, open_rectifications = 0;
  std::vector<CheckItem> items;  // get_check only
};
struct CheckResultInput {
  std::string result;
  std::string note;
  std::optional<int64_t> owner_person_id;
  std::string owner_name;
  std::string deadline;
};
struct CheckInput {
  int64_t department_id = 0;
  int year = 0;
  std::string check_date;
  std::string summary;
  std::vector<CheckResultInput> results;  // one per item of the department's list, in order
};

Result<std::vector<ExecutionCheck>> list_checks(store::Connection& conn, const auth::Principal& who,
                                                std::optional<int> year, std::optional<int64_t> department_id);
Result<ExecutionCheck> get_check(store::Connection& conn, const auth::Principal& who, int64_t id,
                                 const std::string& today);
// Checks the department's list of `year` as it is now (its revision is kept). Errors name
// the field: department_id (absent, out of scope, or without a list that year),
// check_date, results (count), results[i].result, results[i].note (partial),
// results[i].deadline / results[i].owner_name / results[i].owner_person_id (not executed).
Result<int64_t> create_check(store::Connection& conn, const auth::Principal& who, const CheckInput& in,
                             const Actor& actor, int64_t now_ms);
// The department reports an item rectified (note required): the caller is a head of the
// checked department (risk.manage) or may record checks (`may_record`). kNotFound when
// the check or item is not visible; kConflict when there is nothing open to close.
Status mark_rectified(store::Connection& conn, const auth::Principal& who, bool may_record, int64_t check_id,
                      int64_t item_id, const std::string& note, int64_t account_id, int64_t now_ms);

}  // namespace qf::risk
