#pragma once
// Approvals (因私出国(境)、兼职、配偶子女及其配偶经商办企业): applications, the approval
// chain, and who may see what; passports and permits in central custody
// (approval_custody.h).
//
//   submit ──▶ pending (step 0 … n-1) ──approve at the last step──▶ approved
//                 │ return (with a reason, any step)
//                 ▼
//              returned ──resubmit (content may change)──▶ pending (from step 0)
//
// The chain: [approvals] cadre_chain for leading cadres, staff_chain for everyone else.
// At submission a step is left out (recorded as "skip" in the history) when no active
// account other than the applicant's own holds that role with a data scope covering the
// applicant — e.g. a department head's own application has no department-head step.
//
// Who (every rule here, none in the API):
//   - the applicant (approval.own, their own person record) applies, resubmits, records
//     the trip's actual dates, and reads their own applications — nothing else;
//   - an approver (approval.decide) reads the applications whose chain names one of
//     their roles, of people in their data scope, and approves or returns when the step
//     acting now is one of their roles — never their own;
//   - approval.read (organisation department, discipline secretary) reads every
//     application of people in their data scope;
//   - the three administrators: nothing, whatever their person link.
// An application the caller may not see is kNotFound, exactly like an absent one.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/result.h"
#include "domain/approvals/approvals_config.h"
#include "domain/auth/principal.h"
#include "domain/auth/server_key.h"
#include "store/database.h"

namespace qf::approvals {

namespace perm {
inline constexpr const char* kOwn = "approval.own";          // apply for oneself
inline constexpr const char* kDecide = "approval.decide";    // act on a step of the chain
inline constexpr const char* kRead = "approval.read";        // read all in scope
inline constexpr const char* kCustody = "approval.custody";  // keep passports and permits
}  // namespace perm

enum class Kind { kTrip, kSideJob, kFamilyBusiness };
enum class State { kPending, kReturned, kApproved };
std::string_view kind_code(Kind k);
std::optional<Kind> kind_from_code(std::string_view s);
std::string_view kind_label_zh(Kind k);
std::string_view state_code(State s);
std::optional<State> state_from_code(std::string_view s);

struct Request {
  int64_t id = 0;
  int64_t person_id = 0;
  std::string person_name;
  std::string department_name;
  bool leading_cadre = false;
  Kind kind = Kind::kTrip;
  State state = State::kPending;
  std::vector<std::string> chain;  // roles, in order
  int step = 0;
  std::string current_role;        // "" unless pending
  std::string depart_date, return_date, actual_depart_date, actual_return_date;  // trips; "" when none
  int64_t version = 1;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  std::optional<int64_t> decided_at;
};

struct Event {
  std::string action;  // submit | skip | approve | return | resubmit | trip_dates
  std::string role;
  std::string actor_name;
  std::string note;    // opened
  int64_t at = 0;
};

struct Access {
  bool owner = false;
  bool can_resubmit = false;  // owner, returned
  bool can_decide = false;    // the caller holds the role acting now
  bool can_record_trip = false;  // owner or custodian, approved trip
};

struct Detail {
  Request request;
  nlohmann::json content;
  std::vector<Event> events;
  Access access;
  std::string last_return_reason;
};

// What an applicant submits: the content (by kind) and, for a trip, the planned dates.
struct Application {
  Kind kind = Kind::kTrip;
  nlohmann::json content;
  std::string depart_date, return_date;
};

// Checks and normalises an application (fields named "content.<field>", "depart_date",
// "return_date"; kInvalid "approval.invalid" in both languages).
Result<Application> check_application(Kind kind, const nlohmann::json& content, const std::string& depart_date,
                                      const std::string& return_date);

Result<int64_t> submit_application(store::Connection& conn, const ApprovalsConfig& cfg, const auth::Principal& who,
                                   const auth::ServerKey& key, const Application& a, int64_t now);
Result<Request> resubmit_application(store::Connection& conn, const ApprovalsConfig& cfg, const auth::Principal& who,
                                     const auth::ServerKey& key, int64_t id, int64_t version, const Application& a,
                                     int64_t now);
Result<Request> approve_request(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                int64_t id, int64_t version, const std::string& note, int64_t now);
Result<Request> return_request(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               int64_t id, int64_t version, const std::string& reason, int64_t now);
// The actual dates of an approved trip (the owner or a custodian); open loans of the
// trip become due `return_days` after the actual return date.
Result<Request> record_trip_dates(store::Connection& conn, const auth::Principal& who, int64_t id,
                                  const std::string& actual_depart, const std::string& actual_return, int return_days,
                                  int64_t now);

Result<Detail> get_request(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key, int64_t id);
// The request if `who` may see it (for the custody module); kNotFound otherwise.
Result<Request> visible_request(store::Connection& conn, const auth::Principal& who, int64_t id);

// The read model of the lists. mine: the caller's own. todo: pending at one of the
// caller's roles (never their own). Otherwise everything the caller reads.
struct ListQuery {
  bool mine = false;
  bool todo = false;
  std::optional<Kind> kind;
  std::optional<State> state;
  std::optional<int64_t> person_id;
  std::string name;
  int64_t offset = 0;
  int64_t limit = 20;
};
Result<std::pair<std::vector<Request>, int64_t>> list_requests(store::Connection& conn, const auth::Principal& who,
                                                               const ListQuery& q);

// The caller's own person when it may apply (approval.own, active), with its flag.
struct Applicant {
  int64_t person_id = 0;
  std::string name;
  bool leading_cadre = false;
};
Result<std::optional<Applicant>> own_applicant(store::Connection& conn, const auth::Principal& who);

// Principals of the active accounts holding `role` (business roles only), loaded once
// per call; used to find who may act on a step and whom to remind.
Result<std::vector<auth::Principal>> holders_of(store::Connection& conn, const std::string& role, int64_t now);

}  // namespace qf::approvals
