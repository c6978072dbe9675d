// Co-construction with partner units (廉政共建, /api/v1/coop…, docs/modules/coop.md):
// partner units and their agreements, their Ed25519 public keys (registered once;
// replacing one is its own audited action), the two-way integrity notices exchanged as
// signed files (outgoing: signed with the bureau's key, derived from the server key file
// outside the database; incoming: verified against the partner's registered key and
// refused — nothing stored — when the signature does not verify), joint trainings and
// return visits with their feedback form, and the results per partner.
// coop.read: the Party secretary and the discipline committee; coop.manage: the
// discipline committee. The three administrators hold neither (refused at start-up if
// one were granted) and get the framework's 403 on every route, for any id.
//
// One named handler per endpoint; the registration at the end is the route table.
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <vector>

#include "api/api.h"
#include "core/calendar.h"
#include "api/request_fields.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/coop/coop_store.h"
#include "domain/dictionary/dictionary.h"

using qf::auth::Role;
QF_REGISTER_PERMISSION("coop.read", "查看廉政共建（合作单位、双向通报、联合培训、回访）",
                       "Read co-construction (partner units, notices, trainings, return visits)",
                       Role::kPartySecretary, Role::kDisciplineSecretary, Role::kDisciplineMember);
QF_REGISTER_PERMISSION("coop.manage", "管理廉政共建：登记合作单位与公钥、收发签名通报、登记培训与回访",
                       "Manage co-construction: partners and keys, signed notices, trainings, return visits",
                       Role::kDisciplineSecretary, Role::kDisciplineMember);

namespace qf::api {
namespace {

namespace co = qf::coop;

Result<auth::ServerKey> server_key(const Call& c) {
  auto key = auth::load_server_key(c.app.config.security.secret_key_file);
  if (key.ok()) return key;
  Error e = Error::make(ErrorKind::kUnavailable, "coop.key_file", "服务器密钥文件不可用，无法签名、校验或读取廉政共建通报",
                        "The server key file is unavailable: co-construction notices cannot be signed, checked or read");
  e.internal_detail = key.error().message_zh + " / " + key.error().message_en;
  return e;
}

Result<json> object_body(const Call& c) {
  QF_TRY(json b, c.body());
  if (!b.is_object())
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  return b;
}

json opt_text(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
json opt_date(const std::string& v) { return v.empty() ? json(nullptr) : json(v); }

// The stored key (Ed25519 base64 or SM2 PEM, coop::stored_key_text) read back.
json key_algorithm_of(const std::optional<std::string>& stored) {
  if (!stored) return nullptr;
  auto k = co::parse_public_key(*stored, "public_key");
  return k.ok() ? json(co::algorithm_name(k->algorithm)) : json(nullptr);
}
json key_pem_of(const std::optional<std::string>& stored) {
  if (!stored) return nullptr;
  auto k = co::parse_public_key(*stored, "public_key");
  return k.ok() ? json(co::public_key_pem(*k)) : json(nullptr);
}

json partner_json(const co::Partner& p) {
  return json{{"id", p.id},
              {"name", p.fields.name},
              {"contact_name", p.fields.contact_name},
              {"contact_phone", p.fields.contact_phone},
              {"agreement_no", p.fields.agreement_no},
              {"agreement_signed_on", opt_date(p.fields.agreement_signed_on)},
              {"agreement_start", opt_date(p.fields.agreement_start)},
              {"agreement_end", opt_date(p.fields.agreement_end)},
              {"agreement_summary", p.fields.agreement_summary},
              {"status", p.fields.status},
              {"status_label_zh", dictionary::label_zh("coop.partner_status", p.fields.status)},
              {"public_key", opt_text(p.public_key)},
              {"key_algorithm", key_algorithm_of(p.public_key)},
              {"public_key_pem", key_pem_of(p.public_key)},
              {"key_fingerprint", opt_text(p.key_fingerprint)},
              {"key_registered_at", nullable(p.key_registered_at)},
              {"keys_replaced", p.keys_replaced},
              {"archived", p.archived_at.has_value()},
              {"archive_reason", p.archive_reason},
              {"created_at", p.created_at},
              {"updated_at", p.updated_at}};
}

json notice_json(const co::Notice& n, bool with_body) {
  json j{{"id", n.id},
         {"partner_id", n.partner_id},
         {"partner_name", n.partner_name},
         {"direction", n.direction},
         {"notice_no", n.notice_no},
         {"title", n.payload.title},
         {"from_unit", n.payload.from_unit},
         {"to_unit", n.payload.to_unit},
         {"issued_on", n.issued_on},
         {"signed_at", n.signed_at},
         {"signer_unit", n.signer_unit},
         {"signer_fingerprint", n.signer_fingerprint},
         {"file_sha256", n.file_sha256},
         {"created_at", n.created_at}};
  if (with_body) j["body"] = n.payload.body;
  return j;
}

json training_json(const co::Training& t) {
  return json{{"id", t.id},
              {"partner_id", t.partner_id},
              {"partner_name", t.partner_name},
              {"kind", t.kind},
              {"held_on", t.held_on},
              {"topic", t.topic},
              {"place", t.place},
              {"our_participants", t.our_participants},
              {"partner_participants", t.partner_participants},
              {"created_at", t.created_at}};
}

json visit_json(const co::Visit& v) {
  json scores = json::object();
  for (const auto& [k, s] : v.scores) scores[k] = s;
  return json{{"id", v.id},
              {"partner_id", v.partner_id},
              {"partner_name", v.partner_name},
              {"visited_on", v.visited_on},
              {"visitors", v.visitors},
              {"interviewees", v.interviewees},
              {"comments", v.comments},
              {"scores", std::move(scores)},
              {"created_at", v.created_at}};
}

co::PartnerInput partner_input(const json& b) {
  co::PartnerInput in;
  in.name = text_field(b, "name");
  in.contact_name = text_field(b, "contact_name");
  in.contact_phone = text_field(b, "contact_phone");
  in.agreement_no = text_field(b, "agreement_no");
  in.agreement_signed_on = text_field(b, "agreement_signed_on");
  in.agreement_start = text_field(b, "agreement_start");
  in.agreement_end = text_field(b, "agreement_end");
  in.agreement_summary = text_field(b, "agreement_summary");
  in.status = text_field(b, "status");
  return in;
}

Result<std::vector<std::string>> names_field(const json& b, const char* key) {
  std::vector<std::string> out;
  auto it = b.find(key);
  if (it == b.end() || it->is_null()) return out;
  if (it->is_string()) {
    std::string s = it->get<std::string>(), line;
    for (char ch : s + "\n") {
      if (ch == '\n') {
        if (!line.empty()) out.push_back(line);
        line.clear();
      } else if (ch != '\r') {
        line += ch;
      }
    }
    return out;
  }
  if (!it->is_array())
    return Error::invalid("coop.invalid", fmt::format("{} 应为姓名列表", key), fmt::format("{} must be a list of names", key),
                          key);
  for (size_t k = 0; k < it->size(); ++k) {
    if (!(*it)[k].is_string())
      return Error::invalid("coop.invalid", fmt::format("{} 第 {} 项应为姓名", key, k + 1),
                            fmt::format("{}[{}] must be a name", key, k), fmt::format("{}[{}]", key, k));
    out.push_back((*it)[k].get<std::string>());
  }
  return out;
}

// GET /coop/bureau-key
Result<json> get_bureau_key(Call& c) {
  QF_TRY(auth::ServerKey sk, server_key(c));
  const co::SigningKey k = co::bureau_signing_key(sk);
  const co::SigningKey sm = co::bureau_sm2_signing_key(sk);
  return json{{"unit_name", c.app.config.org.unit_name},
              {"algorithm", "Ed25519"},
              {"public_key", co::public_key_base64(k.public_key)},
              {"public_key_pem", co::public_key_pem(k.public_key)},
              {"fingerprint", co::fingerprint(k.public_key)},
              {"sm2", json{{"algorithm", "SM2"},
                           {"public_key_pem", co::public_key_pem(sm.public_key)},
                           {"fingerprint", co::fingerprint(sm.public_key)}}}};
}

// GET /coop/partners
Result<std::pair<json, int64_t>> list_partners(Call& c) {
  QF_TRY(auto archived, query_bool(c, "archived"));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, co::list_partners(lease.get(), archived.value_or(false)));
  json items = json::array();
  for (const auto& p : rows) items.push_back(partner_json(p));
  return std::make_pair(std::move(items), static_cast<int64_t>(rows.size()));
}

// GET /coop/partners/{id}
Result<json> get_partner(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(co::Partner p, co::get_partner(lease.get(), id));
  return partner_json(p);
}

// POST /coop/partners
Result<json> create_partner(Call& c) {
  QF_TRY(json b, object_body(c));
  const co::PartnerInput in = partner_input(b);
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t id, co::create_partner(conn, in, c.who().account_id, c.now_ms()));
    QF_TRY(co::Partner p, co::get_partner(conn, id));
    c.audit_object_type = "coop_partner";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("登记廉政共建合作单位 {}（协议 {}）", p.fields.name, p.fields.agreement_no);
    return partner_json(p);
  });
}

// PUT /coop/partners/{id}
Result<json> update_partner(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  const co::PartnerInput in = partner_input(b);
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY_STATUS(co::update_partner(conn, id, in, c.now_ms()));
    QF_TRY(co::Partner p, co::get_partner(conn, id));
    c.audit_object_type = "coop_partner";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("修改合作单位 {}（状态 {}，协议 {}）", p.fields.name,
                                  dictionary::label_zh("coop.partner_status", p.fields.status), p.fields.agreement_no);
    return partner_json(p);
  });
}

// POST /coop/partners/{id}/archive
Result<json> archive_partner(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  const std::string reason = text_field(b, "reason");
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY_STATUS(co::archive_partner(conn, id, reason, c.now_ms()));
    QF_TRY(co::Partner p, co::get_partner(conn, id));
    c.audit_object_type = "coop_partner";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = "归档合作单位 " + p.fields.name + "；原因：" + reason;
    return partner_json(p);
  });
}

// POST /coop/partners/{id}/key
Result<json> register_key(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  const std::string key = text_field(b, "public_key");
  const bool replace = b.contains("replace") && b["replace"].is_boolean() && b["replace"].get<bool>();
  const std::string reason = text_field(b, "reason");
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(co::KeyChange ch, co::register_key(conn, id, key, replace, reason, c.who().account_id, c.now_ms()));
    QF_TRY(co::Partner p, co::get_partner(conn, id));
    c.audit_object_type = "coop_partner";
    c.audit_object_id = std::to_string(id);
    if (ch.old_fingerprint) {
      c.audit_action = "coop.partner.key.replace";
      c.audit_summary = fmt::format("更换合作单位 {} 的公钥：{} → {}；原因：{}", p.fields.name, *ch.old_fingerprint,
                                    ch.new_fingerprint, reason);
    } else {
      c.audit_summary = fmt::format("登记合作单位 {} 的公钥（指纹 {}）", p.fields.name, ch.new_fingerprint);
    }
    return partner_json(p);
  });
}

Result<co::NoticeQuery> notice_query(const Call& c) {
  co::NoticeQuery q;
  QF_TRY(q.partner_id, query_id(c, "partner_id"));
  if (auto d = c.req.query_param("direction"); d && !d->empty()) {
    if (*d != "in" && *d != "out")
      return Error::invalid("coop.invalid", "参数 direction 应为 in（收到）或 out（发出）",
                            "direction must be in or out", "direction");
    q.direction = *d;
  }
  return q;
}

// GET /coop/notices
Result<std::pair<json, int64_t>> list_notices(Call& c) {
  QF_TRY(co::NoticeQuery q, notice_query(c));
  QF_TRY(Paging pg, c.paging());
  q.offset = pg.offset();
  q.limit = pg.page_size;
  QF_TRY(auth::ServerKey sk, server_key(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, co::list_notices(lease.get(), sk, q));
  json items = json::array();
  for (const auto& n : r.first) items.push_back(notice_json(n, false));
  return std::make_pair(std::move(items), r.second);
}

// GET /coop/notices/{id}
Result<json> get_notice(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auth::ServerKey sk, server_key(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(co::Notice n, co::get_notice(lease.get(), sk, id));
  QF_TRY_STATUS(c.audit_read("coop_notice", std::to_string(id), "查阅廉政共建通报 " + n.notice_no));
  return notice_json(n, true);
}

// GET /coop/notices/{id}/file
Result<http::Response> download_notice(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auth::ServerKey sk, server_key(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(co::Notice n, co::get_notice(lease.get(), sk, id));
  QF_TRY(std::string file, co::notice_file(lease.get(), sk, id));
  QF_TRY_STATUS(c.audit_read("coop_notice", std::to_string(id), "下载廉政共建通报签名文件 " + n.notice_no));
  return http::Response::bytes(200, std::move(file), "application/json; charset=utf-8",
                               n.notice_no + ".qfcoop.json");
}

// POST /coop/notices — an outgoing notice, signed with the bureau's key.
Result<json> create_outgoing(Call& c) {
  QF_TRY(json b, object_body(c));
  QF_TRY(auto partner_id, id_field(b, "partner_id"));
  if (!partner_id)
    return Error::invalid("coop.invalid", "请选择通报对象（合作单位）", "partner_id is required", "partner_id");
  co::OutgoingNotice in{text_field(b, "title"), text_field(b, "body"), text_field(b, "issued_on")};
  QF_TRY(auth::ServerKey sk, server_key(c));
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t id, co::create_outgoing(conn, sk, c.app.config.org.unit_name, *partner_id, in, business_iso_time(c.now_ms()),
                                           c.who().account_id, c.now_ms()));
    QF_TRY(co::Notice n, co::get_notice(conn, sk, id));
    c.audit_object_type = "coop_notice";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("签发廉政共建通报 {} 至 {}（签名指纹 {}）", n.notice_no, n.partner_name,
                                  n.signer_fingerprint.substr(0, 16));
    return notice_json(n, true);
  });
}

// POST /coop/partners/{id}/notices — a partner's signed file (the request body, raw).
Result<json> receive_notice(Call& c) {
  QF_TRY(int64_t partner_id, c.id_param());
  auto fname = c.req.query_param("filename");
  const std::string filename = fname && !fname->empty() ? *fname : std::string("upload");
  QF_TRY(auth::ServerKey sk, server_key(c));
  c.audit_object_type = "coop_partner";
  c.audit_object_id = std::to_string(partner_id);
  c.audit_summary = "接收合作单位签名通报文件 " + filename;
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t id, co::receive_notice(conn, sk, partner_id, c.req.body, c.who().account_id, c.now_ms()));
    QF_TRY(co::Notice n, co::get_notice(conn, sk, id));
    c.audit_object_type = "coop_notice";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("接收 {} 的廉政共建通报 {}（文件 {}，签名校验通过，指纹 {}）", n.partner_name,
                                  n.notice_no, filename, n.signer_fingerprint.substr(0, 16));
    return notice_json(n, true);
  });
}

// GET /coop/trainings
Result<std::pair<json, int64_t>> list_trainings(Call& c) {
  QF_TRY(auto partner_id, query_id(c, "partner_id"));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, co::list_trainings(lease.get(), partner_id));
  json items = json::array();
  for (const auto& t : rows) items.push_back(training_json(t));
  return std::make_pair(std::move(items), static_cast<int64_t>(rows.size()));
}

// POST /coop/trainings
Result<json> create_training(Call& c) {
  QF_TRY(json b, object_body(c));
  co::Training in;
  QF_TRY(auto partner_id, id_field(b, "partner_id"));
  if (!partner_id) return Error::invalid("coop.invalid", "请选择合作单位", "partner_id is required", "partner_id");
  in.partner_id = *partner_id;
  in.held_on = text_field(b, "held_on");
  if (b.contains("kind")) in.kind = text_field(b, "kind");
  in.topic = text_field(b, "topic");
  in.place = text_field(b, "place");
  QF_TRY(in.our_participants, names_field(b, "our_participants"));
  QF_TRY(in.partner_participants, names_field(b, "partner_participants"));
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t id, co::create_training(conn, in, c.who().account_id, c.now_ms()));
    QF_TRY(auto rows, co::list_trainings(conn, in.partner_id));
    c.audit_object_type = "coop_training";
    c.audit_object_id = std::to_string(id);
    for (const auto& t : rows)
      if (t.id == id) {
        c.audit_summary = fmt::format("登记{}：{} {}（{}，双方 {} + {} 人）",
                                      t.kind == "seminar" ? "纪检业务研讨交流" : "联合培训", t.held_on, t.topic, t.partner_name,
                                      t.our_participants.size(), t.partner_participants.size());
        return training_json(t);
      }
    return Error::internal("training just stored was not found");
  });
}

// GET /coop/visits
Result<std::pair<json, int64_t>> list_visits(Call& c) {
  QF_TRY(auto partner_id, query_id(c, "partner_id"));
  QF_TRY(auth::ServerKey sk, server_key(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, co::list_visits(lease.get(), sk, partner_id));
  json items = json::array();
  for (const auto& v : rows) items.push_back(visit_json(v));
  return std::make_pair(std::move(items), static_cast<int64_t>(rows.size()));
}

// POST /coop/visits
Result<json> create_visit(Call& c) {
  QF_TRY(json b, object_body(c));
  co::Visit in;
  QF_TRY(auto partner_id, id_field(b, "partner_id"));
  if (!partner_id) return Error::invalid("coop.invalid", "请选择合作单位", "partner_id is required", "partner_id");
  in.partner_id = *partner_id;
  in.visited_on = text_field(b, "visited_on");
  in.visitors = text_field(b, "visitors");
  in.interviewees = text_field(b, "interviewees");
  in.comments = text_field(b, "comments");
  if (auto it = b.find("scores"); it != b.end() && !it->is_null()) {
    if (!it->is_object())
      return Error::invalid("coop.invalid", "scores 应为各评价项目的评分（1 至 5）",
                            "scores must map each feedback item to a score 1 to 5", "scores");
    for (const auto& [k, v] : it->items()) {
      if (!v.is_number_integer())
        return Error::invalid("coop.invalid", "评分 " + k + " 应为 1 至 5 的整数", "scores." + k + " must be an integer 1 to 5",
                              "scores." + k);
      in.scores[k] = v.get<int>();
    }
  }
  QF_TRY(auth::ServerKey sk, server_key(c));
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t id, co::create_visit(conn, sk, in, c.who().account_id, c.now_ms()));
    QF_TRY(auto rows, co::list_visits(conn, sk, in.partner_id));
    c.audit_object_type = "coop_visit";
    c.audit_object_id = std::to_string(id);
    for (const auto& v : rows)
      if (v.id == id) {
        c.audit_summary = fmt::format("登记回访：{} {}", v.visited_on, v.partner_name);
        return visit_json(v);
      }
    return Error::internal("visit just stored was not found");
  });
}

// GET /coop/summary
Result<std::pair<json, int64_t>> get_summary(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, co::summary(lease.get()));
  json items = json::array();
  for (const auto& s : rows) {
    json by_item = json::object();
    for (const auto& [k, v] : s.average_by_item) by_item[k] = std::round(v * 100) / 100;
    items.push_back(json{{"partner_id", s.partner_id},
                         {"partner_name", s.partner_name},
                         {"visits", s.visits},
                         {"trainings", s.trainings},
                         {"notices_out", s.notices_out},
                         {"notices_in", s.notices_in},
                         {"average_by_item", std::move(by_item)},
                         {"average", s.average ? json(std::round(*s.average * 100) / 100) : json(nullptr)},
                         {"last_visit_on", opt_date(s.last_visit_on)}});
  }
  const auto n = static_cast<int64_t>(items.size());
  return std::make_pair(std::move(items), n);
}

// The audit log's labels of the actions that are not a route's own: replacing a key
// (a separate action from the first registration) and reading a notice.
void label_coop_audit_actions() {
  auto d = dictionary::find("audit_action");
  if (!d) return;
  for (const auto& [code, zh, en] : std::vector<std::array<std::string, 3>>{
           {"coop.partner.key.replace", "更换合作单位公钥", "Replace a partner unit's public key"},
           {"coop_notice.read", "查阅廉政共建通报", "Read a co-construction notice"}}) {
    bool have = false;
    for (const auto& e : d->entries) have = have || e.code == code;
    if (!have) d->entries.push_back({code, zh, en, 20000 + static_cast<int>(d->entries.size())});
  }
  dictionary::register_dictionary(std::move(*d));
}

void register_coop(Routes& routes, AppContext&) {
  co::register_coop_dictionaries();
  label_coop_audit_actions();
  const std::string read(co::kCoopRead), manage(co::kCoopManage);
  RouteSpec bureau{"本单位签名公钥（供合作单位登记）", "The bureau's signing public key (for partners to register)", read};
  RouteSpec partners{"廉政共建合作单位列表", "Co-construction partner units", read};
  RouteSpec partner{"合作单位详情（协议、公钥指纹）", "A partner unit (agreement, key fingerprint)", read};
  RouteSpec create{"登记合作单位与共建协议", "Register a partner unit and its agreement", manage, "coop.partner.create",
                   R"({"name":"市公共资源交易中心","contact_name":"王主任","contact_phone":"0571-88000000","agreement_no":"GJXY-2026-01","agreement_signed_on":"2026-01-15","agreement_start":"2026-01-15","agreement_end":"2028-01-14","agreement_summary":"双方互通廉政信息……","status":"active"})"};
  RouteSpec update{"修改合作单位与共建协议", "Edit a partner unit and its agreement", manage, "coop.partner.update"};
  RouteSpec archive{"归档合作单位（不删除）", "Archive a partner unit (never deleted)", manage, "coop.partner.archive",
                    R"({"reason":"协议到期不再续签"})"};
  RouteSpec key{"登记或更换合作单位公钥（更换须说明原因）", "Register or replace a partner's public key (replacing needs a reason)",
                manage, "coop.partner.key", R"({"public_key":"MCowBQYDK2VwAyEA…","replace":false,"reason":""})"};
  RouteSpec notices{"廉政信息双向通报列表", "Two-way integrity notices", read};
  RouteSpec notice{"通报详情", "A notice", read};
  RouteSpec file{"下载通报签名文件", "Download a notice's signed file", read};
  RouteSpec outgoing{"签发廉政共建通报（本单位密钥签名）", "Issue a notice signed with the bureau's key", manage,
                     "coop.notice.send", R"({"partner_id":1,"title":"关于……的通报","body":"……","issued_on":"2026-05-06"})"};
  RouteSpec incoming{"接收合作单位的签名通报文件（签名校验不通过则拒收）",
                     "Receive a partner's signed notice file (refused unless the signature verifies)", manage,
                     "coop.notice.receive"};
  RouteSpec trainings{"联合培训列表", "Joint trainings", read};
  RouteSpec add_training{"登记联合培训", "Record a joint training", manage, "coop.training.create",
                         R"({"partner_id":1,"held_on":"2026-06-10","topic":"招投标领域廉洁风险防控","place":"局三楼会议室","our_participants":["张三"],"partner_participants":["李四"]})"};
  RouteSpec visits{"回访记录列表", "Return visits", read};
  RouteSpec add_visit{"登记回访与反馈表", "Record a return visit with its feedback form", manage, "coop.visit.create",
                      R"({"partner_id":1,"visited_on":"2026-09-20","visitors":"纪委 赵六","interviewees":"王主任","scores":{"integrity":5,"service":4,"efficiency":4,"rules":5,"coop":5},"comments":"……"})"};
  RouteSpec sum{"回访与共建结果（按合作单位汇总）", "Results per partner unit", read};

  routes.get("/coop/bureau-key", bureau, get_bureau_key);
  routes.list_route("/coop/partners", partners, list_partners);
  routes.post("/coop/partners", create, create_partner);
  routes.get("/coop/partners/{id}", partner, get_partner);
  routes.put("/coop/partners/{id}", update, update_partner);
  routes.post("/coop/partners/{id}/archive", archive, archive_partner);
  routes.post("/coop/partners/{id}/key", key, register_key);
  routes.post("/coop/partners/{id}/notices", incoming, receive_notice);
  routes.list_route("/coop/notices", notices, list_notices);
  routes.post("/coop/notices", outgoing, create_outgoing);
  routes.get("/coop/notices/{id}", notice, get_notice);
  routes.raw_route("GET", "/coop/notices/{id}/file", file, download_notice);
  routes.list_route("/coop/trainings", trainings, list_trainings);
  routes.post("/coop/trainings", add_training, create_training);
  routes.list_route("/coop/visits", visits, list_visits);
  routes.post("/coop/visits", add_visit, create_visit);
  routes.list_route("/coop/summary", sum, get_summary);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_coop);
