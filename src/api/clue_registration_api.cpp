// The registration elements of a clue (来源文号/转办单号, 举报人, 干部管理权限, 密级): the
// body reader and detail block used by clues_api.cpp (clue_registration_fields.h), and
// PUT /clues/{id}/registration — the correction of those elements while the clue is
// still 已登记, by its handler or the discipline secretary. Same need-to-know as every
// clue route: an invisible clue answers 404 clue.not_found like an absent one. Audited
// without the reporter (the audit log holds no clue content).
#include <fmt/format.h>

#include <algorithm>

#include "api/api.h"
#include "api/clue_registration_fields.h"
#include "api/request_fields.h"
#include "domain/auth/permissions.h"
#include "domain/auth/server_key.h"
#include "domain/clues/clue_store.h"
#include "domain/dictionary/dictionary.h"

namespace qf::api {

using namespace qf::clues;

namespace {

Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("clue.invalid", zh, en, field);
}

Result<auth::ServerKey> clue_key(const SecurityConfig& sec) {
  auto key = auth::load_server_key(sec.secret_key_file);
  if (key.ok()) return key;
  Error e = Error::make(ErrorKind::kUnavailable, "clue.key", "服务器密钥文件不可用，无法读写线索举报人信息",
                        "The server key file is unavailable: the clue's reporter cannot be read or written");
  e.internal_detail = key.error().message_zh + " / " + key.error().message_en;
  return e;
}

}  // namespace

Result<ClueRegistration> registration_of_body(const nlohmann::json& b, ClueSource source) {
  ClueRegistration r;
  if (auto it = b.find("source_document"); it != b.end() && !it->is_null()) {
    if (!it->is_string()) return bad("source_document", "来源文号/转办单号应为文字", "source_document must be text");
    r.source_document = it->get<std::string>();
  }
  if (auto it = b.find("reporter"); it != b.end() && !it->is_null()) {
    if (!it->is_object()) return bad("reporter", "举报人应为对象", "reporter must be an object");
    ClueReporter p;
    if (auto a = it->find("anonymous"); a != it->end() && !a->is_null()) {
      if (!a->is_boolean()) return bad("reporter.anonymous", "reporter.anonymous 应为是或否", "reporter.anonymous must be true or false");
      p.anonymous = a->get<bool>();
    }
    for (const char* k : {"name", "contact"}) {
      auto f = it->find(k);
      if (f == it->end() || f->is_null()) continue;
      if (!f->is_string())
        return bad(std::string("reporter.") + k, fmt::format("reporter.{} 应为文字", k), fmt::format("reporter.{} must be text", k));
      (std::string(k) == "name" ? p.name : p.contact) = f->get<std::string>();
    }
    r.reporter = std::move(p);
  }
  const std::string authority = text_field(b, "cadre_authority");
  if (!authority.empty()) {
    auto a = authority_from_code(authority);
    if (!a)
      return bad("cadre_authority", fmt::format("干部管理权限“{}”不在字典 clue.cadre_authority 中", authority),
                 fmt::format("cadre_authority \"{}\" is not in the dictionary clue.cadre_authority", authority));
    r.cadre_authority = *a;
  }
  const std::string cls = text_field(b, "classification");
  if (!cls.empty()) {
    auto c = classification_from_code(cls);
    if (!c)
      return bad("classification", fmt::format("密级“{}”不在字典 clue.classification 中", cls),
                 fmt::format("classification \"{}\" is not in the dictionary clue.classification", cls));
    r.classification = *c;
  }
  QF_TRY_STATUS(validate_registration(r, source));
  return r;
}

Status store_registration(store::Connection& conn, const SecurityConfig& sec, int64_t clue_id,
                          const ClueRegistration& r, int64_t actor, int64_t now_ms) {
  if (!r.reporter) return save_registration(conn, nullptr, clue_id, r, actor, now_ms);
  QF_TRY(auth::ServerKey key, clue_key(sec));
  return save_registration(conn, &key, clue_id, r, actor, now_ms);
}

Result<nlohmann::json> registration_json(store::Connection& conn, const SecurityConfig& sec, int64_t clue_id) {
  QF_TRY(RegistrationRow row, registration_row(conn, clue_id));
  std::optional<ClueRegistration> reg;
  if (row.has_reporter) {
    QF_TRY(auth::ServerKey key, clue_key(sec));
    QF_TRY(reg, load_registration(conn, &key, clue_id));
  } else if (row.present) {
    QF_TRY(reg, load_registration(conn, nullptr, clue_id));
  }
  if (!reg)
    return nlohmann::json{{"source_document", ""},
                          {"reporter", nullptr},
                          {"cadre_authority", nullptr},
                          {"classification", nullptr},
                          {"report_up", false}};
  nlohmann::json rep = nullptr;
  if (reg->reporter)
    rep = {{"anonymous", reg->reporter->anonymous}, {"name", reg->reporter->name}, {"contact", reg->reporter->contact}};
  return nlohmann::json{
      {"source_document", reg->source_document},
      {"reporter", rep},
      {"cadre_authority", reg->cadre_authority ? nlohmann::json(std::string(authority_code(*reg->cadre_authority)))
                                               : nlohmann::json(nullptr)},
      {"classification", std::string(classification_code(reg->classification))},
      {"report_up", must_report_up(*reg)}};
}

namespace {

void register_clue_registration(Routes& routes, AppContext&) {
  for (const DictionaryTable& t : registration_dictionaries()) {
    dictionary::Dictionary d;
    d.name = t.name;
    d.title_zh = t.title_zh;
    d.title_en = t.title_en;
    for (const DictionaryItem& i : t.items) d.entries.push_back({i.code, i.label_zh, i.label_en, i.sort});
    dictionary::register_dictionary(std::move(d));
  }

  routes.put(
      "/clues/{id}/registration",
      RouteSpec{"修改线索登记要素（已登记状态，承办人或纪委书记）",
                "Correct a clue's registration elements (while registered; handler or discipline secretary)",
                std::string(auth::perm::kClueHandle), "clue.registration",
                R"({"source_document":"中纪发〔2026〕12号","reporter":{"anonymous":true},"cadre_authority":"local","classification":"secret"})"},
      [](Call& c) -> Result<nlohmann::json> {
        QF_TRY(int64_t id, c.id_param());
        QF_TRY(nlohmann::json b, c.body());
        c.audit_object_type = "clue";
        c.audit_object_id = std::to_string(id);
        return c.tx([&](store::Connection& conn) -> Result<nlohmann::json> {
          QF_TRY(bool visible, can_see_clue(conn, c.who(), id));
          if (!visible) return Error::make(ErrorKind::kNotFound, "clue.not_found", "线索不存在", "Clue not found");
          QF_TRY(StoredClue s, load_clue(conn, id));
          QF_TRY(auto parts, parts_of(conn, c.who(), id));
          const bool may = std::any_of(parts.begin(), parts.end(), [](ClueActorRole p) {
            return p == ClueActorRole::kHandler || p == ClueActorRole::kDisciplineSecretary;
          });
          if (!may)
            return Error::make(ErrorKind::kForbidden, "clue.transition.role", "只有承办人或纪委书记可以修改登记要素",
                               "Only the handler or the discipline secretary may correct the registration", "as");
          if (s.clue.state != ClueState::kRegistered)
            return Error::make(ErrorKind::kConflict, "clue.registration_locked",
                               fmt::format("线索当前状态为“{}”，登记要素只能在“已登记”状态下修改", label_zh(s.clue.state)),
                               fmt::format("The clue is in state \"{}\"; the registration can be corrected only while it is registered",
                                           label_en(s.clue.state)),
                               "state");
          QF_TRY(ClueRegistration r, registration_of_body(b, s.clue.source));
          QF_TRY_STATUS(store_registration(conn, c.app.config.security, id, r, c.who().account_id, c.now_ms()));
          c.audit_summary = fmt::format("修改线索 {} 登记要素（密级 {}）", s.clue.number, classification_code(r.classification));
          return registration_json(conn, c.app.config.security, id);
        });
      });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_clue_registration);
