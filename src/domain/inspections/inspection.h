#pragma once
// Special supervision checks (专项检查) and the rectification ledger (整改台账): the
// types, the rules of the ledger's state machine, and the store functions. Every store
// function runs in the caller's transaction and takes the caller's Principal where it
// reads or changes what a role may see:
//   * an item is visible to a principal whose data scope reaches its owner department
//     (unit-wide, or the department in Principal::department_ids: a department head's
//     own department, a committee member's overseen ones);
//   * a check is visible when its scope has such a department;
//   * anything else answers exactly like an absent record (kNotFound, same code/body).
// Who may do what is the permission of the step (inspections_api.cpp declares them):
// the discipline committee plans checks, records findings and verifies; the owner
// department reports. These are records about departments' work, not case content.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "store/database.h"

namespace qf::inspections {

// Permission codes (labels and roles: api/inspections_api.cpp).
inline constexpr std::string_view kInspectionRead = "inspection.read";      // see checks and the ledger (scoped)
inline constexpr std::string_view kInspectionManage = "inspection.manage";  // plan checks, findings, verify
inline constexpr std::string_view kRectificationReport = "rectification.report";  // owner department reports

// 整改状态 — who must act is in the name.
enum class RectificationState {
  kRectifying,  // rectifying 整改中（待责任部门报送）
  kReported,    // reported   已报送，待纪委核查
  kClosed,      // closed     已销号
};
std::string_view state_code(RectificationState s);
std::string_view state_label_zh(RectificationState s);
std::string_view state_label_en(RectificationState s);
std::optional<RectificationState> state_from_code(std::string_view code);

// The steps of an item.
enum class RectificationAction {
  kProgress,  // progress 报送整改进展 (stays 整改中)
  kReport,    // report   报送整改完成（附整改佐证），申请销号
  kAccept,    // accept   核查通过，予以销号
  kReturn,    // return   核查不通过，退回整改（须说明理由）
};
std::string_view action_code(RectificationAction a);
std::string_view action_label_zh(RectificationAction a);
std::string_view action_label_en(RectificationAction a);
std::optional<RectificationAction> action_from_code(std::string_view code);

// The state machine: the state after `a` from `from`, or kConflict
// "inspection.illegal_transition" naming both in both languages.
Result<RectificationState> next_state(RectificationState from, RectificationAction a);
// The permission a step needs.
std::string_view permission_of(RectificationAction a);

// The dictionaries users see: inspection.kind (专项检查类别), rectification.state.
void register_inspection_dictionaries();
bool is_check_kind(std::string_view code);

// 专项检查.
struct CheckDepartment {
  int64_t id = 0;
  std::string name;
};
struct ChecklistItem {
  int64_t id = 0;
  int seq = 0;
  std::string content;
};
struct SupervisionCheck {
  int64_t id = 0;
  std::string number;  // 〔2026〕专项检查第1号
  int year = 0;
  std::string kind;    // dictionary inspection.kind
  std::string title;
  std::string plan;    // 检查方案
  std::string start_date, end_date;
  int64_t created_at = 0;
  std::optional<int64_t> archived_at;
  std::vector<CheckDepartment> departments;  // 检查范围
  std::vector<ChecklistItem> checklist;      // filled by get_check only
  int64_t items = 0;                         // ledger items the reader may see
  int64_t closed = 0;
};
struct CheckInput {
  std::string kind, title, plan, start_date, end_date;
  std::vector<int64_t> department_ids;
  std::vector<std::string> checklist;
  bool case_reform = false;  // kind case_reform: only from create_case_reform (case_reform.h)
};
// Validates and stores a check (number allocated per year of start_date); errors name
// the field (kind, title, start_date, end_date, department_ids[i], checklist[i]).
Result<int64_t> create_check(store::Connection& conn, const CheckInput& in, int64_t account_id, int64_t now_ms);
Result<SupervisionCheck> get_check(store::Connection& conn, const auth::Principal& who, int64_t id);
struct Page {
  int64_t offset = 0;
  int64_t limit = 20;
};
Result<std::pair<std::vector<SupervisionCheck>, int64_t>> list_checks(store::Connection& conn,
                                                                       const auth::Principal& who, const Page& page);
Status archive_check(store::Connection& conn, const auth::Principal& who, int64_t id, const std::string& reason,
                     int64_t now_ms);

// 整改事项 (one finding and its rectification).
struct RectificationStep {
  int64_t id = 0;
  std::string action;  // assign | progress | report | accept | return
  std::optional<std::string> from_state;
  std::string to_state;
  std::string note, evidence, by_name;
  int64_t at = 0;
};
struct RectificationItem {
  int64_t id = 0;
  int64_t check_id = 0;
  std::string number;  // 〔2026〕专项检查第1号-3
  std::string check_number, check_title, check_kind;
  std::optional<int64_t> checklist_item_id;
  std::string checklist_content;
  std::string finding;
  int64_t owner_department_id = 0;
  std::string department_name;
  std::string measures, deadline;
  RectificationState state = RectificationState::kRectifying;
  std::string progress, evidence, verification;
  std::optional<int64_t> reported_at, closed_at;
  std::string closed_on;
  int64_t created_at = 0, updated_at = 0;
  std::vector<RectificationStep> steps;  // filled by get_item only

  // Not closed and the deadline before `today`.
  bool overdue(const std::string& today) const {
    return state != RectificationState::kClosed && deadline < today;
  }
};
struct ItemInput {
  std::string finding, measures, deadline;
  std::optional<int64_t> owner_department_id, checklist_item_id;
};
// A finding of check `check_id` as a new item (整改中): the owner department must be in
// the check's scope, the checklist point one of the check's.
Result<int64_t> create_item(store::Connection& conn, const auth::Principal& who, int64_t check_id,
                            const ItemInput& in, int64_t now_ms);
Result<RectificationItem> get_item(store::Connection& conn, const auth::Principal& who, int64_t id);

// The ledger's filters. overdue: not closed and deadline before today.
struct LedgerQuery {
  std::optional<int64_t> check_id, department_id;
  std::optional<RectificationState> state;
  bool overdue_only = false;
  std::string today;  // 'YYYY-MM-DD', for overdue_only
  int64_t offset = 0;
  int64_t limit = 20;  // 0: every row (exports)
};
Result<std::pair<std::vector<RectificationItem>, int64_t>> list_items(store::Connection& conn,
                                                                      const auth::Principal& who,
                                                                      const LedgerQuery& q);

// One step by `who` on item `id`: the permission of the step, the item visible to
// `who`, the state machine, and the texts each step requires (progress: note;
// report: note and evidence; return: note as the reason). Records the step.
struct StepInput {
  RectificationAction action = RectificationAction::kProgress;
  std::string note, evidence;
};
Result<RectificationItem> act(store::Connection& conn, const auth::Principal& who, int64_t id, const StepInput& in,
                              const std::string& today, int64_t now_ms);

}  // namespace qf::inspections
