#pragma once
// 线索登记要素 (issue 15 item 10): what a registration sheet records beside the clue
// itself — 来源文号/转办单号 (the source document's number), 举报人 (the reporter: name
// and contact, or anonymous), 干部管理权限 (whether the cadre reported on is managed by
// this level, by the higher level, or otherwise) and 密级 (内部/秘密/机密).
//
// Stored in clue_registration (migration 0036), one row per clue. The reporter is
// SEALED at rest with a subkey of the server key (domain/auth/value_seal.h, context
// "qfclue01", associated data "qf-clue:v1:registration:<clue id>:reporter"): a database
// dump or backup without the key file does not name the reporter, and a sealed value
// copied onto another clue does not open. The other three are plain (codes and a
// document number that the register and exports show).
//
// Nothing here checks who may see the clue: callers check visibility first (an
// invisible clue answers like an absent one) and never put the reporter into lists.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/auth/server_key.h"
#include "domain/clues/clue_enums.h"

namespace qf::store { class Connection; }

namespace qf::clues {

// 干部管理权限: local 本级管理, superior 上级管理, other 其他.
enum class CadreAuthority { kLocal, kSuperior, kOther };
// 密级: internal 内部, secret 秘密, confidential 机密 (ascending).
enum class Classification { kInternal, kSecret, kConfidential };

std::string_view authority_code(CadreAuthority a);
std::optional<CadreAuthority> authority_from_code(std::string_view code);
std::string_view classification_code(Classification c);
std::optional<Classification> classification_from_code(std::string_view code);
std::string_view classification_label_zh(Classification c);
// The dictionaries clue.cadre_authority and clue.classification.
std::vector<DictionaryTable> registration_dictionaries();

// 举报人. anonymous = 匿名 (then name and contact are empty).
struct ClueReporter {
  bool anonymous = false;
  std::string name;
  std::string contact;
};

struct ClueRegistration {
  std::string source_document;                  // 来源文号 / 转办单号; may be empty
  std::optional<ClueReporter> reporter;         // absent = not recorded
  std::optional<CadreAuthority> cadre_authority;  // absent = not recorded (clues of earlier versions)
  Classification classification = Classification::kInternal;
};

inline constexpr size_t kMaxSourceDocumentChars = 100;
inline constexpr size_t kMaxReporterNameChars = 50;
inline constexpr size_t kMaxReporterContactChars = 200;

// Checks the values (trimmed) against the rules; refusals are kInvalid "clue.invalid"
// (or "clue.required") naming the field (source_document, reporter.name, …):
// - source_document at most 100 characters; REQUIRED when the source is 上级转办
//   (referral_from_above): a referred clue always comes with its 转办单号;
// - reporter: anonymous with a name or contact is refused; not anonymous needs a name
//   (≤ 50 characters); contact ≤ 200 characters.
Status validate_registration(ClueRegistration& r, ClueSource source);

// The warning a mature register gives: a clue about a cadre the higher level manages
// must be reported to the higher discipline commission (按干部管理权限向上级纪委报告).
bool must_report_up(const ClueRegistration& r);

// ---- storage ------------------------------------------------------------------------

// Writes (insert or replace) the registration of `clue_id`, sealing the reporter with
// `key` (needed only when there is a reporter).
Status save_registration(store::Connection& conn, const auth::ServerKey* key, int64_t clue_id,
                         const ClueRegistration& r, int64_t actor, int64_t now_ms);
// Whether the clue has a registration row and whether that row holds a sealed reporter
// (so that callers load the server key only when there is something to open).
struct RegistrationRow {
  bool present = false;
  bool has_reporter = false;
};
Result<RegistrationRow> registration_row(store::Connection& conn, int64_t clue_id);
// The registration of `clue_id` (nullopt when none was recorded), the reporter opened
// with `key` (required when the row holds a sealed reporter; kUnavailable
// "clue.sealed" when it does not open).
Result<std::optional<ClueRegistration>> load_registration(store::Connection& conn, const auth::ServerKey* key,
                                                          int64_t clue_id);
// Classification codes of several clues (absent = no row), for the register export.
Result<std::vector<std::pair<int64_t, std::string>>> classifications_of(store::Connection& conn,
                                                                        const std::vector<int64_t>& clue_ids);

// For `qingfeng security rotate-key`: every sealed reporter opened with the old key and
// sealed again with the new one, in `conn`'s transaction; returns how many.
Result<int64_t> reseal_clue_reporters(store::Connection& conn, const auth::ServerKey& old_key,
                                      const auth::ServerKey& new_key);

}  // namespace qf::clues
