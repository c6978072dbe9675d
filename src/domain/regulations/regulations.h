#pragma once
// The regulation library (制度库): the unit's rules with their versions (修订: a new
// version supersedes the one before from its effective date; every version stays
// readable), effective and repeal dates (现行有效 / 尚未生效 / 已废止 computed from the
// dates against the business day, never stored), search over title, 文号 and full
// text, and read acknowledgements (已阅知确认) assigned to people by department,
// branch, role or name (the audience of education, reused) with the completion per
// department. Store functions run in the caller's transaction.
//
// Who sees what (the permissions are declared in api/regulations_api.cpp):
//   * regulation.read (every staff member): every regulation and its versions; their
//     own assignments, which they acknowledge;
//   * regulation.progress (leaders, the discipline committee, department heads): the
//     completion of the people their data scope reaches (unit-wide, or the departments
//     in Principal::department_ids);
//   * regulation.manage (the discipline committee): add regulations and versions,
//     repeal, assign readers;
//   * the three administrators hold none of these.
// Published rules, not case content: nothing here is sealed.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/education/education.h"
#include "domain/messages/feed.h"
#include "store/database.h"

namespace qf::regulations {

inline constexpr std::string_view kRegulationRead = "regulation.read";
inline constexpr std::string_view kRegulationProgress = "regulation.progress";
inline constexpr std::string_view kRegulationManage = "regulation.manage";

// 制度类别 (dictionary regulation.category).
bool is_category(std::string_view code);
// 制度状态 (dictionary regulation.status): in_force 现行有效, not_yet 尚未生效,
// repealed 已废止; versions also superseded 已被修订.
bool is_status(std::string_view code);
void register_regulation_dictionaries();

// The state of a regulation on `today` ('YYYY-MM-DD'): repealed when repealed_on ≤ today,
// not_yet when its first version takes effect after today, in_force otherwise.
std::string regulation_status(const std::string& first_effective_on, const std::optional<std::string>& repealed_on,
                              const std::string& today);
// The state of one version: not_yet (effective after today), superseded (a later
// version is in effect), repealed (the regulation is), in_force.
std::string version_status(const std::string& effective_on, const std::optional<std::string>& next_effective_on,
                           const std::optional<std::string>& repealed_on, const std::string& today);
// "%x\%y%" for LIKE … ESCAPE '\': the user's % _ and \ match themselves; ASCII lowered.
std::string like_contains(const std::string& text);

struct VersionInput {
  std::string title, doc_number, issuing_body, effective_on, full_text, change_note;
};
struct RegulationInput {
  std::string category;
  VersionInput version;
  std::string repealed_on;  // optional, after effective_on
};

struct Version {
  int64_t id = 0;
  int version_no = 0;
  std::string title, doc_number, issuing_body, effective_on, full_text, change_note;
  std::string status;  // computed for today
  int64_t created_at = 0;
};

struct Regulation {
  int64_t id = 0;
  std::string category;
  int versions = 0;
  std::string first_effective_on;
  std::optional<std::string> repealed_on;
  std::string repeal_reason;
  std::string status;          // computed for today
  Version latest;              // the newest version (full_text empty in lists)
  std::optional<int> current_version_no;  // the version in force today, if any
  std::vector<Version> history;           // get_regulation only: every version, newest first (no full_text)
  int64_t created_at = 0, updated_at = 0;
  // Assignments to read the latest version the reader may see, and the reader's own.
  int64_t assigned = 0, acknowledged = 0;
  bool assigned_to_me = false;
  std::optional<int64_t> my_acknowledged_at;
};

// Validates and stores a regulation with its first version; errors name the field
// (category, title, doc_number, issuing_body, effective_on, full_text, repealed_on).
Result<int64_t> create_regulation(store::Connection& conn, const RegulationInput& in, int64_t account_id,
                                  int64_t now_ms);
// A new version of a visible regulation: effective no earlier than the latest one; a
// regulation repealed on `today` or before takes no version (409 regulation.repealed).
// reassign: everyone assigned to the previous version is assigned to read this one.
struct NewVersion {
  int64_t version_id = 0;
  int version_no = 0;
  int64_t reassigned = 0;
};
Result<NewVersion> add_version(store::Connection& conn, const auth::Principal& who, int64_t id,
                               const VersionInput& in, bool reassign, const std::string& today, int64_t account_id,
                               int64_t now_ms);
// Repeals from `repealed_on` (after the first effective date) with a reason; a
// regulation already repealed: 409 regulation.repealed.
Status repeal(store::Connection& conn, const auth::Principal& who, int64_t id, const std::string& repealed_on,
              const std::string& reason, int64_t now_ms);

struct RegulationQuery {
  std::string q;  // title, 文号 or full text of the latest version contains
  std::optional<std::string> category, status;
  bool mine = false;                  // only the reader's assignments (latest version)
  std::optional<bool> acknowledged;   // with mine: pending (false) / done (true)
  int64_t offset = 0;
  int64_t limit = 20;
};
Result<std::pair<std::vector<Regulation>, int64_t>> list_regulations(store::Connection& conn,
                                                                     const auth::Principal& who,
                                                                     const RegulationQuery& q,
                                                                     const std::string& today);
Result<Regulation> get_regulation(store::Connection& conn, const auth::Principal& who, int64_t id,
                                  const std::string& today);
// One version with its full text; kNotFound regulation.version_not_found.
Result<Version> get_version(store::Connection& conn, const auth::Principal& who, int64_t id, int version_no,
                            const std::string& today);

// Assigns the latest version to an audience; returns how many were added.
Result<int64_t> assign(store::Connection& conn, const auth::Principal& who, int64_t id,
                       const education::Audience& a, int64_t now_ms);
// The reader acknowledges the latest version (not assigned: 409 regulation.not_assigned;
// a second time keeps the first time).
Result<Regulation> acknowledge(store::Connection& conn, const auth::Principal& who, int64_t id,
                               const std::string& today, int64_t now_ms);

// Completion of the latest version per department, over the departments the reader reaches.
Result<std::vector<education::DepartmentCompletion>> completion(store::Connection& conn,
                                                                const auth::Principal& who, int64_t id);
Result<std::vector<education::Assignee>> assignees(store::Connection& conn, const auth::Principal& who, int64_t id,
                                                   std::optional<int64_t> department_id);
// The reader's assignments to read a latest version not yet acknowledged (regulations
// not repealed on `today`).
Result<int64_t> pending_count(store::Connection& conn, const auth::Principal& who, const std::string& today);

// Feed "regulations.acknowledge" of the message centre: a to-do for each active account
// whose person must still acknowledge a latest version (title: 文号 and title — published
// rules); resolves when acknowledged, or when a newer version replaces it.
inline constexpr const char* kAcknowledgeFeed = "regulations.acknowledge";
Result<std::vector<messages::Reminder>> pending_reminders(store::Connection& conn, const messages::FeedContext& f);

}  // namespace qf::regulations
