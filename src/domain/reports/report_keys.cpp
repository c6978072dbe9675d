// Wrapping, opening and rotating the keys of one report.
#include "domain/reports/report_keys.h"

#include "domain/reports/report_crypto.h"

namespace qf::reports {

std::string_view key_part_code(KeyPart p) {
  switch (p) {
    case KeyPart::kMatter: return "matter";
    case KeyPart::kIdentity: return "identity";
    case KeyPart::kConversation: return "conversation";
    case KeyPart::kLink: return "link";
  }
  return "matter";
}

std::optional<KeyPart> key_part_from_code(std::string_view code) {
  for (KeyPart p : {KeyPart::kMatter, KeyPart::kIdentity, KeyPart::kConversation, KeyPart::kLink})
    if (key_part_code(p) == code) return p;
  return std::nullopt;
}

ReportKeys::~ReportKeys() {
  wipe(matter);
  if (identity) wipe(*identity);
  wipe(conversation);
}

ReportKeys new_report_keys(bool with_identity) {
  ReportKeys k;
  k.matter = new_data_key();
  if (with_identity) k.identity = new_data_key();
  k.conversation = new_data_key();
  return k;
}

std::vector<KeyWrap> wrap_report_keys(const ReportKeys& keys, const std::vector<Holder>& readers,
                                      const std::vector<Holder>& identity_readers, const Holder& recovery) {
  std::vector<KeyWrap> out;
  auto add = [&](const Holder& h, KeyPart part, const std::string& key) {
    out.push_back(KeyWrap{part, h.account_id, wrap_for(h.public_key, key)});
  };
  std::vector<Holder> all = readers;
  all.push_back(recovery);
  for (const auto& h : all) {
    add(h, KeyPart::kMatter, keys.matter);
    add(h, KeyPart::kConversation, keys.conversation);
  }
  if (keys.identity) {
    std::vector<Holder> ids = identity_readers;
    ids.push_back(recovery);
    for (const auto& h : ids) add(h, KeyPart::kIdentity, *keys.identity);
  }
  return out;
}

Result<ReportKeys> open_report_keys(const std::vector<KeyWrap>& wraps, std::optional<int64_t> account_id,
                                    const std::string& secret_key) {
  ReportKeys k;
  bool matter = false, conversation = false;
  for (const auto& w : wraps) {
    if (w.account_id != account_id) continue;
    auto key = unwrap_with(secret_key, w.sealed);
    if (!key.ok()) continue;
    switch (w.part) {
      case KeyPart::kMatter: k.matter = std::move(*key); matter = true; break;
      case KeyPart::kIdentity: k.identity = std::move(*key); break;
      case KeyPart::kConversation: k.conversation = std::move(*key); conversation = true; break;
      case KeyPart::kLink: break;
    }
  }
  if (!matter || !conversation)
    return Error::make(ErrorKind::kForbidden, "report.no_key", "您的密钥无法打开此举报（未被授权阅读）",
                       "Your key cannot open this report (not authorised to read it)");
  return k;
}

Result<RotatedReport> rotate_report(const std::string& uid, const ReportKeys& old_keys,
                                    const std::vector<SealedField>& fields) {
  RotatedReport r;
  r.keys = new_report_keys(old_keys.identity.has_value());
  r.keys.conversation = old_keys.conversation;
  for (const auto& f : fields) {
    const std::string* old_key = nullptr;
    const std::string* new_key = nullptr;
    switch (f.part) {
      case KeyPart::kMatter: old_key = &old_keys.matter; new_key = &r.keys.matter; break;
      case KeyPart::kIdentity:
        if (!old_keys.identity) return Error::internal("rotate_report: identity field without identity key");
        old_key = &*old_keys.identity;
        new_key = &*r.keys.identity;
        break;
      case KeyPart::kConversation: r.fields.push_back(f); continue;
      case KeyPart::kLink: return Error::internal("rotate_report: link field in a report");
    }
    QF_TRY(std::string plain, open_part(*old_key, uid, f.label, f.sealed));
    SealedField n = f;
    n.sealed = seal_part(*new_key, uid, f.label, plain);
    wipe(plain);
    r.fields.push_back(std::move(n));
  }
  return r;
}

}  // namespace qf::reports
