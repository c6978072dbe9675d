#pragma once
// Two responsibilities (两个责任): the yearly responsibility lists (责任清单 — the Party
// committee's primary responsibility 主体责任, the discipline committee's supervisory
// responsibility 监督责任, each committee member's dual duty 一岗双责), the overseeing
// of departments by committee members (分管), and the annual work points (工作要点)
// broken into tasks (任务分解) with milestones (节点) and progress reports (进展报送).
//
// Store functions run in the caller's transaction. Reads take the caller's Principal:
//   tasks      unit-wide callers see all; others the tasks of the departments their
//              data scope reaches (a department head: the department; a committee
//              member: the overseen ones) and the tasks they own themselves.
//   dual lists the committee member's own, or any for unit-wide callers.
// A task or list item the caller may not see answers like one that does not exist.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/calendar.h"
#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/messages/inbox.h"
#include "store/database.h"

namespace qf::duty {

enum class ListKind { kPrimary, kSupervisory, kDual };
std::string_view list_kind_code(ListKind k);
std::optional<ListKind> list_kind_from_code(std::string_view code);

enum class TaskStatus { kNotStarted, kInProgress, kDone };
std::string_view task_status_code(TaskStatus s);
std::optional<TaskStatus> task_status_from_code(std::string_view code);

// ---- Responsibility lists (责任清单), versioned per year ----
struct ListItem {
  int64_t id = 0;
  int year = 0;
  ListKind kind = ListKind::kPrimary;
  std::optional<int64_t> person_id;  // dual: the committee member
  std::string person_name;
  int sort_order = 0;
  std::string content;
  std::optional<int64_t> copied_from_id;  // last year's item it started from
  int64_t updated_at = 0;
};
struct ListItemInput {
  int year = 0;
  ListKind kind = ListKind::kPrimary;
  std::optional<int64_t> person_id;
  int sort_order = 0;
  std::string content;
};
Result<std::vector<ListItem>> list_items(store::Connection& conn, const auth::Principal& who, int year,
                                         std::optional<ListKind> kind);
Result<ListItem> get_list_item(store::Connection& conn, const auth::Principal& who, int64_t id);
Result<int64_t> add_list_item(store::Connection& conn, const ListItemInput& in, int64_t now_ms);
Status update_list_item(store::Connection& conn, int64_t id, const std::string& content, int sort_order,
                        int64_t now_ms);
Status archive_list_item(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms);
// Starts `year`'s list as a copy of year-1's current items; the number copied.
// kConflict "duty.list.year_not_empty" when `year` already has items; kInvalid
// "duty.list.nothing_to_copy" when year-1 has none.
Result<int64_t> copy_previous_year(store::Connection& conn, int year, int64_t now_ms);
// Years that have items, with their counts, newest first.
Result<std::vector<std::pair<int, int64_t>>> list_years(store::Connection& conn);

// ---- Work points (工作要点) and tasks (任务分解) ----
struct WorkPoint {
  int64_t id = 0;
  int year = 0;
  int sort_order = 0;
  std::string title;
  int64_t task_total = 0;  // of the tasks the caller sees
  int64_t task_done = 0;
  int64_t task_overdue = 0;
};
Result<std::vector<WorkPoint>> list_work_points(store::Connection& conn, const auth::Principal& who, int year,
                                                const std::string& today);
Result<int64_t> create_work_point(store::Connection& conn, int year, const std::string& title, int sort_order,
                                  int64_t now_ms);

struct Milestone {
  int64_t id = 0;
  int sort_order = 0;
  std::string title;
  std::string due_date;
  std::optional<std::string> done_date;
};
struct Task {
  int64_t id = 0;
  int64_t work_point_id = 0;
  std::string work_point_title;
  int year = 0;
  std::string title;
  int64_t owner_department_id = 0;
  std::string department_name;
  std::optional<int64_t> owner_person_id;
  std::string person_name;
  std::string deadline_date;
  TaskStatus status = TaskStatus::kNotStarted;
  int progress = 0;  // percent
  std::optional<std::string> done_date;
  bool overdue = false;  // deadline passed and not done (derived on `today`)
  int64_t updated_at = 0;
  std::vector<Milestone> milestones;
};
struct MilestoneInput {
  std::string title;
  std::string due_date;
};
struct TaskInput {
  int64_t work_point_id = 0;
  std::string title;
  int64_t owner_department_id = 0;
  std::optional<int64_t> owner_person_id;
  std::string deadline_date;
  std::vector<MilestoneInput> milestones;
};
// The filter of a task list. state: not_started | in_progress | done | overdue.
struct TaskQuery {
  std::optional<int> year;
  std::optional<int64_t> work_point_id;
  std::optional<int64_t> department_id;
  std::optional<std::string> state;
  std::string sort = "deadline_date";  // deadline_date | department | status | updated_at
  bool descending = false;
  int64_t offset = 0;
  int64_t limit = 20;
};
// The page of tasks the caller sees (milestones read in one batch) and the total.
Result<std::pair<std::vector<Task>, int64_t>> list_tasks(store::Connection& conn, const auth::Principal& who,
                                                          const TaskQuery& q, const std::string& today);
// kNotFound "duty.task.not_found" when absent or out of the caller's scope.
Result<Task> get_task(store::Connection& conn, const auth::Principal& who, int64_t id, const std::string& today);
Result<int64_t> create_task(store::Connection& conn, const TaskInput& in, int64_t now_ms);

// ---- Changing and archiving (with the caller's audit entry) ----
// kNotFound "duty.work_point.not_found" when absent or archived; errors name `title`.
Status update_work_point(store::Connection& conn, int64_t id, const std::string& title, int sort_order, int64_t now_ms);
// Refused (409 "duty.work_point.has_tasks") while the point has tasks not archived;
// `reason` is required.
Status archive_work_point(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms);
struct TaskChange {
  std::string title;
  int64_t owner_department_id = 0;
  std::optional<int64_t> owner_person_id;
  std::string deadline_date;
};
// Changes the task's title, owner (department and person) and deadline. Errors name the
// field; a deadline before one of its milestones names `deadline_date`. Returns the
// change in words for the audit summary ("责任部门 办公室→规划处；完成时限 …").
Result<std::string> update_task(store::Connection& conn, const Task& before, const TaskChange& in, int64_t now_ms);
// Archives a task (it leaves every list, count and reminder); `reason` is required.
Status archive_task(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms);

// Whether `who` may report progress on a task it sees: the owner, a department head of
// the owner department, or a holder of `manage_permission`.
bool may_report(const auth::Principal& who, const Task& t, std::string_view manage_permission);

struct ProgressInput {
  std::string content;
  int progress = 0;
  TaskStatus status = TaskStatus::kInProgress;
  std::vector<int64_t> milestones_done;
};
struct ProgressReport {
  int64_t id = 0;
  std::string reporter_name;
  std::string content;
  int progress = 0;
  TaskStatus status = TaskStatus::kInProgress;
  int64_t reported_at = 0;
};
// Records a progress report and moves the task's status/progress (done → 100 %, done
// date today); milestones named are marked done today. Errors name the field.
// The caller has checked that the reporter sees the task and may_report.
Status report_progress(store::Connection& conn, const Task& task, int64_t account_id,
                       const std::string& reporter_name, const ProgressInput& in, const std::string& today,
                       int64_t now_ms);
Result<std::vector<ProgressReport>> progress_of(store::Connection& conn, int64_t task_id);

// ---- Oversight (分管) ----
struct OversightRow {
  int64_t person_id = 0;
  std::string person_name;
  std::vector<std::pair<int64_t, std::string>> departments;  // id, name
};
// Committee members (people behind committee-member accounts) and anyone overseeing a
// department on `today`, each with the departments overseen.
Result<std::vector<OversightRow>> current_oversight(store::Connection& conn, const std::string& today);
// Makes the person oversee exactly `departments` from today: rows for departments no
// longer overseen end yesterday, new ones start today. Errors name the field.
Status set_oversight(store::Connection& conn, int64_t person_id, const std::set<int64_t>& departments,
                     const std::string& today);

// ---- Reminders (message centre) ----
inline constexpr const char* kDeadlineFeed = "duty.deadline";
// Due-soon reminders at each of `days_before` (e.g. 30, 7, 1: the smallest threshold
// the days left still reach) and overdue reminders, to the task's owner and the
// department heads of the owner department, among the active accounts holding
// `read_permission`.
Result<std::vector<messages::Reminder>> deadline_reminders(store::Connection& conn, const std::vector<int>& days_before,
                                                           const Date& today, int64_t now_ms,
                                                           std::string_view read_permission);

// Length in Unicode code points.
size_t text_length(const std::string& utf8);

}  // namespace qf::duty
