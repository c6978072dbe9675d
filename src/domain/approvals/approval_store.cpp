#include "domain/approvals/approval_store.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "domain/approvals/approval_seal.h"
#include "domain/auth/data_scope.h"
#include "domain/org/data_scope.h"
#include "store/like.h"

namespace qf::approvals {
namespace {

using json = nlohmann::json;

Error not_found() { return Error::not_found("审批事项", "Approval"); }

struct Loaded {
  Request r;
  std::string content_sealed;
  std::optional<int64_t> department_id, branch_id;
};

std::vector<std::string> split_chain(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    if (ch == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string join_chain(const std::vector<std::string>& c) {
  if (c.empty()) return "";
  std::string out = ",";
  for (const auto& r : c) out += r + ",";
  return out;
}

Request from_row(const store::Row& row) {
  Request r;
  r.id = row.i64("id");
  r.person_id = row.i64("person_id");
  r.person_name = row.text("person_name");
  r.department_name = row.text("department_name");
  r.leading_cadre = row.boolean("is_leading_cadre");
  r.kind = kind_from_code(row.text("kind")).value_or(Kind::kTrip);
  r.state = state_from_code(row.text("status")).value_or(State::kPending);
  r.chain = split_chain(row.text("chain"));
  r.step = static_cast<int>(row.i64("step"));
  r.current_role = row.text("acting_role");
  r.depart_date = row.opt_text("depart_date").value_or("");
  r.return_date = row.opt_text("return_date").value_or("");
  r.actual_depart_date = row.opt_text("actual_depart_date").value_or("");
  r.actual_return_date = row.opt_text("actual_return_date").value_or("");
  r.version = row.i64("version");
  r.created_at = row.i64("created_at");
  r.updated_at = row.i64("updated_at");
  r.decided_at = row.opt_i64("decided_at");
  return r;
}

Result<std::optional<Loaded>> load(store::Connection& conn, int64_t id) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "approvals/get"), {id}));
  if (rows.empty()) return std::optional<Loaded>{};
  const auto& row = rows.front();
  return std::optional<Loaded>{
      Loaded{from_row(row), row.text("content_sealed"), row.opt_i64("department_id"), row.opt_i64("branch_id")}};
}

std::vector<std::string> role_codes_of(const auth::Principal& who) {
  std::vector<std::string> out;
  for (const auto& g : who.grants) {
    const std::string c(auth::role_code(g.role));
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

bool holds(const auth::Principal& who, const std::string& role) {
  auto r = auth::role_from_code(role);
  return r && who.has_role(*r);
}

bool is_owner(const auth::Principal& who, const Request& r) {
  return !who.is_admin() && who.person_id && *who.person_id == r.person_id && who.can(perm::kOwn);
}

bool in_scope(const auth::Principal& who, const Loaded& l) {
  return org::can_see_person(who, l.r.person_id, l.department_id, l.branch_id);
}

bool reads(const auth::Principal& who, const Loaded& l) {
  if (who.is_admin() || !in_scope(who, l)) return false;
  if (who.can(perm::kRead)) return true;
  if (!who.can(perm::kDecide)) return false;
  for (const auto& role : l.r.chain)
    if (holds(who, role)) return true;
  return false;
}

bool decides(const auth::Principal& who, const Loaded& l) {
  return !who.is_admin() && !is_owner(who, l.r) && !(who.person_id && *who.person_id == l.r.person_id) &&
         who.can(perm::kDecide) && l.r.state == State::kPending && !l.r.current_role.empty() &&
         holds(who, l.r.current_role) && in_scope(who, l);
}

Result<Loaded> visible(store::Connection& conn, const auth::Principal& who, int64_t id) {
  QF_TRY(auto l, load(conn, id));
  if (!l || (!is_owner(who, l->r) && !reads(who, *l))) return not_found();
  return std::move(*l);
}

Status add_event(store::Connection& conn, const auth::Principal& who, const auth::ServerKey* key, int64_t id,
                 const std::string& action, const std::string& role, const std::string& note, int64_t now) {
  const std::string sealed = note.empty() || !key ? std::string() : seal(*key, "request", id, "note", note);
  QF_TRY(int64_t ev, conn.insert(store::sql(conn, "approvals/insert_event"),
                                 {id, action, role, who.account_id, who.display_name, sealed, now}));
  (void)ev;
  return {};
}

Error stale() {
  return Error::make(ErrorKind::kConflict, "approval.stale", "该审批事项已被他人办理或修改，请刷新后再试",
                     "The application was changed meanwhile: reload and try again");
}
Error wrong_state(const std::string& zh, const std::string& en) {
  return Error::make(ErrorKind::kConflict, "approval.state", zh, en);
}
Error invalid(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("approval.invalid", zh, en, field);
}

std::string trimmed(const json& v) {
  if (!v.is_string()) return "";
  std::string s = v.get<std::string>();
  size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return s.substr(a, b - a);
}

struct FieldSpec {
  const char* code;
  const char* zh;
  const char* en;
  bool required;
  size_t max_bytes;
  std::vector<std::string> options;  // a choice when not empty
};

const std::vector<FieldSpec>& fields_of(Kind k) {
  static const std::vector<FieldSpec> trip{
      {"destinations", "前往国家（地区）", "Countries or regions", true, 300, {}},
      {"reason", "出国（境）事由", "Reason", true, 1500, {}},
      {"companions", "同行人员", "Travelling with", false, 600, {}},
      {"funding", "费用来源", "Funding", true, 60, {"自费", "亲友资助", "其他"}},
      {"document_type", "使用证件", "Document to use", true, 60, {"passport", "hk_macao_permit", "taiwan_permit"}},
  };
  static const std::vector<FieldSpec> side_job{
      {"organisation", "兼职单位", "Organisation", true, 300, {}},
      {"credit_code", "统一社会信用代码", "Unified social credit code", false, 18, {}},
      {"position", "兼任职务", "Position", true, 200, {}},
      {"term", "任职期限", "Term", false, 100, {}},
      {"remuneration", "是否取酬", "Remunerated", true, 30, {"不取酬", "取酬"}},
      {"reason", "兼职理由", "Reason", true, 1500, {}},
  };
  static const std::vector<FieldSpec> business{
      {"relation", "称谓", "Relation", true, 30, {"配偶", "子女", "子女的配偶"}},
      {"relative_name", "亲属姓名", "Relative's name", true, 100, {}},
      {"company", "企业或其他市场主体名称", "Enterprise name", true, 300, {}},
      {"credit_code", "统一社会信用代码", "Unified social credit code", false, 18, {}},
      {"role", "担任职务或出资情况", "Role or investment", true, 300, {}},
      {"business_scope", "经营范围", "Line of business", false, 1500, {}},
      {"trades_with_unit", "与本单位有无业务往来", "Business with the cadre's own unit", true, 10, {"无", "有"}},
  };
  return k == Kind::kTrip ? trip : k == Kind::kSideJob ? side_job : business;
}

// GB 32100 unified social credit code: 18 characters from 0-9 and A-Z without I, O, Z, S, V,
// the last a check character.
bool valid_credit_code(const std::string& s) {
  static const std::string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static const int weights[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  if (s.size() != 18) return false;
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    auto pos = alphabet.find(s[i]);
    if (pos == std::string::npos) return false;
    sum += static_cast<int>(pos) * weights[i];
  }
  const int check = (31 - sum % 31) % 31;
  return s[17] == alphabet[static_cast<size_t>(check)];
}

Result<json> open_content(const auth::ServerKey& key, const Loaded& l) {
  if (l.content_sealed.empty()) return json::object();
  QF_TRY(std::string plain, open_sealed(key, "request", l.r.id, "content", l.content_sealed));
  json j = json::parse(plain, nullptr, false);
  if (j.is_discarded()) return Error::internal("approval " + std::to_string(l.r.id) + ": content is not JSON");
  return j;
}

// The effective chain for `person`: the configured roles, leaving out those nobody but
// the applicant could take. `skipped` gets the roles left out.
Result<std::vector<std::string>> effective_chain(store::Connection& conn, const ApprovalsConfig& cfg, const Loaded& l,
                                                 int64_t now, std::vector<std::string>& skipped) {
  std::vector<std::string> out;
  for (const auto& role : l.r.leading_cadre ? cfg.cadre_chain : cfg.staff_chain) {
    QF_TRY(auto holders, holders_of(conn, role, now));
    bool someone = false;
    for (const auto& h : holders)
      if (!(h.person_id && *h.person_id == l.r.person_id) && org::can_see_person(h, l.r.person_id, l.department_id, l.branch_id))
        someone = true;
    (someone ? out : skipped).push_back(role);
  }
  return out;
}

Result<Request> reload(store::Connection& conn, int64_t id) {
  QF_TRY(auto again, load(conn, id));
  if (!again) return not_found();
  return again->r;
}

// Moves to pending at the first step of a freshly computed chain (approved at once when
// every step was left out).
Result<Request> start_chain(store::Connection& conn, const ApprovalsConfig& cfg, const auth::Principal& who,
                            const Loaded& l, const Application& a, int64_t now) {
  std::vector<std::string> skipped;
  QF_TRY(auto chain, effective_chain(conn, cfg, l, now, skipped));
  const bool done = chain.empty();
  const store::Value depart = a.depart_date.empty() ? store::Value(nullptr) : store::Value(a.depart_date);
  const store::Value ret = a.return_date.empty() ? store::Value(nullptr) : store::Value(a.return_date);
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "approvals/move"),
                                 {std::string(done ? "approved" : "pending"), join_chain(chain), int64_t{0},
                                  done ? std::string() : chain.front(), depart, ret,
                                  done ? store::Value(now) : store::Value(nullptr), now, l.r.id, l.r.version}));
  if (n != 1) return stale();
  for (const auto& role : skipped) QF_TRY_STATUS(add_event(conn, who, nullptr, l.r.id, "skip", role, "", now));
  return reload(conn, l.r.id);
}

}  // namespace

std::string_view kind_code(Kind k) {
  return k == Kind::kTrip ? "trip" : k == Kind::kSideJob ? "side_job" : "family_business";
}
std::optional<Kind> kind_from_code(std::string_view s) {
  for (Kind k : {Kind::kTrip, Kind::kSideJob, Kind::kFamilyBusiness})
    if (kind_code(k) == s) return k;
  return std::nullopt;
}
std::string_view kind_label_zh(Kind k) {
  return k == Kind::kTrip ? "因私出国（境）申请" : k == Kind::kSideJob ? "兼职审批" : "亲属经商办企业登记";
}
std::string_view state_code(State s) {
  return s == State::kPending ? "pending" : s == State::kReturned ? "returned" : "approved";
}
std::optional<State> state_from_code(std::string_view s) {
  for (State st : {State::kPending, State::kReturned, State::kApproved})
    if (state_code(st) == s) return st;
  return std::nullopt;
}

Result<Application> check_application(Kind kind, const json& content, const std::string& depart_date,
                                      const std::string& return_date) {
  if (!content.is_object()) return invalid("content", "缺少申请内容 content", "content (the application) is required");
  Application a;
  a.kind = kind;
  a.content = json::object();
  for (const auto& f : fields_of(kind)) {
    const std::string field = std::string("content.") + f.code;
    std::string v = content.contains(f.code) ? trimmed(content[f.code]) : "";
    if (f.code == std::string("credit_code")) {
      std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      if (!v.empty() && !valid_credit_code(v))
        return invalid(field, std::string(f.zh) + "“" + v + "”不是有效的统一社会信用代码（18 位，末位为校验码）",
                       std::string(f.en) + " \"" + v + "\" is not a valid code (18 characters, the last a check character)");
    }
    if (f.required && v.empty()) return invalid(field, std::string(f.zh) + "必填", std::string(f.en) + " is required");
    if (v.size() > f.max_bytes)
      return invalid(field, std::string(f.zh) + "过长（不超过 " + std::to_string(f.max_bytes / 3) + " 字）",
                     std::string(f.en) + " is too long (at most " + std::to_string(f.max_bytes) + " bytes)");
    if (!f.options.empty() && !v.empty() && std::find(f.options.begin(), f.options.end(), v) == f.options.end()) {
      std::string list;
      for (const auto& o : f.options) list += (list.empty() ? "" : "、") + o;
      return invalid(field, std::string(f.zh) + "应为：" + list, std::string(f.en) + " must be one of: " + list);
    }
    a.content[f.code] = v;
  }
  if (kind == Kind::kTrip) {
    auto d = Date::parse(depart_date, "depart_date");
    if (!d.ok()) return invalid("depart_date", "出发日期应为 YYYY-MM-DD 格式的日期", "depart_date must be a date YYYY-MM-DD");
    auto r = Date::parse(return_date, "return_date");
    if (!r.ok()) return invalid("return_date", "返回日期应为 YYYY-MM-DD 格式的日期", "return_date must be a date YYYY-MM-DD");
    if (*r < *d) return invalid("return_date", "返回日期不能早于出发日期", "return_date must not be before depart_date");
    a.depart_date = d->to_string();
    a.return_date = r->to_string();
  }
  return a;
}

Result<std::optional<Applicant>> own_applicant(store::Connection& conn, const auth::Principal& who) {
  if (who.is_admin() || !who.person_id || !who.can(perm::kOwn)) return std::optional<Applicant>{};
  QF_TRY(auto rows, conn.query(store::sql(conn, "approvals/person"), {*who.person_id}));
  if (rows.empty() || rows.front().text("status") != "active") return std::optional<Applicant>{};
  const auto& r = rows.front();
  return std::optional<Applicant>{Applicant{r.i64("id"), r.text("name"), r.boolean("is_leading_cadre")}};
}

Result<std::vector<auth::Principal>> holders_of(store::Connection& conn, const std::string& role, int64_t now) {
  std::vector<auth::Principal> out;
  QF_TRY(auto rows, conn.query(store::sql(conn, "approvals/holders"), {role}));
  for (const auto& r : rows) {
    auto p = auth::load_principal(conn, r.i64("id"), now);
    if (p.ok() && !p->is_admin()) out.push_back(std::move(*p));
  }
  return out;
}

Result<int64_t> submit_application(store::Connection& conn, const ApprovalsConfig& cfg, const auth::Principal& who,
                                   const auth::ServerKey& key, const Application& a, int64_t now) {
  QF_TRY(auto me, own_applicant(conn, who));
  if (!me)
    return Error::make(ErrorKind::kForbidden, "approval.not_applicant", "只有关联了在职人员信息的本人账号可以提出申请",
                       "Only an account linked to an active person record may apply");
  const store::Value depart = a.depart_date.empty() ? store::Value(nullptr) : store::Value(a.depart_date);
  const store::Value ret = a.return_date.empty() ? store::Value(nullptr) : store::Value(a.return_date);
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "approvals/insert"),
                                 {me->person_id, std::string(kind_code(a.kind)), depart, ret, who.account_id, now, now}));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "approvals/set_content"),
                                 {seal(key, "request", id, "content", a.content.dump()), id}));
  (void)n;
  QF_TRY_STATUS(add_event(conn, who, nullptr, id, "submit", "", "", now));
  QF_TRY(auto l, load(conn, id));
  QF_TRY(Request r, start_chain(conn, cfg, who, *l, a, now));
  (void)r;
  return id;
}

Result<Request> resubmit_application(store::Connection& conn, const ApprovalsConfig& cfg, const auth::Principal& who,
                                     const auth::ServerKey& key, int64_t id, int64_t version, const Application& a,
                                     int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, id));
  if (!is_owner(who, l.r)) return not_found();
  if (a.kind != l.r.kind) return invalid("kind", "不能改变申请类别", "The kind of an application cannot change");
  if (l.r.state != State::kReturned)
    return wrong_state("只有被退回的申请可以修改后重新提交", "Only a returned application can be corrected and resubmitted");
  if (l.r.version != version) return stale();
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "approvals/set_content"),
                                 {seal(key, "request", id, "content", a.content.dump()), id}));
  (void)n;
  QF_TRY_STATUS(add_event(conn, who, nullptr, id, "resubmit", "", "", now));
  return start_chain(conn, cfg, who, l, a, now);
}

Result<Request> approve_request(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                int64_t id, int64_t version, const std::string& note, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, id));
  if (!decides(who, l)) {
    if (!reads(who, l) || is_owner(who, l.r)) return not_found();
    return wrong_state("该申请当前不在您的审批环节", "The application is not waiting for your step");
  }
  if (note.size() > 1500) return invalid("note", "审批意见不超过 500 字", "The remark must be at most 500 characters");
  if (l.r.version != version) return stale();
  const std::string role = l.r.current_role;
  const int next = l.r.step + 1;
  const bool done = next >= static_cast<int>(l.r.chain.size());
  const store::Value depart = l.r.depart_date.empty() ? store::Value(nullptr) : store::Value(l.r.depart_date);
  const store::Value ret = l.r.return_date.empty() ? store::Value(nullptr) : store::Value(l.r.return_date);
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "approvals/move"),
                                 {std::string(done ? "approved" : "pending"), join_chain(l.r.chain), int64_t{next},
                                  done ? std::string() : l.r.chain[static_cast<size_t>(next)], depart, ret,
                                  done ? store::Value(now) : store::Value(nullptr), now, id, version}));
  if (n != 1) return stale();
  QF_TRY_STATUS(add_event(conn, who, &key, id, "approve", role, note, now));
  return reload(conn, id);
}

Result<Request> return_request(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               int64_t id, int64_t version, const std::string& reason, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, id));
  if (!decides(who, l)) {
    if (!reads(who, l) || is_owner(who, l.r)) return not_found();
    return wrong_state("该申请当前不在您的审批环节", "The application is not waiting for your step");
  }
  std::string r = trimmed(json(reason));
  if (r.empty() || r.size() > 1500)
    return invalid("reason", "退回原因必填，不超过 500 字", "A reason is required (at most 500 characters)");
  if (l.r.version != version) return stale();
  const std::string role = l.r.current_role;
  const store::Value depart = l.r.depart_date.empty() ? store::Value(nullptr) : store::Value(l.r.depart_date);
  const store::Value ret = l.r.return_date.empty() ? store::Value(nullptr) : store::Value(l.r.return_date);
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "approvals/move"),
                                 {std::string("returned"), join_chain(l.r.chain), int64_t{l.r.step}, std::string(), depart,
                                  ret, store::Value(nullptr), now, id, version}));
  if (n != 1) return stale();
  QF_TRY_STATUS(add_event(conn, who, &key, id, "return", role, r, now));
  return reload(conn, id);
}

Result<Request> record_trip_dates(store::Connection& conn, const auth::Principal& who, int64_t id,
                                  const std::string& actual_depart, const std::string& actual_return, int return_days,
                                  int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, id));
  const bool custodian = !who.is_admin() && who.can(perm::kCustody) && in_scope(who, l);
  if (!is_owner(who, l.r) && !custodian) return not_found();
  if (l.r.kind != Kind::kTrip || l.r.state != State::kApproved)
    return wrong_state("只有已批准的因私出国（境）申请可以登记实际行程", "Only an approved trip can have its actual dates recorded");
  auto d = Date::parse(actual_depart, "actual_depart_date");
  if (!d.ok())
    return invalid("actual_depart_date", "实际出境日期应为 YYYY-MM-DD 格式的日期", "actual_depart_date must be a date YYYY-MM-DD");
  auto r = Date::parse(actual_return, "actual_return_date");
  if (!r.ok())
    return invalid("actual_return_date", "实际入境日期应为 YYYY-MM-DD 格式的日期", "actual_return_date must be a date YYYY-MM-DD");
  if (*r < *d) return invalid("actual_return_date", "实际入境日期不能早于出境日期", "actual_return_date must not be before actual_depart_date");
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "approvals/set_trip_dates"), {d->to_string(), r->to_string(), now, id}));
  (void)n;
  QF_TRY(int64_t moved, conn.execute(store::sql(conn, "approvals/loans_due_after_trip"),
                                     {r->add_days(return_days).to_string(), id}));
  (void)moved;
  QF_TRY_STATUS(add_event(conn, who, nullptr, id, "trip_dates", "", "", now));
  return reload(conn, id);
}

Result<Request> visible_request(store::Connection& conn, const auth::Principal& who, int64_t id) {
  QF_TRY(Loaded l, visible(conn, who, id));
  return l.r;
}

Result<Detail> get_request(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key, int64_t id) {
  QF_TRY(Loaded l, visible(conn, who, id));
  Detail out;
  out.request = l.r;
  out.access.owner = is_owner(who, l.r);
  out.access.can_resubmit = out.access.owner && l.r.state == State::kReturned;
  out.access.can_decide = decides(who, l);
  out.access.can_record_trip = l.r.kind == Kind::kTrip && l.r.state == State::kApproved &&
                               (out.access.owner || (!who.is_admin() && who.can(perm::kCustody) && in_scope(who, l)));
  QF_TRY(out.content, open_content(key, l));
  QF_TRY(auto events, conn.query(store::sql(conn, "approvals/events"), {id}));
  for (const auto& r : events) {
    Event e;
    e.action = r.text("action");
    e.role = r.text("role");
    e.actor_name = r.text("actor_name");
    e.at = r.i64("at");
    const std::string sealed = r.text("note_sealed");
    if (!sealed.empty()) {
      QF_TRY(e.note, open_sealed(key, "request", id, "note", sealed));
    }
    if (e.action == "return") out.last_return_reason = e.note;
    if (e.action == "resubmit") out.last_return_reason.clear();
    out.events.push_back(std::move(e));
  }
  return out;
}

Result<std::pair<std::vector<Request>, int64_t>> list_requests(store::Connection& conn, const auth::Principal& who,
                                                               const ListQuery& q) {
  std::pair<std::vector<Request>, int64_t> out{{}, 0};
  if (who.is_admin()) return out;
  std::string where;
  store::Params params;
  if (q.mine) {
    if (!who.person_id || !who.can(perm::kOwn)) return out;
    where = "r.person_id = ?";
    params.emplace_back(*who.person_id);
  } else {
    const bool reader = who.can(perm::kRead);
    const bool decider = who.can(perm::kDecide);
    if (!reader && !decider) return out;
    auto scope = org::people_scope(who, "p");
    where = scope.sql;
    for (auto& v : scope.params) params.push_back(std::move(v));
    std::vector<std::string> mine;
    if (decider)
      for (const auto& role : role_codes_of(who))
        if (std::find(chain_roles().begin(), chain_roles().end(), role) != chain_roles().end()) mine.push_back(role);
    if (q.todo) {
      if (!decider || mine.empty()) return out;
      where += " AND r.status = 'pending' AND r.acting_role IN (";
      for (size_t i = 0; i < mine.size(); ++i) {
        where += i ? ",?" : "?";
        params.emplace_back(mine[i]);
      }
      where += ")";
      if (who.person_id) {
        where += " AND r.person_id <> ?";
        params.emplace_back(*who.person_id);
      }
    } else if (!reader) {
      if (mine.empty()) return out;
      where += " AND (";
      for (size_t i = 0; i < mine.size(); ++i) {
        where += i ? " OR r.chain LIKE ?" : "r.chain LIKE ?";
        params.emplace_back("%," + mine[i] + ",%");
      }
      where += ")";
    }
  }
  if (q.kind) {
    where += " AND r.kind = ?";
    params.emplace_back(std::string(kind_code(*q.kind)));
  }
  if (q.state) {
    where += " AND r.status = ?";
    params.emplace_back(std::string(state_code(*q.state)));
  }
  if (q.person_id) {
    where += " AND r.person_id = ?";
    params.emplace_back(*q.person_id);
  }
  if (!q.name.empty()) {
    where += " AND p.name LIKE ? ESCAPE '\\'";
    params.emplace_back(store::like_contains(q.name));
  }
  QF_TRY(auto count, conn.query_one(org::splice(store::sql(conn, "approvals/count"), "/*WHERE*/", where), params));
  out.second = count.i64("n");
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "approvals/list"), "/*WHERE*/", where), params));
  for (const auto& r : rows) out.first.push_back(from_row(r));
  return out;
}

}  // namespace qf::approvals
