#pragma once
// 党风廉政意见回复 (integrity opinions): the organisation department asks the discipline
// committee about a list of people before a promotion, an award or a transfer; each
// answer is drafted from the person's integrity record (opinion_draft.h), may be
// reworded by the discipline committee, and is approved by the discipline secretary —
// then it has a number (纪复〔year〕seq号, a sequence per year) and is archived (no
// change). docs/modules/opinions.md.
//
// Who (need-to-know, every rule here):
//   - opinions.request (organisation department): creates requests, reads every request
//     and, of each answer, its state and — once approved — the reply text and number;
//     never a draft and never the grounds;
//   - opinions.handle (discipline committee): reads every request with the drafts and
//     their grounds (verification items, clue numbers, measures), rewords and redrafts;
//     an answer about the handler's own person is withheld from them (回避);
//   - opinions.approve (discipline secretary): approves a drafted answer;
//   - everyone else, and the three administrators whatever their grants: nothing — a
//     request answers kNotFound exactly like an absent one.
// The answer text and grounds are sealed at rest (context qfopin01).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/auth/server_key.h"
#include "domain/messages/inbox.h"
#include "store/database.h"

namespace qf::opinions {

namespace perm {
inline constexpr const char* kRequest = "opinions.request";
inline constexpr const char* kHandle = "opinions.handle";
inline constexpr const char* kApprove = "opinions.approve";
}  // namespace perm

inline constexpr const char* kApproveFeed = "opinions.approve";
inline constexpr const char* kApprovedNotice = "opinions.approved";

struct OpinionsConfig {
  int64_t concealed_years = 5;         // a 瞒报 conclusion of a round this many years back still counts
  std::string number_prefix = "纪复";  // 纪复〔2026〕3号
  static Result<OpinionsConfig> from_toml(std::string_view toml_text, std::string_view source_name = "qingfeng.toml");
};

struct Request {
  int64_t id = 0;
  std::string purpose, purpose_note, requested_by, requester_name;
  int64_t created_at = 0, total = 0, approved = 0;
};

struct Answer {
  int64_t id = 0, request_id = 0, person_id = 0;
  std::string person_name, employee_no, department_name, position_name;
  std::string status;  // drafted | approved
  std::string text;    // "" when the caller may not read it
  nlohmann::json grounds;  // null unless a handler
  bool hold = false;       // (handlers) the draft advises deferring
  std::string number, approved_by_name, edited_by_name;
  std::optional<int64_t> approved_at, edited_at;
  int64_t drafted_at = 0, version = 0;
  bool recused = false;  // about the handler's own person
  bool can_edit = false, can_approve = false;
};

struct RequestDetail {
  Request request;
  std::vector<Answer> answers;
};

struct NewRequest {
  std::string purpose, purpose_note, requested_by;
  std::vector<int64_t> person_ids;
};

bool can_read(const auth::Principal& who);

Result<std::vector<Request>> list_requests(store::Connection& conn, const auth::Principal& who);
Result<int64_t> create_request(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               const OpinionsConfig& cfg, const NewRequest& in, int64_t now);
Result<RequestDetail> get_request(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                  int64_t id);
// One answer as the caller may see it (kNotFound otherwise); for the DOCX of an approved one.
Result<std::pair<Request, Answer>> get_answer(store::Connection& conn, const auth::Principal& who,
                                              const auth::ServerKey& key, int64_t answer_id);
Result<Answer> edit_answer(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                           int64_t answer_id, const std::string& text, int64_t version, int64_t now);
Result<Answer> redraft_answer(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                              const OpinionsConfig& cfg, int64_t answer_id, int64_t version, int64_t now);
Result<Answer> approve_answer(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                              const OpinionsConfig& cfg, int64_t answer_id, int64_t version, int64_t now);

struct PersonChoice {
  int64_t id = 0;
  std::string name, employee_no, department_name, position_name;
  bool leading_cadre = false;
};
// Active people in the requester's data scope whose name contains `name` (opinions.request).
Result<std::vector<PersonChoice>> people(store::Connection& conn, const auth::Principal& who, const std::string& name);

// For `qingfeng security rotate-key`: every answer's text and grounds opened with
// `old_key` and sealed again with `new_key`, in `c`'s transaction; refused with nothing
// written when one does not open. Returns the number of values sealed again.
Result<int64_t> reseal_opinions(store::Connection& c, const auth::ServerKey& old_key, const auth::ServerKey& new_key);

Result<int64_t> awaiting_approval(store::Connection& conn, const auth::Principal& who);
Result<std::vector<messages::Reminder>> approval_reminders(store::Connection& conn);

}  // namespace qf::opinions
