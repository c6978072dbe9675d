#pragma once
// Education and study (警示教育与学习培训): the items the discipline committee publishes
// for study and who has studied them, the study sessions with attendance and who led
// the study, and the yearly counts the annual report quotes. Store functions run in
// the caller's transaction.
//
// Who sees what (the permissions are declared in api/education_api.cpp):
//   * education.manage (the discipline committee) publishes and sees every item;
//   * education.progress (Party secretary, committee members, the discipline committee,
//     department heads) sees every item and the completion of the people its data scope
//     reaches (unit-wide, or the departments in Principal::department_ids);
//   * education.study (every staff member) sees the items assigned to them and
//     confirms them; any other item answers exactly like an absent one;
//   * the three administrators hold none of these.
// Published study material, not case content: nothing here is sealed.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "store/database.h"

namespace qf::education {

inline constexpr std::string_view kEducationStudy = "education.study";        // own assignments, confirm
inline constexpr std::string_view kEducationProgress = "education.progress";  // every item, completion (scoped)
inline constexpr std::string_view kEducationManage = "education.manage";      // publish, holiday text
inline constexpr std::string_view kStudyRead = "study.read";                  // study sessions and counts
inline constexpr std::string_view kStudyManage = "study.manage";              // record study sessions

// 学习内容类别 (dictionary education.kind).
bool is_item_kind(std::string_view code);
// 典型案例类别 (dictionary education.case_category).
bool is_case_category(std::string_view code);
// 学习活动类别 (dictionary education.session_kind).
bool is_session_kind(std::string_view code);
void register_education_dictionaries();

// To whom an item is assigned: the union of the people (active, not archived) of
// these departments (with their sub-departments), branches, holders of these roles
// (accounts linked to a person), and the listed people. `everyone`: all active people.
struct Audience {
  bool everyone = false;
  std::vector<int64_t> department_ids, branch_ids, person_ids;
  std::vector<std::string> roles;
  bool empty() const {
    return !everyone && department_ids.empty() && branch_ids.empty() && person_ids.empty() && roles.empty();
  }
};

// The audience in words (全体干部职工; 规划处、财务处; …).
Result<std::string> audience_words(store::Connection& conn, const Audience& a);
// Every department, branch and role named must exist (errors name audience.department_ids[i] …).
Status check_audience(store::Connection& conn, const Audience& a);
// The active people an audience reaches now: (person, department). Training uses these too.
Result<std::vector<std::pair<int64_t, std::optional<int64_t>>>> audience_people(store::Connection& conn,
                                                                                const Audience& a);

struct ItemInput {
  std::string kind, title, body, category, rules_broken, lessons, source, published_on;
  Audience audience;
};

struct EducationItem {
  int64_t id = 0;
  std::string kind;
  std::string number;  // notices: 2026年第3期; "" otherwise
  int year = 0;
  std::string title, body, category, rules_broken, lessons, source, published_on, audience;
  int64_t created_at = 0;
  // Counts over the assignments the reader may see (its data scope; study-only
  // readers: their own).
  int64_t assigned = 0, confirmed = 0;
  // The reader's own assignment.
  bool assigned_to_me = false;
  std::optional<int64_t> my_confirmed_at;
};

// Validates and stores an item, allocates a notice's number in the year of
// published_on, and assigns it; errors name the field (kind, title, category,
// published_on, audience, audience.department_ids[i], …). Returns the id and the
// accounts (linked to the assigned people) to be told.
struct Published {
  int64_t id = 0;
  int64_t assigned = 0;
};
Result<Published> publish(store::Connection& conn, const ItemInput& in, int64_t account_id, int64_t now_ms);
// Adds people to an item's assignment (those already assigned stay as they are);
// returns how many were added.
Result<int64_t> assign(store::Connection& conn, const auth::Principal& who, int64_t item_id, const Audience& a,
                       int64_t now_ms);

struct ItemQuery {
  std::optional<std::string> kind;
  std::optional<int> year;
  std::string q;       // title contains
  bool mine = false;   // only the reader's assignments
  std::optional<bool> confirmed;  // with mine: pending (false) / done (true)
  int64_t offset = 0;
  int64_t limit = 20;
};
Result<std::pair<std::vector<EducationItem>, int64_t>> list_items(store::Connection& conn,
                                                                  const auth::Principal& who, const ItemQuery& q);
Result<EducationItem> get_item(store::Connection& conn, const auth::Principal& who, int64_t id);

// The reader confirms having studied item `id` (已学习确认). Not visible: kNotFound;
// visible but not assigned to the reader: kConflict education.not_assigned. A second
// confirmation keeps the first time.
Result<EducationItem> confirm(store::Connection& conn, const auth::Principal& who, int64_t id, int64_t now_ms);

// Completion per department of an item, over the departments the reader reaches.
struct DepartmentCompletion {
  int64_t department_id = 0;
  std::string department_name;
  int64_t assigned = 0, confirmed = 0;
};
Result<std::vector<DepartmentCompletion>> completion(store::Connection& conn, const auth::Principal& who,
                                                     int64_t item_id);
struct Assignee {
  int64_t person_id = 0;
  std::string name, department_name;
  std::optional<int64_t> confirmed_at;
};
Result<std::vector<Assignee>> assignees(store::Connection& conn, const auth::Principal& who, int64_t item_id,
                                        std::optional<int64_t> department_id);
// The reader's pending assignments (the home page's 待学习 N 项).
Result<int64_t> pending_count(store::Connection& conn, const auth::Principal& who);

// Study sessions (学习活动).
struct Attendee {
  int64_t person_id = 0;
  std::string name;
  bool led = false;
};
struct StudySession {
  int64_t id = 0;
  std::string kind, held_on, topic, speaker, place, materials;
  std::optional<int64_t> branch_id;
  std::string branch_name;
  int64_t attendance = 0, leaders = 0;
  std::vector<Attendee> attendees;  // get_session only
  int64_t created_at = 0;
};
struct SessionInput {
  std::string kind, held_on, topic, speaker, place, materials;
  std::optional<int64_t> branch_id;
  std::vector<std::pair<int64_t, bool>> attendees;  // person, led
};
Result<int64_t> record_session(store::Connection& conn, const SessionInput& in, int64_t account_id, int64_t now_ms);
Result<StudySession> get_session(store::Connection& conn, int64_t id);
struct SessionQuery {
  std::optional<int> year;
  std::optional<std::string> kind;
  int64_t offset = 0;
  int64_t limit = 20;
};
Result<std::pair<std::vector<StudySession>, int64_t>> list_sessions(store::Connection& conn, const SessionQuery& q);

// The counts of a year the annual report quotes ("学习xx次，领学xx人次", "组织学习警示
//教育通报12期，典型案例110个"). The statistics module reads them from here.
struct StudyScope {
  std::optional<int64_t> branch_id;  // empty: the whole unit
};
struct YearCounts {
  int year = 0;
  int64_t center_group_sessions = 0;  // 理论学习中心组学习次数
  int64_t center_group_leads = 0;     // 中心组领学人次
  int64_t sessions = 0;               // every study session
  int64_t leads = 0;                  // every 领学 / 交流发言 person-time
  int64_t party_lessons = 0;          // 党课
  int64_t integrity_lessons = 0;      // 廉政党课
  int64_t attendance = 0;             // person-times attended
  int64_t notices = 0;                // 警示教育通报 (期)
  int64_t cases = 0;                  // 典型案例 (个)
  int64_t models = 0;                 // 先进典型
  int64_t articles = 0;               // 文章与制度解读
};
Result<YearCounts> year_counts(store::Connection& conn, int year, const StudyScope& scope = {});

}  // namespace qf::education
