#include "domain/declarations/declaration_store.h"

#include "domain/declarations/declaration_seal.h"
#include "domain/org/data_scope.h"
#include "store/like.h"

namespace qf::declarations {
namespace {

using json = nlohmann::json;

Error not_found() { return Error::not_found("个人有关事项报告", "Personal-matters report"); }

struct Loaded {
  Declaration d;
  std::string content_sealed;
  std::optional<int64_t> department_id, branch_id;
};

Declaration from_row(const store::Row& r) {
  Declaration d;
  d.id = r.i64("id");
  d.person_id = r.i64("person_id");
  d.person_name = r.text("person_name");
  d.department_name = r.text("department_name");
  d.year = static_cast<int>(r.i64("report_year"));
  d.kind = kind_from_code(r.text("kind")).value_or(Kind::kAnnual);
  d.form_revision = r.text("form_revision");
  d.state = state_from_code(r.text("status")).value_or(State::kDraft);
  d.version = r.i64("version");
  d.created_at = r.i64("created_at");
  d.updated_at = r.i64("updated_at");
  d.submitted_at = r.opt_i64("submitted_at");
  d.accepted_at = r.opt_i64("accepted_at");
  return d;
}

Result<std::optional<Loaded>> load(store::Connection& conn, int64_t id) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "declarations/get"), {id}));
  if (rows.empty()) return std::optional<Loaded>{};
  const auto& r = rows.front();
  return std::optional<Loaded>{Loaded{from_row(r), r.text("content_sealed"), r.opt_i64("department_id"),
                                      r.opt_i64("branch_id")}};
}

bool is_owner(const auth::Principal& who, const Declaration& d) {
  return !who.is_admin() && who.person_id && *who.person_id == d.person_id && who.can(perm::kOwn);
}

// Whether `who` reads `l` as organisation department / discipline committee.
bool reads_as_reviewer(const auth::Principal& who, const Loaded& l) {
  if (who.is_admin() || !who.can(perm::kRead) || l.d.state == State::kDraft) return false;
  return org::can_see_person(who, l.d.person_id, l.department_id, l.branch_id);
}

// The report if `who` may see it at all, else not found (the same for absent ones).
Result<Loaded> visible(store::Connection& conn, const auth::Principal& who, int64_t id) {
  QF_TRY(auto l, load(conn, id));
  if (!l || (!is_owner(who, l->d) && !reads_as_reviewer(who, *l))) return not_found();
  return std::move(*l);
}

Access access_of(const auth::Principal& who, const Loaded& l) {
  Access a;
  a.owner = is_owner(who, l.d);
  a.can_edit = a.owner && (l.d.state == State::kDraft || l.d.state == State::kReturned);
  a.can_review = !a.owner && reads_as_reviewer(who, l) && who.can(perm::kReview) && l.d.state == State::kSubmitted;
  return a;
}

Status add_event(store::Connection& conn, const auth::Principal& who, const auth::ServerKey* key, int64_t id,
                 const std::string& action, const std::string& note, int64_t now) {
  const std::string sealed = note.empty() ? std::string() : seal(*key, id, "note", note);
  QF_TRY(int64_t ev, conn.insert(store::sql(conn, "declarations/insert_event"),
                                 {id, action, who.account_id, who.display_name, sealed, now}));
  (void)ev;
  return {};
}

Error stale() {
  return Error::make(ErrorKind::kConflict, "declaration.stale", "报告已被修改（可能在另一窗口），请刷新后再试",
                     "The report was changed meanwhile (perhaps in another window): reload and try again");
}
Error wrong_state(const std::string& zh, const std::string& en) {
  return Error::make(ErrorKind::kConflict, "declaration.state", zh, en);
}

Result<json> open_content(const auth::ServerKey& key, const Loaded& l) {
  if (l.content_sealed.empty()) return empty_content();
  QF_TRY(std::string plain, open_sealed(key, l.d.id, "content", l.content_sealed));
  json j = json::parse(plain, nullptr, false);
  if (j.is_discarded()) return Error::internal("declaration " + std::to_string(l.d.id) + ": content is not JSON");
  return j;
}

Result<Declaration> move_state(store::Connection& conn, const Loaded& l, State to, int64_t account, int64_t now) {
  const std::string t(state_code(to));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "declarations/set_state"),
                                 {t, now, t, now, t, now, t, account, l.d.id, std::string(state_code(l.d.state)),
                                  l.d.version}));
  if (n != 1) return stale();
  QF_TRY(auto again, load(conn, l.d.id));
  return again->d;
}

}  // namespace

std::string_view kind_code(Kind k) { return k == Kind::kAnnual ? "annual" : "change"; }
std::optional<Kind> kind_from_code(std::string_view s) {
  if (s == "annual") return Kind::kAnnual;
  if (s == "change") return Kind::kChange;
  return std::nullopt;
}
std::string_view state_code(State s) {
  switch (s) {
    case State::kDraft: return "draft";
    case State::kSubmitted: return "submitted";
    case State::kReturned: return "returned";
    case State::kAccepted: return "accepted";
  }
  return "draft";
}
std::optional<State> state_from_code(std::string_view s) {
  for (State st : {State::kDraft, State::kSubmitted, State::kReturned, State::kAccepted})
    if (state_code(st) == s) return st;
  return std::nullopt;
}

Result<FormDef> load_form(store::Connection& conn, const std::optional<std::string>& revision) {
  QF_TRY(auto rows, revision ? conn.query(store::sql(conn, "declarations/form_of"), {*revision})
                             : conn.query(store::sql(conn, "declarations/form_current")));
  if (rows.empty()) return Error::internal("declarations: no report form " + revision.value_or("(current)"));
  return parse_form(rows.front().text("definition"));
}

Result<std::optional<Cadre>> own_cadre(store::Connection& conn, const auth::Principal& who) {
  if (who.is_admin() || !who.person_id || !who.can(perm::kOwn)) return std::optional<Cadre>{};
  QF_TRY(auto rows, conn.query(store::sql(conn, "declarations/person"), {*who.person_id}));
  if (rows.empty() || !rows.front().boolean("is_leading_cadre") || rows.front().text("status") != "active")
    return std::optional<Cadre>{};
  return std::optional<Cadre>{Cadre{rows.front().i64("id"), rows.front().text("name")}};
}

Result<int64_t> create_declaration(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                   Kind kind, int year, int max_year, int64_t now) {
  QF_TRY(auto cadre, own_cadre(conn, who));
  if (!cadre)
    return Error::make(ErrorKind::kForbidden, "declaration.not_cadre",
                       "只有领导干部本人填报个人有关事项报告（人员信息中“是否领导干部”为“是”）",
                       "Only leading cadres file personal-matters reports (the person's \u201cleading cadre\u201d flag)");
  if (year < 2000 || year > max_year)
    return Error::invalid("declaration.invalid", "报告年度应在 2000 至 " + std::to_string(max_year) + " 之间",
                          "The report year must be from 2000 to " + std::to_string(max_year), "year");
  if (kind == Kind::kAnnual) {
    QF_TRY(auto existing, conn.query(store::sql(conn, "declarations/annual_exists"), {cadre->person_id, int64_t{year}}));
    if (!existing.empty())
      return Error::make(ErrorKind::kConflict, "declaration.exists",
                         std::to_string(year) + " 年度的年度集中报告已存在，请打开它继续填写",
                         "The annual report of " + std::to_string(year) + " already exists: open it instead", "year");
  }
  QF_TRY(FormDef form, load_form(conn));
  json start = empty_content();
  QF_TRY(auto prev, conn.query(store::sql(conn, "declarations/latest_filed"), {cadre->person_id, int64_t{year + 1}}));
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "declarations/insert"),
                                 {cadre->person_id, int64_t{year}, std::string(kind_code(kind)), form.revision,
                                  who.account_id, now, now}));
  if (!prev.empty()) {
    // Start from what was last reported (the same form's items only).
    QF_TRY(std::string plain, open_sealed(key, prev.front().i64("id"), "content", prev.front().text("content_sealed")));
    json old = json::parse(plain, nullptr, false);
    if (!old.is_discarded() && old.contains("items"))
      for (auto it = old["items"].begin(); it != old["items"].end(); ++it)
        if (form.item(it.key())) start["items"][it.key()] = it.value();
    auto checked = check_content(form, start, false);
    start = checked.ok() ? *checked : empty_content();
  }
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "declarations/set_content"), {seal(key, id, "content", start.dump()), now, id, int64_t{1}}));
  (void)n;
  QF_TRY_STATUS(add_event(conn, who, nullptr, id, "create", "", now));
  return id;
}

Result<Detail> get_declaration(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               int64_t id) {
  QF_TRY(Loaded l, visible(conn, who, id));
  Detail out;
  out.access = access_of(who, l);
  QF_TRY(out.content, open_content(key, l));
  QF_TRY(auto events, conn.query(store::sql(conn, "declarations/events"), {id}));
  for (const auto& r : events) {
    Event e{r.text("action"), r.text("actor_name"), "", r.i64("at")};
    if (!r.text("note_sealed").empty()) {
      QF_TRY(e.note, open_sealed(key, id, "note", r.text("note_sealed")));
    }
    if (e.action == "return") out.last_return_reason = e.note;
    out.events.push_back(std::move(e));
  }
  out.declaration = std::move(l.d);
  return out;
}

Result<Declaration> save_declaration(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                     int64_t id, int64_t version, const json& content, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, id));
  if (!is_owner(who, l.d)) return not_found();
  if (l.d.state != State::kDraft && l.d.state != State::kReturned)
    return wrong_state("报告已报送，不能修改；如需更正请联系组织人事部门退回",
                       "The report has been submitted and cannot be changed; ask the organisation department to return it");
  if (version != l.d.version) return stale();
  QF_TRY(FormDef form, load_form(conn, l.d.form_revision));
  QF_TRY(json checked, check_content(form, content, false));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "declarations/set_content"),
                                 {seal(key, id, "content", checked.dump()), now, id, version}));
  if (n != 1) return stale();
  QF_TRY_STATUS(add_event(conn, who, nullptr, id, "save", "", now));
  QF_TRY(auto again, load(conn, id));
  return again->d;
}

Result<Declaration> submit_declaration(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                       int64_t id, int64_t version, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, id));
  if (!is_owner(who, l.d)) return not_found();
  if (l.d.state != State::kDraft && l.d.state != State::kReturned)
    return wrong_state("报告已报送", "The report has already been submitted");
  if (version != l.d.version) return stale();
  QF_TRY(FormDef form, load_form(conn, l.d.form_revision));
  QF_TRY(json content, open_content(key, l));
  QF_TRY(json checked, check_content(form, content, true));
  (void)checked;
  const bool again = l.d.state == State::kReturned;
  QF_TRY(Declaration d, move_state(conn, l, State::kSubmitted, who.account_id, now));
  QF_TRY_STATUS(add_event(conn, who, nullptr, id, again ? "resubmit" : "submit", "", now));
  return d;
}

Result<Declaration> return_declaration(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                       int64_t id, const std::string& reason, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, id));
  if (is_owner(who, l.d) || !who.can(perm::kReview)) return not_found();
  std::string r = reason;
  while (!r.empty() && std::isspace(static_cast<unsigned char>(r.back()))) r.pop_back();
  if (r.empty() || r.size() > 1500)
    return Error::invalid("declaration.invalid", "退回原因必填，不超过 500 字", "A reason is required (at most 500 characters)",
                          "reason");
  if (l.d.state != State::kSubmitted)
    return wrong_state("只有已报送、待审核的报告可以退回", "Only a submitted report awaiting review can be returned");
  QF_TRY(Declaration d, move_state(conn, l, State::kReturned, who.account_id, now));
  QF_TRY_STATUS(add_event(conn, who, &key, id, "return", r, now));
  return d;
}

Result<Declaration> accept_declaration(store::Connection& conn, const auth::Principal& who, int64_t id, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, id));
  if (is_owner(who, l.d) || !who.can(perm::kReview)) return not_found();
  if (l.d.state != State::kSubmitted)
    return wrong_state("只有已报送、待审核的报告可以签收", "Only a submitted report awaiting review can be accepted");
  QF_TRY(Declaration d, move_state(conn, l, State::kAccepted, who.account_id, now));
  QF_TRY_STATUS(add_event(conn, who, nullptr, id, "accept", "", now));
  return d;
}

Result<json> compare_with_previous(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                   int64_t id) {
  QF_TRY(Loaded l, visible(conn, who, id));
  QF_TRY(json now_content, open_content(key, l));
  QF_TRY(FormDef form, load_form(conn, l.d.form_revision));
  QF_TRY(auto prev, conn.query(store::sql(conn, "declarations/latest_filed"), {l.d.person_id, int64_t{l.d.year}}));
  json out{{"previous", nullptr}, {"items", json::array()}};
  if (prev.empty()) return out;
  const auto& p = prev.front();
  QF_TRY(std::string plain, open_sealed(key, p.i64("id"), "content", p.text("content_sealed")));
  json before = json::parse(plain, nullptr, false);
  if (before.is_discarded()) before = empty_content();
  out["previous"] = {{"id", p.i64("id")}, {"year", p.i64("report_year")}, {"kind", p.text("kind")}, {"state", p.text("status")}};
  out["items"] = compare_content(form, before, now_content);
  return out;
}

Result<std::pair<std::vector<Declaration>, int64_t>> list_declarations(store::Connection& conn,
                                                                       const auth::Principal& who, const ListQuery& q) {
  std::pair<std::vector<Declaration>, int64_t> out{{}, 0};
  std::string where;
  store::Params params;
  if (q.mine) {
    if (who.is_admin() || !who.person_id || !who.can(perm::kOwn)) return out;
    where = "d.person_id = ?";
    params.emplace_back(*who.person_id);
  } else {
    if (who.is_admin() || !who.can(perm::kRead)) return out;
    auto scope = org::people_scope(who, "p");
    where = "d.status <> 'draft' AND " + scope.sql;
    for (auto& v : scope.params) params.push_back(std::move(v));
  }
  if (q.year) {
    where += " AND d.report_year = ?";
    params.emplace_back(int64_t{*q.year});
  }
  if (q.state) {
    where += " AND d.status = ?";
    params.emplace_back(std::string(state_code(*q.state)));
  }
  if (q.kind) {
    where += " AND d.kind = ?";
    params.emplace_back(std::string(kind_code(*q.kind)));
  }
  if (!q.name.empty()) {
    where += " AND p.name LIKE ? ESCAPE '\\'";
    params.emplace_back(store::like_contains(q.name));
  }
  QF_TRY(auto count, conn.query_one(org::splice(store::sql(conn, "declarations/count"), "/*WHERE*/", where), params));
  out.second = count.i64("n");
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "declarations/list"), "/*WHERE*/", where), params));
  for (const auto& r : rows) out.first.push_back(from_row(r));
  return out;
}

}  // namespace qf::declarations
