#pragma once
// Personal-matters reports (领导干部个人有关事项报告): the workflow and who may see what.
//
//   draft ──submit──▶ submitted ──accept──▶ accepted
//     ▲                  │
//     └──── returned ◀───┘ return (with a reason)      returned ──submit──▶ submitted
//
// Who (need-to-know, every rule here, none in the API):
//   - the cadre (the principal's own person, flagged 领导干部) creates, fills, submits and
//     reads only their own reports;
//   - holders of declaration.read (organisation department, discipline secretary) read
//     the submitted, returned and accepted reports of the cadres in their data scope —
//     never a draft;
//   - holders of declaration.review (organisation department) also return and accept;
//   - the three administrators: nothing, whatever their person link.
// A report the caller may not see is kNotFound, exactly as an absent one.
//
// The content (domain/declarations/declaration_form.h) and return reasons are sealed
// (declaration_seal.h); the functions take the server key to seal and open them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/auth/server_key.h"
#include "domain/declarations/declaration_form.h"
#include "store/database.h"

namespace qf::declarations {

namespace perm {
inline constexpr const char* kOwn = "declaration.own";        // fill in one's own (if a leading cadre)
inline constexpr const char* kRead = "declaration.read";      // read the cadres' reports in scope
inline constexpr const char* kReview = "declaration.review";  // return / accept
}  // namespace perm

enum class Kind { kAnnual, kChange };
enum class State { kDraft, kSubmitted, kReturned, kAccepted };
std::string_view kind_code(Kind k);
std::optional<Kind> kind_from_code(std::string_view s);
std::string_view state_code(State s);
std::optional<State> state_from_code(std::string_view s);

struct Declaration {
  int64_t id = 0;
  int64_t person_id = 0;
  std::string person_name;
  std::string department_name;
  int year = 0;
  Kind kind = Kind::kAnnual;
  std::string form_revision;
  State state = State::kDraft;
  int64_t version = 1;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  std::optional<int64_t> submitted_at;
  std::optional<int64_t> accepted_at;
};

struct Event {
  std::string action;  // create | save | submit | resubmit | return | accept
  std::string actor_name;
  std::string note;    // the return reason (opened)
  int64_t at = 0;
};

// What the caller may do with one report.
struct Access {
  bool owner = false;
  bool can_edit = false;    // owner, draft or returned
  bool can_review = false;  // reviewer, submitted
};

struct Detail {
  Declaration declaration;
  nlohmann::json content;
  std::vector<Event> events;
  Access access;
  std::string last_return_reason;  // "" when never returned
};

// The form of a revision, or the current one.
Result<FormDef> load_form(store::Connection& conn, const std::optional<std::string>& revision = std::nullopt);

// The caller's own person, when a leading cadre (else kInvalid "declaration.not_cadre").
struct Cadre {
  int64_t person_id = 0;
  std::string name;
};
Result<std::optional<Cadre>> own_cadre(store::Connection& conn, const auth::Principal& who);

// Starts a report for the caller. Annual: one per year (kConflict "declaration.exists"
// otherwise), year from 2000 to `max_year`. Both kinds start from the content of the
// caller's latest submitted/accepted report, if any (what did not change need not be
// typed again).
Result<int64_t> create_declaration(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                   Kind kind, int year, int max_year, int64_t now);

Result<Detail> get_declaration(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               int64_t id);

// Saves the owner's draft (formats checked, completeness not); `version` must match.
Result<Declaration> save_declaration(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                     int64_t id, int64_t version, const nlohmann::json& content, int64_t now);
// Submits (or resubmits) the owner's draft: every item answered, required fields filled.
Result<Declaration> submit_declaration(store::Connection& conn, const auth::Principal& who,
                                       const auth::ServerKey& key, int64_t id, int64_t version, int64_t now);
// Reviewer: back to the cadre with a reason (1–500 characters), sealed.
Result<Declaration> return_declaration(store::Connection& conn, const auth::Principal& who,
                                       const auth::ServerKey& key, int64_t id, const std::string& reason, int64_t now);
// Reviewer: signed and accepted.
Result<Declaration> accept_declaration(store::Connection& conn, const auth::Principal& who, int64_t id, int64_t now);

// The comparison with the previous year's report (the latest submitted/accepted one of
// an earlier year): {"previous": {id, year, …} | null, "items": compare_content(…)}.
Result<nlohmann::json> compare_with_previous(store::Connection& conn, const auth::Principal& who,
                                             const auth::ServerKey& key, int64_t id);

// The read model of the lists. `mine`: the caller's own reports (any state). Otherwise
// the reports the caller reads as organisation department / discipline committee
// (declaration.read, data scope, never drafts); an empty list without the permission.
struct ListQuery {
  bool mine = false;
  std::optional<int> year;
  std::optional<State> state;
  std::optional<Kind> kind;
  std::string name;  // part of the person's name
  int64_t offset = 0;
  int64_t limit = 20;
};
Result<std::pair<std::vector<Declaration>, int64_t>> list_declarations(store::Connection& conn,
                                                                       const auth::Principal& who, const ListQuery& q);

}  // namespace qf::declarations
