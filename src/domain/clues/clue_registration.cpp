// 线索登记要素: see clue_registration.h.
#include "domain/clues/clue_registration.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/chinese_text.h"
#include "domain/auth/value_seal.h"
#include "domain/org/data_scope.h"
#include "store/database.h"

namespace qf::clues {
namespace {

constexpr const char* kKdfContext = "qfclue01";
constexpr uint64_t kSubkeyV1 = 1;

struct AuthorityRow { CadreAuthority a; std::string_view code, zh, en; };
constexpr AuthorityRow kAuthorities[] = {
    {CadreAuthority::kLocal, "local", "本级管理", "Managed at this level"},
    {CadreAuthority::kSuperior, "superior", "上级管理", "Managed by the higher level"},
    {CadreAuthority::kOther, "other", "其他", "Other"},
};
struct ClassRow { Classification c; std::string_view code, zh, en; };
constexpr ClassRow kClasses[] = {
    {Classification::kInternal, "internal", "内部", "Internal"},
    {Classification::kSecret, "secret", "秘密", "Secret"},
    {Classification::kConfidential, "confidential", "机密", "Confidential"},
};

std::string associated(int64_t clue_id) {
  return "qf-clue:v1:registration:" + std::to_string(clue_id) + ":reporter";
}

size_t chars(std::string_view s) {
  size_t n = 0;
  for (unsigned char ch : s)
    if ((ch & 0xC0) != 0x80) ++n;
  return n;
}

Error too_long(const std::string& field, const char* zh_name, const char* en_name, size_t max) {
  return Error::invalid("clue.invalid", fmt::format("{}不能超过 {} 个字", zh_name, max),
                        fmt::format("{} must be at most {} characters", en_name, max), field);
}

std::string seal_reporter(const auth::ServerKey& key, int64_t clue_id, const ClueReporter& r) {
  nlohmann::json j = {{"anonymous", r.anonymous}, {"name", r.name}, {"contact", r.contact}};
  return auth::seal_value(key, kKdfContext, kSubkeyV1, associated(clue_id), j.dump());
}

Result<ClueReporter> open_reporter(const auth::ServerKey& key, int64_t clue_id, const std::string& stored) {
  auto plain = auth::open_value(key, kKdfContext, kSubkeyV1, associated(clue_id), stored);
  ClueReporter r;
  if (plain) {
    auto j = nlohmann::json::parse(*plain, nullptr, false);
    if (j.is_object()) {
      r.anonymous = j.value("anonymous", false);
      r.name = j.value("name", std::string());
      r.contact = j.value("contact", std::string());
      return r;
    }
  }
  Error e = Error::make(ErrorKind::kUnavailable, "clue.sealed", "线索举报人信息无法解密，请联系系统管理员核对服务器密钥文件",
                        "The clue's reporter cannot be opened: ask the system administrator to check the server key file");
  e.internal_detail = "clue_registration " + std::to_string(clue_id) + " reporter does not open with the server key";
  return e;
}

}  // namespace

std::string_view authority_code(CadreAuthority a) {
  for (const auto& r : kAuthorities) if (r.a == a) return r.code;
  return "local";
}
std::optional<CadreAuthority> authority_from_code(std::string_view code) {
  for (const auto& r : kAuthorities) if (r.code == code) return r.a;
  return std::nullopt;
}
std::string_view classification_code(Classification c) {
  for (const auto& r : kClasses) if (r.c == c) return r.code;
  return "internal";
}
std::optional<Classification> classification_from_code(std::string_view code) {
  for (const auto& r : kClasses) if (r.code == code) return r.c;
  return std::nullopt;
}
std::string_view classification_label_zh(Classification c) {
  for (const auto& r : kClasses) if (r.c == c) return r.zh;
  return "";
}

std::vector<DictionaryTable> registration_dictionaries() {
  DictionaryTable a{"clue.cadre_authority", "干部管理权限", "Cadre management authority", {}};
  int i = 0;
  for (const auto& r : kAuthorities) a.items.push_back({std::string(r.code), std::string(r.zh), std::string(r.en), ++i, ""});
  DictionaryTable c{"clue.classification", "密级", "Classification", {}};
  i = 0;
  for (const auto& r : kClasses) c.items.push_back({std::string(r.code), std::string(r.zh), std::string(r.en), ++i, ""});
  return {a, c};
}

Status validate_registration(ClueRegistration& r, ClueSource source) {
  r.source_document = std::string(text::trim(r.source_document));
  if (chars(r.source_document) > kMaxSourceDocumentChars)
    return too_long("source_document", "来源文号/转办单号", "The source document number", kMaxSourceDocumentChars);
  if (source == ClueSource::kReferralFromAbove && r.source_document.empty())
    return Error::invalid("clue.required", "上级转办的线索须填写来源文号/转办单号",
                          "A clue referred from above needs the source document (referral) number", "source_document");
  if (r.reporter) {
    ClueReporter& p = *r.reporter;
    p.name = std::string(text::trim(p.name));
    p.contact = std::string(text::trim(p.contact));
    if (p.anonymous) {
      if (!p.name.empty() || !p.contact.empty())
        return Error::invalid("clue.invalid", "匿名举报不应填写举报人姓名或联系方式",
                              "An anonymous reporter has no name or contact", "reporter.name");
    } else {
      if (p.name.empty())
        return Error::invalid("clue.required", "请填写举报人姓名，或选择“匿名”",
                              "Fill in the reporter's name, or choose anonymous", "reporter.name");
      if (chars(p.name) > kMaxReporterNameChars)
        return too_long("reporter.name", "举报人姓名", "The reporter's name", kMaxReporterNameChars);
      if (chars(p.contact) > kMaxReporterContactChars)
        return too_long("reporter.contact", "举报人联系方式", "The reporter's contact", kMaxReporterContactChars);
    }
  }
  return {};
}

bool must_report_up(const ClueRegistration& r) { return r.cadre_authority == CadreAuthority::kSuperior; }

Status save_registration(store::Connection& conn, const auth::ServerKey* key, int64_t clue_id,
                         const ClueRegistration& r, int64_t actor, int64_t now_ms) {
  if (r.reporter && !key) return Error::internal("clue registration: the server key is needed to seal the reporter");
  store::Params p{clue_id,
                  r.source_document,
                  r.reporter ? store::Value(seal_reporter(*key, clue_id, *r.reporter)) : store::Value(nullptr),
                  r.cadre_authority ? store::Value(std::string(authority_code(*r.cadre_authority)))
                                    : store::Value(nullptr),
                  std::string(classification_code(r.classification)),
                  actor,
                  now_ms};
  QF_TRY_STATUS(conn.execute(store::sql(conn, "clues/registration_upsert"), p));
  return {};
}

Result<RegistrationRow> registration_row(store::Connection& conn, int64_t clue_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "clues/registration_get"), {clue_id}));
  RegistrationRow out;
  if (rs.empty()) return out;
  out.present = true;
  out.has_reporter = !rs.front().is_null("reporter_sealed");
  return out;
}

Result<std::optional<ClueRegistration>> load_registration(store::Connection& conn, const auth::ServerKey* key,
                                                          int64_t clue_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "clues/registration_get"), {clue_id}));
  if (rs.empty()) return std::optional<ClueRegistration>{};
  const auto& row = rs.front();
  ClueRegistration r;
  r.source_document = row.text("source_document");
  if (!row.is_null("cadre_authority")) r.cadre_authority = authority_from_code(row.text("cadre_authority"));
  r.classification = classification_from_code(row.text("classification")).value_or(Classification::kInternal);
  if (!row.is_null("reporter_sealed")) {
    if (!key) return Error::internal("clue registration: the server key is needed to open the reporter");
    QF_TRY(ClueReporter rep, open_reporter(*key, clue_id, row.text("reporter_sealed")));
    r.reporter = std::move(rep);
  }
  return std::optional<ClueRegistration>(std::move(r));
}

Result<std::vector<std::pair<int64_t, std::string>>> classifications_of(store::Connection& conn,
                                                                        const std::vector<int64_t>& clue_ids) {
  std::vector<std::pair<int64_t, std::string>> out;
  for (size_t at = 0; at < clue_ids.size(); at += 200) {
    store::Params ids;
    std::string list;
    for (size_t i = at; i < clue_ids.size() && i < at + 200; ++i) {
      ids.emplace_back(clue_ids[i]);
      list += list.empty() ? "?" : ",?";
    }
    QF_TRY(auto rs, conn.query(org::splice(store::sql(conn, "clues/registration_classes"), "/*IDS*/", list), ids));
    for (const auto& r : rs) out.emplace_back(r.i64("clue_id"), r.text("classification"));
  }
  return out;
}

Result<int64_t> reseal_clue_reporters(store::Connection& conn, const auth::ServerKey& old_key,
                                      const auth::ServerKey& new_key) {
  int64_t n = 0;
  QF_TRY(auto rs, conn.query(store::sql(conn, "clues/registration_sealed")));
  for (const auto& r : rs) {
    const int64_t id = r.i64("clue_id");
    QF_TRY(ClueReporter rep, open_reporter(old_key, id, r.text("reporter_sealed")));
    QF_TRY_STATUS(conn.execute(store::sql(conn, "clues/registration_reseal"), {seal_reporter(new_key, id, rep), id}));
    ++n;
  }
  return n;
}

}  // namespace qf::clues
