#pragma once
// ReportKeys: the keys of one report and who holds them (threat model M1, M4–M6).
// Pure values and functions; the store keeps only the wraps (KeyWrap) and the sealed
// fields (SealedField).
//
//   matter key        report text, attachments, out-of-scope reason
//   identity key      the reporter identity part (optional: absent for anonymous reports)
//   conversation key  messages with the reporter and the closure feedback; ALSO wrapped
//                     for the reporter (query code + password), which is why rotation
//                     re-wraps it but cannot replace it (the server never holds the
//                     reporter's password) — stated in the threat model.
//
// A holder is an enrolled reader (account id) or the recovery key (no account id).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace qf::reports {

enum class KeyPart { kMatter, kIdentity, kConversation, kLink };
std::string_view key_part_code(KeyPart p);
std::optional<KeyPart> key_part_from_code(std::string_view code);

struct ReportKeys {
  std::string matter;
  std::optional<std::string> identity;
  std::string conversation;
  ~ReportKeys();
  ReportKeys() = default;
  ReportKeys(const ReportKeys&) = default;
  ReportKeys& operator=(const ReportKeys&) = default;
  ReportKeys(ReportKeys&&) = default;
  ReportKeys& operator=(ReportKeys&&) = default;
};
ReportKeys new_report_keys(bool with_identity);

// One wrap of one key part for one holder.
struct KeyWrap {
  KeyPart part = KeyPart::kMatter;
  std::optional<int64_t> account_id;  // nullopt = the recovery key
  std::string sealed;                 // crypto_box_seal of the key
};

// A public key entitled to a part.
struct Holder {
  std::optional<int64_t> account_id;  // nullopt = recovery
  std::string public_key;
};

// Wraps `keys` for the holders: matter and conversation for `readers` + recovery;
// identity for `identity_readers` + recovery. A holder may appear in both lists.
std::vector<KeyWrap> wrap_report_keys(const ReportKeys& keys, const std::vector<Holder>& readers,
                                      const std::vector<Holder>& identity_readers, const Holder& recovery);

// Opens the keys available to `secret_key` (the account's or the recovery key) from
// `wraps` of one report. Matter and conversation must open (else kForbidden
// "report.no_key"); the identity key is filled only when a wrap for it opens.
Result<ReportKeys> open_report_keys(const std::vector<KeyWrap>& wraps, std::optional<int64_t> account_id,
                                    const std::string& secret_key);

// One sealed field of a report, opaque to rotation except for its key and label.
struct SealedField {
  std::string ref;        // the store's handle (which row and column)
  KeyPart part = KeyPart::kMatter;  // which key seals it
  std::string label;      // associated-data part label
  std::string sealed;
};

// Rotation (M6): new matter and identity keys, every field under them re-sealed
// (conversation-key fields keep their key, see above). Fails without changing
// anything when a field does not open with the old key.
struct RotatedReport {
  ReportKeys keys;
  std::vector<SealedField> fields;
};
Result<RotatedReport> rotate_report(const std::string& uid, const ReportKeys& old_keys,
                                    const std::vector<SealedField>& fields);

}  // namespace qf::reports
