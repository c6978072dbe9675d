#pragma once
// 核查 (verification of the personal-matters reports) and the integrity dossier
// (廉政档案): rounds, members, items, and who may see what.
//
// A round per year: the organisation department draws a reproducible random sample of
// the active leading cadres (sample.h; seed and population recorded) and adds the cadres
// proposed for promotion (凡提必核). For each member, the handler records discrepancies
// between the declaration and the registry (verification items):
//
//   awaiting_explanation ──cadre explains──▶ explained ──handler proposes──▶ proposed
//                                              ▲                              │ approve
//                                              └──── approver returns ────────┤
//                                                                             ▼
//                                                            approved (consequences recorded)
//
// Who (need-to-know, every rule here, none in the API):
//   - verification.manage (organisation department): rounds, draw, candidates, items,
//     proposed conclusions and consequences, for the people in its data scope;
//   - verification.approve (discipline secretary): reads the items in scope and approves
//     or returns the proposed conclusions — never one it proposed, never its own;
//   - verification.read: both of the above read rounds and items in scope;
//   - the cadre (verification.own): reads only their own items (without the proposal
//     before approval and without return reasons) and enters the explanation;
//   - the three administrators: nothing, whatever their person link.
// An item the caller may not see is kNotFound, exactly as an absent one. A caller who is
// the item's cadre is always only its cadre.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "domain/auth/server_key.h"
#include "store/database.h"

namespace qf::verification {

namespace perm {
inline constexpr const char* kRead = "verification.read";        // rounds and items in scope
inline constexpr const char* kManage = "verification.manage";    // organisation department
inline constexpr const char* kApprove = "verification.approve";  // approves conclusions
inline constexpr const char* kOwn = "verification.own";          // the cadre's own items
inline constexpr const char* kDossier = "dossier.read";          // integrity dossiers in scope
inline constexpr const char* kDossierClues = "dossier.clues";    // the clue part of a dossier
}  // namespace perm

struct Round {
  int64_t id = 0;
  int year = 0;
  int64_t sample_percent = 0;
  std::string seed;  // "" before the draw
  std::vector<int64_t> population;
  int64_t population_count = 0;
  int64_t drawn_count = 0;
  std::optional<int64_t> drawn_at;
  std::string drawn_by_name;
  int64_t created_at = 0;
};

// What an item holds (sealed as one value).
struct ItemContent {
  std::string item;         // declaration form item code
  std::string discrepancy;  // missing | understated | other
  std::string declared;     // what the declaration says
  std::string registry;     // what the registry shows
  std::string explanation;  // the cadre's
  std::string conclusion;   // proposed (proposed) or approved (approved): truthful|omitted|concealed
  std::string basis;        // the handler's basis for the conclusion
  std::string return_reason;
  std::string consequences;
  nlohmann::json to_json() const;
  static ItemContent from_json(const nlohmann::json& j);
};

struct Event {
  std::string action;  // create | explain | propose | approve | return | consequences
  std::string actor_name;
  int64_t at = 0;
};

struct Access {
  bool owner = false;
  bool can_explain = false;
  bool can_propose = false;
  bool can_approve = false;
  bool can_consequences = false;
};

struct Item {
  int64_t id = 0;
  int64_t member_id = 0;
  int64_t round_id = 0;
  int year = 0;
  int64_t person_id = 0;
  std::string person_name;
  std::string department_name;
  std::string form_revision;
  std::string status;
  int64_t created_at = 0, updated_at = 0;
  ItemContent content;  // for the cadre: conclusion only once approved, no return reason
  std::string item_title_zh;  // the form item's number and title
  nlohmann::json suggestion;  // {rule_code, conclusion, rule_zh, rule_en} or null
  std::vector<Event> events;
  Access access;
};

struct Member {
  int64_t id = 0;
  int64_t person_id = 0;
  std::string person_name, employee_no, department_name, position_name;
  bool sampled = false;
  std::optional<int64_t> draw_order;
  bool candidate = false;
  std::string candidate_position;  // opened
  std::vector<Item> items;         // summaries (no events)
  std::string result;  // pending | concealed | omitted | truthful | none (no discrepancy recorded)
};

struct RoundDetail {
  Round round;
  std::vector<Member> members;
};

// The result of a member from its items: pending while one is not approved, else the
// gravest approved conclusion (concealed > omitted > truthful); "none" without items.
std::string member_result(const std::vector<Item>& items);

Result<std::vector<Round>> list_rounds(store::Connection& conn, const auth::Principal& who);
// A round for `year` (2000 … max_year; one per year: kConflict "verification.exists").
Result<int64_t> create_round(store::Connection& conn, const auth::Principal& who, int year, int64_t percent,
                             int max_year, int64_t now);
Result<RoundDetail> get_round(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                              int64_t id);
// Draws the sample once (kConflict "verification.drawn" when already drawn); `seed` ""
// means a new random one. A drawn cadre already a candidate becomes both.
Result<Round> draw_round(store::Connection& conn, const auth::Principal& who, int64_t id, const std::string& seed,
                         int64_t now);
// Adds a candidate proposed for promotion (凡提必核) with the proposed post (sealed).
Result<int64_t> add_candidate(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                              int64_t round_id, int64_t person_id, const std::string& position, int64_t now);

struct Cadre {
  int64_t person_id = 0;
  std::string name, employee_no, department_name, position_name;
};
// Active leading cadres in the caller's scope (verification.read or dossier.read).
Result<std::vector<Cadre>> cadres_in_scope(store::Connection& conn, const auth::Principal& who, const std::string& name);

// Records a discrepancy for a member (verification.manage): item must be a form item,
// discrepancy one of the kinds, declared/registry 1–1000 characters.
Result<int64_t> add_item(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                         int64_t member_id, const ItemContent& in, int64_t now);
// A discrepancy found by the cross-check (a finding turned into an item by the discipline
// committee, findings module): the caller's right comes from the findings module
// (findings.view, checked there); here the member must exist and must not be the caller,
// and the item is checked as in add_item. `insert_item` is their common part.
Result<int64_t> add_item_from_finding(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                      int64_t member_id, const ItemContent& in, int64_t now);
Result<int64_t> insert_item(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                            int64_t member_id, int64_t person_id, const ItemContent& in, int64_t now);
Result<Item> get_item(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key, int64_t id);
Result<Item> explain_item(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key, int64_t id,
                          const std::string& explanation, int64_t now);
Result<Item> propose_conclusion(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                int64_t id, const std::string& conclusion, const std::string& basis, int64_t now);
Result<Item> approve_conclusion(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                int64_t id, int64_t now);
Result<Item> return_conclusion(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               int64_t id, const std::string& reason, int64_t now);
Result<Item> record_consequences(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                 int64_t id, const std::string& consequences, int64_t now);

// The caller's own items (verification.own), latest round first.
Result<std::vector<Item>> my_items(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key);
// How many of the caller's own items await their explanation (0 for administrators).
Result<int64_t> awaiting_explanation(store::Connection& conn, const auth::Principal& who);
// How many items in the caller's scope await approval (verification.approve holders).
Result<int64_t> awaiting_approval(store::Connection& conn, const auth::Principal& who);

// The integrity dossier (廉政档案) of one leading cadre in the caller's scope
// (dossier.read): see docs/modules/verification.md for its parts. The clue part only for
// dossier.clues holders ("clues": null otherwise). kNotFound for anyone else, for a
// person who is not a leading cadre, and for the caller's own person.
Result<nlohmann::json> dossier(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               int64_t person_id);

}  // namespace qf::verification
