#pragma once
// Co-construction with partner units (廉政共建): partner units and their agreements,
// their public keys, the integrity notices exchanged both ways as signed files, joint
// trainings and return visits with feedback. Store functions run in the caller's
// transaction. Who may call what is the route's permission (api/coop_api.cpp):
// coop.read (the Party secretary and the discipline committee) reads everything here,
// coop.manage (the discipline committee) changes it; the three administrators hold
// neither and reach nothing. Notice files and visit comments are sealed at rest
// (notice_file.h: kSealContext, auth::seal_value), so a database dump does not reveal them.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/auth/server_key.h"
#include "domain/coop/notice_file.h"
#include "store/database.h"

namespace qf::coop {

inline constexpr std::string_view kCoopRead = "coop.read";
inline constexpr std::string_view kCoopManage = "coop.manage";

// The dictionaries: coop.partner_status, coop.feedback_item.
void register_coop_dictionaries();

// 合作单位 and its 共建协议.
struct PartnerInput {
  std::string name, contact_name, contact_phone;
  std::string agreement_no, agreement_signed_on, agreement_start, agreement_end, agreement_summary;
  std::string status;  // active | suspended | ended (dictionary coop.partner_status)
};
struct Partner {
  int64_t id = 0;
  PartnerInput fields;
  std::optional<std::string> public_key;  // base64
  std::optional<std::string> key_fingerprint;
  std::optional<int64_t> key_registered_at;
  int64_t keys_replaced = 0;  // how many earlier keys were retired
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> archived_at;
  std::string archive_reason;
};
Result<std::vector<Partner>> list_partners(store::Connection& c, bool include_archived);
// kNotFound "coop.partner_not_found" when absent.
Result<Partner> get_partner(store::Connection& c, int64_t id);
Result<int64_t> create_partner(store::Connection& c, const PartnerInput& in, int64_t by, int64_t now_ms);
Status update_partner(store::Connection& c, int64_t id, const PartnerInput& in, int64_t now_ms);
Status archive_partner(store::Connection& c, int64_t id, const std::string& reason, int64_t now_ms);

// Registers the partner's public key. The first registration needs no reason; replacing
// a registered key needs `replace` true and a reason (the caller audits it), and retires
// the old key. Refused (kConflict "coop.key.in_use") when another partner holds the key.
struct KeyChange {
  std::optional<std::string> old_fingerprint;
  std::string new_fingerprint;
};
Result<KeyChange> register_key(store::Connection& c, int64_t partner_id, const std::string& key_text, bool replace,
                               const std::string& reason, int64_t by, int64_t now_ms);

// 廉政信息通报.
struct Notice {
  int64_t id = 0;
  int64_t partner_id = 0;
  std::string partner_name;
  std::string direction;  // out | in
  std::string notice_no, issued_on, signed_at, signer_unit, signer_fingerprint, file_sha256;
  NoticePayload payload;  // opened from the sealed file
  int64_t created_at = 0;
};
struct OutgoingNotice {
  std::string title, body, issued_on;
};
// Signs and stores an outgoing notice (numbered 〔YYYY〕廉政通报第N号 per year of issue):
// the returned notice's file (notice_file) is what the bureau sends.
Result<int64_t> create_outgoing(store::Connection& c, const auth::ServerKey& server_key, const std::string& unit_name,
                                int64_t partner_id, const OutgoingNotice& in, const std::string& signed_at, int64_t by,
                                int64_t now_ms);
// Verifies `file` against the partner's registered key and stores it; every refusal
// leaves nothing stored (see notice_file.h for the codes; in addition
// coop.key.unregistered, coop.signature.wrong_partner when the file verifies with
// another partner's key, coop.notice.duplicate when this very file is already stored).
Result<int64_t> receive_notice(store::Connection& c, const auth::ServerKey& server_key, int64_t partner_id,
                               std::string_view file, int64_t by, int64_t now_ms);
struct NoticeQuery {
  std::optional<int64_t> partner_id;
  std::optional<std::string> direction;
  int64_t offset = 0, limit = 20;
};
Result<std::pair<std::vector<Notice>, int64_t>> list_notices(store::Connection& c, const auth::ServerKey& server_key,
                                                             const NoticeQuery& q);
Result<Notice> get_notice(store::Connection& c, const auth::ServerKey& server_key, int64_t id);
// The signed file as stored (byte for byte what was sent or received).
Result<std::string> notice_file(store::Connection& c, const auth::ServerKey& server_key, int64_t id);

// 联合培训 and 研讨交流: kind "training" (廉政教育联合培训) or "seminar" (纪检业务研讨交流).
struct Training {
  int64_t id = 0, partner_id = 0;
  std::string kind = "training";
  std::string partner_name, held_on, topic, place;
  std::vector<std::string> our_participants, partner_participants;
  int64_t created_at = 0;
};
Result<int64_t> create_training(store::Connection& c, const Training& in, int64_t by, int64_t now_ms);
Result<std::vector<Training>> list_trainings(store::Connection& c, std::optional<int64_t> partner_id);

// 回访 and its feedback form: a score 1..5 for each item of coop.feedback_item.
struct Visit {
  int64_t id = 0, partner_id = 0;
  std::string partner_name, visited_on, visitors, interviewees, comments;
  std::map<std::string, int> scores;
  int64_t created_at = 0;
};
Result<int64_t> create_visit(store::Connection& c, const auth::ServerKey& server_key, const Visit& in, int64_t by,
                             int64_t now_ms);
Result<std::vector<Visit>> list_visits(store::Connection& c, const auth::ServerKey& server_key,
                                       std::optional<int64_t> partner_id);

// The results per partner: visits, the average score per item and overall, the last
// visit, trainings and notices each way.
struct PartnerSummary {
  int64_t partner_id = 0;
  std::string partner_name;
  int64_t visits = 0, trainings = 0, notices_out = 0, notices_in = 0;
  std::map<std::string, double> average_by_item;
  std::optional<double> average;
  std::string last_visit_on;
};
Result<std::vector<PartnerSummary>> summary(store::Connection& c);

// For `qingfeng security rotate-key` (cmd_security.cpp, in the rotation's one
// transaction): every sealed notice file and visit comment opened with `old_key` and
// sealed again with `new_key`; refused with nothing written when one does not open.
// Returns the number of values sealed again. (The bureau's signing key, derived from the
// server key, changes with the rotation: docs/modules/coop.md.)
Result<int64_t> reseal_coop(store::Connection& c, const auth::ServerKey& old_key, const auth::ServerKey& new_key);

}  // namespace qf::coop
