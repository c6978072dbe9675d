#pragma once
// People (人员) and their position history (岗位变动). A person's current department,
// position, rank and status are never edited directly: they change only together with
// a dated position event (appoint / promote / transfer / leave), and always equal what
// the latest event (by effective date, then entry order) says. Events are never
// updated or deleted, so promotions and transfers — which trigger integrity talks —
// stay visible with their dates.
//
// Reads take the caller's Principal and apply its data scope (data_scope.h): people
// outside it are neither listed nor counted, and get_person() answers kNotFound for
// them (need-to-know: their existence is not revealed).
// Functions run inside the caller's connection/transaction and do not audit.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/org/org_types.h"
#include "store/database.h"

namespace qf::org {

struct PeopleQuery {
  std::string q;                        // substring of name or employee number
  std::optional<int64_t> department_id;  // includes sub-departments
  std::optional<int64_t> branch_id;
  std::optional<bool> leading_cadre;
  std::optional<bool> party_member;     // member or probationary
  std::string status = "active";        // active | left | archived | all
  std::string sort;                     // name | employee_no | department | rank | joined_date ("" = name)
  bool descending = false;
  int64_t limit = 20;                   // <= 0: no limit (exports)
  int64_t offset = 0;
};
inline const std::vector<std::string>& people_sort_keys() {
  static const std::vector<std::string> k{"name", "employee_no", "department", "rank", "joined_date"};
  return k;
}

// Matching people in the caller's scope (one page) and the total count.
Result<std::pair<std::vector<Person>, int64_t>> search_people(store::Connection& conn, const auth::Principal& who,
                                                              const PeopleQuery& query);
Result<Person> get_person(store::Connection& conn, const auth::Principal& who, int64_t id);
Result<Person> get_person_unscoped(store::Connection& conn, int64_t id);
Result<std::optional<int64_t>> find_person_by_employee_no(store::Connection& conn, int64_t unit_id,
                                                           const std::string& employee_no);

// Personal details (not placement).
struct PersonDetails {
  std::string employee_no;  // required, ≤ 32 characters of letters, digits, '-', '_'
  std::string name;         // required
  std::string gender;       // male | female
  std::string id_number;    // optional; when given, a valid 18-character resident ID
  std::optional<int64_t> branch_id;
  bool is_leading_cadre = false;
  std::string party_status = "masses";
  std::string joined_date;  // optional 'YYYY-MM-DD'
  std::string phone;
};
Status check_person_details(const PersonDetails& d);

struct Placement {
  std::optional<int64_t> department_id;
  std::optional<int64_t> position_id;
  std::string rank = "none";
  std::string effective_date;  // of the appoint event; defaults to joined_date, else today
  std::string note;
};

// Creates the person with an "appoint" event for the placement. kConflict
// "org.duplicate_employee_no" (field employee_no) when the number is taken.
Result<int64_t> create_person(store::Connection& conn, int64_t unit_id, const PersonDetails& d, const Placement& p,
                              std::optional<int64_t> created_by, int64_t now_ms);
// Changes personal details; employee_no cannot change (it is the import key).
Status update_person(store::Connection& conn, int64_t id, const PersonDetails& d, int64_t now_ms);

struct PositionEventInput {
  std::string kind;  // appoint | promote | transfer | leave
  std::optional<int64_t> department_id;
  std::optional<int64_t> position_id;
  std::string rank;  // "" = unchanged; required (and higher) for promote
  std::string effective_date;
  std::string note;
};
// Records the event and updates the current placement. Refused (kInvalid, naming the
// field): unknown kind; a date earlier than the person's latest event; promote without
// a higher rank; appoint/transfer without a department; a position outside the
// department; any event but appoint for a person who has left.
Result<int64_t> record_position_event(store::Connection& conn, int64_t person_id, const PositionEventInput& in,
                                      std::optional<int64_t> created_by, int64_t now_ms);
Result<std::vector<PositionEvent>> position_history(store::Connection& conn, int64_t person_id);

// Number of `kind` events on or after `since_date` among people in the caller's scope.
Result<int64_t> count_events_since(store::Connection& conn, const auth::Principal& who, const std::string& kind,
                                   const std::string& since_date);

// Today's date in Beijing (UTC+8) as 'YYYY-MM-DD'.
std::string beijing_date(int64_t now_ms);

}  // namespace qf::org
