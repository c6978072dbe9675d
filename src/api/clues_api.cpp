// Problem-clue endpoints (/api/v1/clues…), the contract of docs/modules/supervision-api.md
// ("Endpoints — problem clues"). Every route needs clue.handle; WHICH clues a caller
// sees is need-to-know (domain/clues/clue_store.h visible_clues): the discipline
// secretary sees all, everyone else only the clues it is assigned to. An invisible
// clue answers exactly like an absent one (404 clue.not_found). Every read of one clue
// is audited; list reads once per request. Changes load the clue, run the pure rules
// (register_clue / apply / split_clue / merge_clues) and write back in ONE transaction
// with the audit entry (Call::tx), under optimistic concurrency (clue.conflict).
//
// The [clues] section of qingfeng.toml is parsed when the routes are registered (at
// `qingfeng serve` start): a bad value stops the server naming file:line.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "api/api.h"
#include "api/clue_registration_fields.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "domain/auth/permissions.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/clue_deadlines.h"
#include "domain/clues/clue_links.h"
#include "domain/clues/clue_messages.h"
#include "domain/clues/clue_state_machine.h"
#include "domain/clues/clue_attachment_seal.h"
#include "domain/clues/clue_store.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "http/versioned_cache.h"
#include "store/change_versions.h"

namespace qf::api {
namespace {

using namespace qf::clues;
using auth::perm::kClueHandle;

// ---- configuration ------------------------------------------------------------------

// The [clues] section, read from the configuration file itself when there is one (so
// errors name the real file and line), else from the section text Config kept.
Result<ClueConfig> parse_clue_config(const Config& config) {
  auto section = config.module_section("clues");
  return ClueConfig::from_toml(section.toml, section.source);
}

struct ClueContext {
  ClueConfig cfg;
  std::string key_file;  // security.secret_key_file: seals the clue documents (clue_attachment_seal.h)
};

// ---- small parsing helpers --------------------------------------------------------------

Error bad_field(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("clue.invalid", zh, en, field);
}

template <class E>
Result<E> enum_field(const json& b, const char* k, const std::string& field, const char* dict) {
  std::string code = text_field(b, k);
  if (code.empty()) return Error::invalid("clue.required", fmt::format("请填写{}", field), fmt::format("Please fill in {}", field), field);
  auto v = enum_from_code<E>(code);
  if (!v)
    return bad_field(field, fmt::format("{} 的取值“{}”不在字典 {} 中", field, code, dict),
                     fmt::format("{} \"{}\" is not a code of the dictionary {}", field, code, dict));
  return *v;
}

template <class E>
Result<std::optional<E>> opt_enum_field(const json& b, const char* k, const std::string& field, const char* dict) {
  if (text_field(b, k).empty()) return std::optional<E>{};
  QF_TRY(E v, enum_field<E>(b, k, field, dict));
  return std::optional<E>{v};
}

Result<Date> date_field(const json& b, const char* k, const std::string& field) {
  std::string s = text_field(b, k);
  if (s.empty()) return Error::invalid("clue.required", fmt::format("请填写{}", field), fmt::format("Please fill in {}", field), field);
  return Date::parse(s, field);
}

template <class E>
Result<std::optional<E>> query_enum(const Call& c, const char* name, const char* dict) {
  auto v = c.req.query_param(name);
  if (!v || v->empty()) return std::optional<E>{};
  auto e = enum_from_code<E>(*v);
  if (!e)
    return bad_field(name, fmt::format("参数 {} 的取值“{}”不在字典 {} 中", name, *v, dict),
                     fmt::format("Parameter {} \"{}\" is not a code of the dictionary {}", name, *v, dict));
  return e;
}

Result<std::optional<int64_t>> query_int(const Call& c, const char* name) {
  auto v = c.req.query_param(name);
  if (!v || v->empty()) return std::optional<int64_t>{};
  try {
    size_t used = 0;
    long long n = std::stoll(*v, &used);
    if (used == v->size() && n > 0) return std::optional<int64_t>{n};
  } catch (const std::exception&) {
  }
  return bad_field(name, fmt::format("参数 {} 应为正整数", name), fmt::format("{} must be a positive integer", name));
}

Error clue_not_found() { return Error::make(ErrorKind::kNotFound, "clue.not_found", "线索不存在", "Clue not found"); }

Date today_of(const Call& c) { return Date::from_unix_ms(c.now_ms()); }

template <class E>
json code_json(const std::optional<E>& v) {
  return v ? json(std::string(code_of(*v))) : json(nullptr);
}
json date_json(const std::optional<Date>& d) { return d ? json(d->to_string()) : json(nullptr); }
json opt_json(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

// ---- JSON of a clue --------------------------------------------------------------------

json persons_json(const StoredClue& s) {
  json arr = json::array();
  for (size_t i = 0; i < s.clue.persons.size(); ++i) {
    const ReportedPerson& p = s.clue.persons[i];
    arr.push_back({{"person_id", opt_json(p.person_id)},
                   {"name", p.name},
                   {"position", p.position},
                   {"department_id", i < s.person_departments.size() ? opt_json(s.person_departments[i]) : json(nullptr)},
                   {"department_name", i < s.person_department_names.size() ? s.person_department_names[i] : ""}});
  }
  return arr;
}

json assignments_json(const std::vector<ClueAssignment>& as) {
  json arr = json::array();
  for (const auto& a : as) {
    arr.push_back({{"account_id", a.account_id},
                   {"display_name", a.display_name},
                   {"part", std::string(code_of(a.part))},
                   {"assigned_at", a.assigned_at},
                   {"ended_at", opt_json(a.ended_at)}});
  }
  return arr;
}

json outcome_json(const std::optional<ClueOutcome>& o) {
  if (!o) return nullptr;
  json ms = json::array();
  for (const auto& m : o->measures) {
    ms.push_back({{"person_id", opt_json(m.person_id)},
                  {"person_name", m.person_name},
                  {"form", std::string(code_of(form_of(m.measure)))},
                  {"measure", std::string(code_of(m.measure))},
                  {"decided_on", m.decided_on.to_string()},
                  {"decision_document", m.decision_document}});
  }
  return {{"conclusion", std::string(code_of(o->conclusion))}, {"summary", o->summary}, {"measures", std::move(ms)}};
}

json deadlines_json(const std::vector<StageDeadline>& ds) {
  json arr = json::array();
  for (const auto& d : ds) {
    arr.push_back({{"stage", std::string(code_of(d.stage))},
                   {"start_on", d.start.to_string()},
                   {"due_on", d.due.to_string()},
                   {"met_on", date_json(d.met_on)},
                   {"status", std::string(code_of(d.status))},
                   {"working_days_left", d.working_days_left}});
  }
  return arr;
}

json history_json(const ProblemClue& c) {
  json arr = json::array();
  for (const auto& t : c.history) {
    arr.push_back({{"action", std::string(code_of(t.action))},
                   {"from", std::string(code_of(t.from))},
                   {"to", std::string(code_of(t.to))},
                   {"actor_id", t.actor_id},
                   {"actor_name", t.actor_name},
                   {"role", std::string(code_of(t.role))},
                   {"at_ms", t.at_ms},
                   {"on", t.on.to_string()},
                   {"opinion", t.opinion},
                   {"disposition", code_json(t.disposition)},
                   {"approval_step", t.approval_step}});
  }
  return arr;
}

std::optional<Date> next_due(const std::vector<StageDeadline>& ds) {
  std::optional<Date> best;
  for (const auto& d : ds) {
    if (d.met_on) continue;
    if (!best || d.due < *best) best = d.due;
  }
  return best;
}

struct ClueView {
  const ClueConfig& cfg;
  const WorkingDayCalendar& cal;
  Date today;
  const std::string& key_file;
  const SecurityConfig* sec = nullptr;  // for the sealed reporter of the detail's registration
};

// The list item: the detail without history, links, related, attachments, legal_actions.
json summary_json(const StoredClue& s, const std::vector<ClueAssignment>& active, const auth::Principal& who,
                  const ClueView& v) {
  const ProblemClue& c = s.clue;
  auto ds = clue_deadlines(c, v.cfg, v.cal, v.today);
  auto urgency = clue_urgency(c, v.cfg, v.cal, v.today);
  auto awaiting = awaited_signer(c, v.cfg);
  json my_parts = json::array();
  std::set<ClueActorRole> mine;
  for (const auto& a : active)
    if (a.account_id == who.account_id) mine.insert(a.part);
  if (who.has_role(auth::Role::kDisciplineSecretary)) mine.insert(ClueActorRole::kDisciplineSecretary);
  for (auto p : mine) my_parts.push_back(std::string(code_of(p)));
  json handler_names = json::array();
  for (const auto& a : active)
    if (a.part == ClueActorRole::kHandler) handler_names.push_back(a.display_name);
  return {{"id", c.id},
          {"number", c.number},
          {"source", std::string(code_of(c.source))},
          {"category", std::string(code_of(c.category))},
          {"matter", c.matter},
          {"received_on", c.received_on.to_string()},
          {"state", std::string(code_of(c.state))},
          {"disposition", code_json(c.disposition)},
          {"proposed_disposition", code_json(c.proposed_disposition)},
          {"approvals_done", c.approvals_done},
          {"awaiting", code_json(awaiting)},
          {"persons", persons_json(s)},
          {"assignments", assignments_json(active)},
          {"my_parts", std::move(my_parts)},
          {"deadlines", deadlines_json(ds)},
          {"urgency", code_json(urgency)},
          {"outcome", outcome_json(c.outcome)},
          {"handler_names", std::move(handler_names)},
          {"next_due_on", date_json(next_due(ds))},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

// The full detail of a clue the caller may see.
Result<json> detail_json(store::Connection& conn, const StoredClue& s, const auth::Principal& who, const ClueView& v) {
  const ProblemClue& c = s.clue;
  QF_TRY(auto all, list_assignments(conn, c.id, true));
  std::vector<ClueAssignment> active;
  for (const auto& a : all)
    if (!a.ended_at) active.push_back(a);
  json j = summary_json(s, active, who, v);
  j.erase("handler_names");
  j.erase("next_due_on");
  j["assignments"] = assignments_json(all);
  json legal = json::array();
  QF_TRY(auto parts, parts_of(conn, who, c.id));
  for (ClueActorRole p : parts)
    for (ClueAction a : legal_actions(c, p, v.cfg))
      legal.push_back({{"action", std::string(code_of(a))}, {"as", std::string(code_of(p))}});
  j["legal_actions"] = std::move(legal);
  j["history"] = history_json(c);

  QF_TRY(auto links, links_of(conn, c.id));
  json lj = json::array();
  for (const auto& l : links) {
    QF_TRY(bool see_from, can_see_clue(conn, who, l.from_id));
    QF_TRY(bool see_to, can_see_clue(conn, who, l.to_id));
    lj.push_back({{"kind", std::string(code_of(l.kind))},
                  {"from_number", l.link.from_number},
                  {"to_number", l.link.to_number},
                  {"from_id", see_from ? json(l.from_id) : json(nullptr)},
                  {"to_id", see_to ? json(l.to_id) : json(nullptr)},
                  {"actor_name", l.link.actor_name},
                  {"at_ms", l.link.at_ms},
                  {"opinion", l.link.opinion}});
  }
  j["links"] = std::move(lj);

  QF_TRY(auto related_ids, related_visible_clues(conn, who, c.id, c.persons));
  QF_TRY(auto related, load_clues(conn, related_ids, false));
  json rj = json::array();
  for (const auto& r : related)
    rj.push_back({{"id", r.clue.id}, {"number", r.clue.number}, {"state", std::string(code_of(r.clue.state))}});
  j["related"] = std::move(rj);

  QF_TRY(auth::ServerKey key, clue_key(v.key_file));
  QF_TRY(auto atts, list_attachments(conn, key, c.id));
  json aj = json::array();
  for (const auto& a : atts) {
    aj.push_back({{"id", a.id},
                  {"filename", a.filename},
                  {"kind", a.kind},
                  {"content_type", a.content_type},
                  {"size", a.size},
                  {"sha256", a.sha256},
                  {"sm3", a.sm3},
                  {"uploaded_at", a.uploaded_at},
                  {"uploaded_by_name", a.uploaded_by_name}});
  }
  j["attachments"] = std::move(aj);
  if (v.sec) {
    QF_TRY(j["registration"], registration_json(conn, *v.sec, c.id));
  }
  return j;
}

// Loads a clue the caller may see; an invisible one answers like an absent one.
Result<StoredClue> load_visible(store::Connection& conn, const auth::Principal& who, int64_t id) {
  QF_TRY(bool visible, can_see_clue(conn, who, id));
  if (!visible) return clue_not_found();
  return load_clue(conn, id);
}

ClueActor actor_of(const auth::Principal& who, ClueActorRole part) {
  return ClueActor{who.account_id, who.display_name.empty() ? who.username : who.display_name, part};
}

Error not_your_part(ClueActorRole part) {
  return Error::make(ErrorKind::kForbidden, "clue.transition.role",
                     fmt::format("您在此线索中不担任“{}”", label_zh(part)),
                     fmt::format("You do not act as {} on this clue", label_en(part)), "as");
}

// ---- request bodies ------------------------------------------------------------------------

Result<std::vector<ReportedPerson>> persons_of_body(store::Connection& conn, const json& b, bool required) {
  std::vector<ReportedPerson> out;
  auto it = b.find("persons");
  if (it == b.end() || it->is_null()) {
    if (required) return Error::invalid("clue.required", "请填写被反映人", "Please fill in the person(s) reported on", "persons");
    return out;
  }
  if (!it->is_array()) return bad_field("persons", "persons 应为列表", "persons must be a list");
  for (size_t i = 0; i < it->size(); ++i) {
    const json& pj = (*it)[i];
    const std::string field = fmt::format("persons[{}]", i);
    if (!pj.is_object()) return bad_field(field, field + " 应为对象", field + " must be an object");
    ReportedPerson p;
    QF_TRY(p.person_id, id_field(pj, "person_id", field + ".person_id"));
    p.name = text_field(pj, "name");
    p.position = text_field(pj, "position");
    if (p.person_id) {
      QF_TRY(auto rs, conn.query(store::sql(conn, "clues/person_department_on"), {std::string("9999-12-31"), *p.person_id}));
      if (rs.empty())
        return bad_field(field + ".person_id", fmt::format("人员编号 {} 不存在", *p.person_id),
                         fmt::format("No person has the id {}", *p.person_id));
      if (p.name.empty()) p.name = rs.front().text("name");
      if (p.position.empty()) p.position = rs.front().text("position_name");
    }
    out.push_back(std::move(p));
  }
  if (required && out.empty())
    return Error::invalid("clue.required", "请填写被反映人", "Please fill in the person(s) reported on", "persons");
  return out;
}

struct AssignmentInput {
  int64_t account_id = 0;
  ClueActorRole part = ClueActorRole::kHandler;
};

Result<std::vector<AssignmentInput>> assignments_of_body(store::Connection& conn, const json& b) {
  std::vector<AssignmentInput> out;
  auto it = b.find("assignments");
  if (it == b.end() || it->is_null()) return out;
  if (!it->is_array()) return bad_field("assignments", "assignments 应为列表", "assignments must be a list");
  QF_TRY(auto assignable, assignable_accounts(conn));
  for (size_t i = 0; i < it->size(); ++i) {
    const json& aj = (*it)[i];
    const std::string field = fmt::format("assignments[{}]", i);
    if (!aj.is_object()) return bad_field(field, field + " 应为对象", field + " must be an object");
    AssignmentInput a;
    QF_TRY(auto id, id_field(aj, "account_id", field + ".account_id"));
    if (!id) return Error::invalid("clue.required", "请选择办理人员", "Please choose the account", field + ".account_id");
    a.account_id = *id;
    QF_TRY(a.part, enum_field<ClueActorRole>(aj, "part", field + ".part", "clue.role"));
    bool ok = std::any_of(assignable.begin(), assignable.end(),
                          [&](const AssignableAccount& x) { return x.account_id == a.account_id; });
    if (!ok)
      return bad_field(field + ".account_id",
                       fmt::format("账号 {} 不能办理线索（须为启用的、具有线索办理权限的账号）", a.account_id),
                       fmt::format("Account {} cannot handle clues (it must be active and hold clue.handle)", a.account_id));
    bool dup = std::any_of(out.begin(), out.end(),
                           [&](const AssignmentInput& x) { return x.account_id == a.account_id && x.part == a.part; });
    if (!dup) out.push_back(a);
  }
  return out;
}

Result<ClueOutcome> outcome_of_body(const json& o) {
  if (!o.is_object()) return bad_field("outcome", "outcome 应为对象", "outcome must be an object");
  ClueOutcome out;
  QF_TRY(out.conclusion, enum_field<OutcomeConclusion>(o, "conclusion", "outcome.conclusion", "clue.conclusion"));
  out.summary = text_field(o, "summary");
  auto it = o.find("measures");
  if (it != o.end() && !it->is_null()) {
    if (!it->is_array()) return bad_field("outcome.measures", "measures 应为列表", "measures must be a list");
    for (size_t i = 0; i < it->size(); ++i) {
      const json& mj = (*it)[i];
      const std::string field = fmt::format("outcome.measures[{}]", i);
      if (!mj.is_object()) return bad_field(field, field + " 应为对象", field + " must be an object");
      AppliedMeasure m;
      QF_TRY(m.person_id, id_field(mj, "person_id", field + ".person_id"));
      m.person_name = text_field(mj, "person_name");
      QF_TRY(m.measure, enum_field<FormMeasure>(mj, "measure", field + ".measure", "clue.form_measure"));
      QF_TRY(m.decided_on, date_field(mj, "decided_on", field + ".decided_on"));
      m.decision_document = text_field(mj, "decision_document");
      out.measures.push_back(std::move(m));
    }
  }
  return out;
}

// Chooses the part the caller acts in: the one named by `as`, else its only part, else
// the one whose signature is awaited, else one for which the action is legal now.
Result<ClueActorRole> choose_part(const ProblemClue& c, const std::vector<ClueActorRole>& parts, ClueAction action,
                                  const std::string& as, const ClueConfig& cfg) {
  if (!as.empty()) {
    auto p = enum_from_code<ClueActorRole>(as);
    if (!p) return bad_field("as", fmt::format("办理角色“{}”不在字典 clue.role 中", as), fmt::format("\"{}\" is not a clue.role code", as));
    if (std::find(parts.begin(), parts.end(), *p) == parts.end()) return not_your_part(*p);
    return *p;
  }
  if (parts.empty()) return clue_not_found();
  if (parts.size() == 1) return parts.front();
  if (action == ClueAction::kApprove || action == ClueAction::kReturn) {
    auto awaited = awaited_signer(c, cfg);
    if (awaited && std::find(parts.begin(), parts.end(), *awaited) != parts.end()) return *awaited;
  }
  for (ClueActorRole p : parts) {
    auto legal = legal_actions(c, p, cfg);
    if (std::find(legal.begin(), legal.end(), action) != legal.end()) return p;
  }
  return parts.front();
}

std::string filters_summary(const Call& c) {
  std::string s;
  for (const char* k : {"state", "source", "category", "disposition", "handler_id", "due", "year", "person_id", "q", "sort",
                        "order", "page"}) {
    auto v = c.req.query_param(k);
    if (!v || v->empty()) continue;
    // The search words are case content (a name, a matter): the auditor sees only that there were some.
    s += fmt::format("{}{}={}", s.empty() ? "" : " ", k, std::string_view(k) == "q" ? "（关键字，不记录）" : *v);
  }
  return s.empty() ? "全部" : s;
}

// ---- the register (list, export) -------------------------------------------------------------

// The register's query from the request: filters, urgency, sort and (for the list) the page.
Result<RegisterQuery> register_query(const Call& c, const Paging& pg, bool paged) {
  RegisterQuery q;
  ClueFilter& f = q.filter;
  QF_TRY(f.state, query_enum<ClueState>(c, "state", "clue.state"));
  QF_TRY(f.source, query_enum<ClueSource>(c, "source", "clue.source"));
  QF_TRY(f.category, query_enum<DisciplineCategory>(c, "category", "clue.category"));
  QF_TRY(f.disposition, query_enum<Disposition>(c, "disposition", "clue.disposition"));
  QF_TRY(f.handler_id, query_int(c, "handler_id"));
  QF_TRY(f.person_id, query_int(c, "person_id"));
  QF_TRY(auto year, query_int(c, "year"));
  if (year) f.year = static_cast<int>(*year);
  if (auto text = c.req.query_param("q")) f.q = *text;
  if (auto d = c.req.query_param("due"); d && !d->empty()) {
    if (*d == "overdue") q.urgency = DeadlineStatus::kOverdue;
    else if (*d == "due_soon") q.urgency = DeadlineStatus::kDueSoon;
    else return bad_field("due", "参数 due 应为 overdue 或 due_soon", "due must be overdue or due_soon");
  }
  q.sort = pg.sort;
  q.descending = pg.descending;
  q.offset = paged ? pg.offset() : 0;
  q.limit = paged ? pg.page_size : -1;
  return q;
}

std::string persons_text(const ProblemClue& c) {
  std::string s;
  for (const auto& p : c.persons) s += (s.empty() ? "" : "、") + p.name;
  return s;
}

// ---- routes ------------------------------------------------------------------------------

void register_clues(Routes& routes, AppContext& app) {
  auto parsed = parse_clue_config(app.config);
  if (!parsed.ok()) {
    // A bad [clues] section stops `qingfeng serve` before it listens.
    std::fprintf(stderr, "%s\n%s\n", parsed.error().message_zh.c_str(), parsed.error().message_en.c_str());
    std::exit(2);
  }
  auto ctx = std::make_shared<ClueContext>(ClueContext{std::move(parsed).value(), app.config.security.secret_key_file});
  register_clue_dictionaries();
  // The register's stored next due days follow the [clues] rules of this start.
  if (app.db) {
    auto refreshed = app.db->transaction([&](store::Connection& conn) -> Result<int64_t> {
      QF_TRY(WorkingDayCalendar cal, load_calendar(conn));
      return refresh_next_due_dates(conn, DueRules{ctx->cfg, cal});
    });
    if (!refreshed.ok()) {
      std::fprintf(stderr, "%s\n", refreshed.error().to_string().c_str());
      std::exit(2);
    }
  }
  app.calendar_changed.push_back([ctx](store::Connection& conn) -> Status {
    QF_TRY(WorkingDayCalendar cal, load_calendar(conn));
    QF_TRY_STATUS(refresh_next_due_dates(conn, DueRules{ctx->cfg, cal}));
    return {};
  });
  // The dashboard: counts of the caller's VISIBLE clues (need-to-know) that are overdue
  // or due soon, for clue.handle holders only.
  app.dashboard.push_back([ctx](store::Connection& conn, const Call& c, DashboardParts& parts) -> Status {
    if (!c.who().can(kClueHandle)) return {};
    QF_TRY(WorkingDayCalendar cal, load_calendar(conn));
    QF_TRY(ClueReminders r, count_reminders(conn, c.who(), DueRules{ctx->cfg, cal}, today_of(c)));
    parts.extra["clue_reminders"] = json{{"overdue", r.overdue}, {"due_soon", r.due_soon}};
    return {};
  });
  // The message centre: deadlines to the handlers, signatures to the signers.
  app.feeds.add({kDeadlineFeed, [ctx](store::Connection& conn,
                                        const messages::FeedContext& f) -> Result<std::vector<messages::Reminder>> {
                   QF_TRY(WorkingDayCalendar cal, load_calendar(conn));
                   return deadline_reminders(conn, ctx->cfg, cal,
                                             Date::from_unix_ms(f.now_ms));
                 }});
  app.feeds.add({kSignatureFeed, [ctx](store::Connection& conn, const messages::FeedContext&) {
                   return signature_reminders(conn, ctx->cfg);
                 }});

  auto view_for = [ctx](const Call& c, const WorkingDayCalendar& cal) {
    return ClueView{ctx->cfg, cal, today_of(c), ctx->key_file, &c.app.config.security};
  };

  // The register's pages are kept serialised per (caller, roles, civil day, request) and
  // reused while the 'clues' change version is unchanged (migration 0013: any write to
  // what the page shows, in this process or another, moves it in the writer's
  // transaction). Every read is audited all the same.
  auto pages = std::make_shared<http::VersionedCache>();
  routes.raw_route(
      "GET", "/clues",
      RouteSpec{"问题线索台账（仅本人可见的线索）", "Problem clues (only those visible to the caller)", std::string(kClueHandle), "", "",
                R"({"data":[{"id":1,"number":"〔2026〕线索第1号","state":"in_handling"}],"meta":{"page":1,"page_size":20,"total":1}})"},
      [ctx, view_for, pages](Call& c) -> Result<http::Response> {
        QF_TRY(Paging pg, c.paging({"number", "received_on", "state", "due_on"}));
        QF_TRY(RegisterQuery q, register_query(c, pg, true));
        QF_TRY(auto lease, c.app.db->acquire());
        // Read before the page: a write after this read makes the stored page unreachable.
        QF_TRY(int64_t version, store::change_version(lease.get(), store::kCluesTopic));
        const Date today = today_of(c);
        const std::string key =
            fmt::format("{}|{}|{}|{}", c.who().account_id, c.who().role_codes(), today.to_string(), c.req.target);
        auto body = pages->find(key, version);
        if (!body) {
          QF_TRY(auto cal, load_calendar(lease.get()));
          ClueView v = view_for(c, cal);
          QF_TRY(RegisterPage page, list_register(lease.get(), c.who(), q, DueRules{v.cfg, v.cal}, v.today));
          json items = json::array();
          for (const auto& r : page.rows) items.push_back(summary_json(r.s, r.active, c.who(), v));
          json env{{"data", std::move(items)},
                   {"meta", {{"page", pg.page}, {"page_size", pg.page_size}, {"total", page.total}}}};
          auto text = std::make_shared<const std::string>(env.dump(-1, ' ', false, json::error_handler_t::replace));
          body = text;
          pages->put(key, version, text);
        }
        QF_TRY_STATUS(c.audit_read("clue_list", "", filters_summary(c)));
        return http::Response::text(200, *body, "application/json; charset=utf-8");
      });

  routes.raw_route(
      "GET", "/clues/export", RouteSpec{"导出问题线索台账", "Export the clue register", std::string(kClueHandle)},
      [ctx, view_for](Call& c) -> Result<http::Response> {
        QF_TRY(Paging pg, c.paging({"number", "received_on", "state", "due_on"}));
        QF_TRY(RegisterQuery q, register_query(c, pg, false));
        QF_TRY(auto lease, c.app.db->acquire());
        QF_TRY(auto cal, load_calendar(lease.get()));
        ClueView v = view_for(c, cal);
        QF_TRY(RegisterPage page, list_register(lease.get(), c.who(), q, DueRules{v.cfg, v.cal}, v.today));
        spreadsheet::XlsxSheet sheet;
        sheet.name = "问题线索";
        sheet.columns = {{"线索编号", 22}, {"线索来源", 12}, {"违纪类别", 14}, {"被反映人", 16}, {"反映的主要问题", 40},
                         {"收到日期", 12}, {"状态", 14},     {"处置方式", 12}, {"承办人", 14},   {"下一期限", 12},
                         {"期限状态", 10}, {"密级", 8}};
        std::vector<int64_t> ids;
        for (const auto& r : page.rows) ids.push_back(r.s.clue.id);
        QF_TRY(auto classes, classifications_of(lease.get(), ids));
        std::map<int64_t, std::string> class_of;
        for (const auto& [cid, code] : classes)
          if (auto k = classification_from_code(code)) class_of[cid] = std::string(classification_label_zh(*k));
        for (const auto& r : page.rows) {
          const ProblemClue& cl = r.s.clue;
          const auto due = next_due_date(cl, v.cfg, v.cal);
          const auto urgency = clue_urgency(cl, v.cfg, v.cal, v.today);
          std::string handlers;
          for (const auto& a : r.active)
            if (a.part == ClueActorRole::kHandler) handlers += (handlers.empty() ? "" : "、") + a.display_name;
          sheet.rows.push_back({cl.number, std::string(label_zh(cl.source)), std::string(label_zh(cl.category)),
                                persons_text(cl), cl.matter, cl.received_on.to_string(), std::string(label_zh(cl.state)),
                                cl.disposition ? std::string(label_zh(*cl.disposition)) : std::string(), handlers,
                                due ? due->to_string() : std::string(),
                                urgency ? std::string(label_zh(*urgency)) : std::string(),
                                class_of.count(cl.id) ? class_of[cl.id] : std::string()});
        }
        const std::string filter = filter_words(
            lease.get(), c,
            {{"state", "状态", FilterWord::Kind::kDictionary, "clue.state"},
             {"source", "线索来源", FilterWord::Kind::kDictionary, "clue.source"},
             {"category", "违纪类别", FilterWord::Kind::kDictionary, "clue.category"},
             {"disposition", "处置方式", FilterWord::Kind::kDictionary, "clue.disposition"},
             {"year", "年度"},
             {"due", "期限"},
             {"q", "关键字"}});
        ledger_layout(lease.get(), c, sheet, "问题线索台账", filter);
        QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
        QF_TRY_STATUS(c.audit_read("clue_list", "export", "导出 " + filters_summary(c)));
        return xlsx_response(std::move(bytes), "问题线索台账.xlsx");
      });

  routes.get("/clues/deadlines",
             RouteSpec{"逾期与即将到期的线索", "Clues overdue or due soon", std::string(kClueHandle)},
             [ctx, view_for](Call& c) -> Result<json> {
               std::optional<DeadlineStatus> want;
               if (auto s = c.req.query_param("status"); s && !s->empty()) {
                 if (*s == "overdue") want = DeadlineStatus::kOverdue;
                 else if (*s == "due_soon") want = DeadlineStatus::kDueSoon;
                 else return bad_field("status", "参数 status 应为 overdue 或 due_soon", "status must be overdue or due_soon");
               }
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(auto cal, load_calendar(lease.get()));
               ClueView v = view_for(c, cal);
               // Only the clues whose next due day says a deadline runs late or soon
               // (the register's read model), with their assignments, in a few queries.
               RegisterQuery q;
               q.running = true;
               q.limit = -1;
               QF_TRY(RegisterPage page, list_register(lease.get(), c.who(), q, DueRules{v.cfg, v.cal}, v.today));
               struct Item {
                 json j;
                 DeadlineStatus status;
                 Date due;
               };
               std::vector<Item> items;
               for (const auto& row : page.rows) {
                 const StoredClue& s = row.s;
                 for (const auto& d : clue_deadlines(s.clue, v.cfg, v.cal, v.today)) {
                   bool running = d.status == DeadlineStatus::kOverdue || d.status == DeadlineStatus::kDueSoon;
                   if (!running || (want && d.status != *want)) continue;
                   json j = summary_json(s, row.active, c.who(), v);
                   j["clue_id"] = s.clue.id;
                   j["stage"] = std::string(code_of(d.stage));
                   j["due_on"] = d.due.to_string();
                   j["status"] = std::string(code_of(d.status));
                   j["days_overdue"] = std::max<int64_t>(0, Date::days_between(d.due, v.today));
                   j["working_days_left"] = d.working_days_left;
                   items.push_back({std::move(j), d.status, d.due});
                 }
               }
               std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
                 bool ao = a.status == DeadlineStatus::kOverdue, bo = b.status == DeadlineStatus::kOverdue;
                 if (ao != bo) return ao;
                 return a.due < b.due;
               });
               json out = json::array();
               for (auto& i : items) out.push_back(std::move(i.j));
               QF_TRY_STATUS(c.audit_read("clue_list", "deadlines", std::string("期限 ") + (want ? std::string(code_of(*want)) : "all")));
               return out;
             });

  routes.get("/clues/assignable",
             RouteSpec{"可指派的线索办理人员", "Accounts that can be assigned to clues", std::string(kClueHandle)},
             [](Call& c) -> Result<json> {
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(auto accounts, assignable_accounts(lease.get()));
               json arr = json::array();
               for (const auto& a : accounts)
                 arr.push_back({{"account_id", a.account_id},
                                {"display_name", a.display_name},
                                {"roles", a.roles},
                                {"department_name", a.department_name},
                                {"position_name", a.position_name}});
               return arr;
             });

  // Detail and download are reachable by any signed-in account so that, without
  // clue.handle, an existing id answers exactly like an absent one (404, not 403).
  routes.get("/clues/{id}", RouteSpec{"线索详情（留痕；需线索办理权限，否则按不存在处理）",
                                      "A clue (audited read; needs clue.handle, else answers as absent)", ""},
             [ctx, view_for](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(auto lease, c.app.db->acquire());
               auto s = load_visible(lease.get(), c.who(), id);
               if (!s.ok()) return s.take_error();
               QF_TRY(auto cal, load_calendar(lease.get()));
               QF_TRY(json j, detail_json(lease.get(), *s, c.who(), view_for(c, cal)));
               QF_TRY_STATUS(c.audit_read("clue", std::to_string(id), "查看线索 " + s->clue.number));
               return j;
             });

  routes.post(
      "/clues",
      RouteSpec{"登记问题线索", "Register a problem clue", std::string(kClueHandle), "clue.register",
                R"({"source":"petition","category":"integrity","matter":"反映其在项目验收中收受礼金","received_on":"2026-03-02","persons":[{"person_id":12}],"assignments":[{"account_id":6,"part":"handler"}]})"},
      [ctx, view_for](Call& c) -> Result<json> {
        QF_TRY(json b, c.body());
        NewClue in;
        QF_TRY(in.source, enum_field<ClueSource>(b, "source", "source", "clue.source"));
        QF_TRY(in.category, enum_field<DisciplineCategory>(b, "category", "category", "clue.category"));
        in.matter = text_field(b, "matter");
        QF_TRY(in.received_on, date_field(b, "received_on", "received_on"));
        QF_TRY(ClueRegistration reg, registration_of_body(b, in.source));
        const bool secretary = c.who().has_role(auth::Role::kDisciplineSecretary);
        ClueActor actor = actor_of(c.who(), secretary ? ClueActorRole::kDisciplineSecretary : ClueActorRole::kHandler);
        return c.tx([&](store::Connection& conn) -> Result<json> {
          QF_TRY(in.persons, persons_of_body(conn, b, true));
          QF_TRY(auto assignments, assignments_of_body(conn, b));
          StoredClueNumberAllocator numbers(conn);
          QF_TRY(ProblemClue clue, register_clue(in, actor, c.now_ms(), ctx->cfg, numbers));
          QF_TRY(auto cal, load_calendar(conn));
          QF_TRY(int64_t id, insert_clue(conn, clue, c.who().account_id, c.now_ms(), DueRules{ctx->cfg, cal}));
          QF_TRY_STATUS(store_registration(conn, c.app.config.security, id, reg, c.who().account_id, c.now_ms()));
          bool other_handler = std::any_of(assignments.begin(), assignments.end(), [&](const AssignmentInput& a) {
            return a.part == ClueActorRole::kHandler && a.account_id != c.who().account_id;
          });
          if (!(secretary && other_handler)) assignments.insert(assignments.begin(), {c.who().account_id, ClueActorRole::kHandler});
          std::set<std::pair<int64_t, ClueActorRole>> seen;
          for (const auto& a : assignments)
            if (seen.insert({a.account_id, a.part}).second)
              QF_TRY_STATUS(add_assignment(conn, id, a.account_id, a.part, c.who().account_id, c.now_ms()));
          c.audit_object_type = "clue";
          c.audit_object_id = std::to_string(id);
          c.audit_summary = fmt::format("登记线索 {}（{}）", clue.number, code_of(in.source));
          QF_TRY(StoredClue s, load_clue(conn, id));
          return detail_json(conn, s, c.who(), view_for(c, cal));
        });
      });

  routes.post(
      "/clues/{id}/actions",
      RouteSpec{"线索办理操作（状态流转）", "Act on a clue (state transition)", std::string(kClueHandle), "clue.action",
                R"({"action":"approve","as":"dept_head","opinion":"同意"})"},
      [ctx, view_for](Call& c) -> Result<json> {
        QF_TRY(int64_t id, c.id_param());
        QF_TRY(json b, c.body());
        QF_TRY(ClueAction action, enum_field<ClueAction>(b, "action", "action", "clue.action"));
        ClueCommand cmd;
        cmd.action = action;
        cmd.at_ms = c.now_ms();
        cmd.opinion = text_field(b, "opinion");
        QF_TRY(cmd.disposition, opt_enum_field<Disposition>(b, "disposition", "disposition", "clue.disposition"));
        if (auto it = b.find("outcome"); it != b.end() && !it->is_null()) {
          QF_TRY(ClueOutcome o, outcome_of_body(*it));
          cmd.outcome = std::move(o);
        }
        if (!text_field(b, "effective_on").empty()) {
          QF_TRY(Date d, Date::parse(text_field(b, "effective_on"), "effective_on"));
          cmd.effective_on = d;
        }
        c.audit_object_type = "clue";
        c.audit_object_id = std::to_string(id);
        c.audit_summary = fmt::format("线索操作 {}", code_of(action));
        return c.tx([&](store::Connection& conn) -> Result<json> {
          QF_TRY(StoredClue s, load_visible(conn, c.who(), id));
          QF_TRY(auto parts, parts_of(conn, c.who(), id));
          QF_TRY(ClueActorRole part, choose_part(s.clue, parts, action, text_field(b, "as"), ctx->cfg));
          cmd.actor = actor_of(c.who(), part);
          c.audit_summary = fmt::format("线索 {} 操作 {}（{}）", s.clue.number, code_of(action), code_of(part));
          QF_TRY(ProblemClue after, apply(s.clue, cmd, ctx->cfg));
          QF_TRY(auto cal, load_calendar(conn));
          QF_TRY_STATUS(save_clue(conn, after, s.version, s.clue.history.size(), c.now_ms(), DueRules{ctx->cfg, cal}));
          c.audit_summary = fmt::format("线索 {} {}（{}）：{} → {}", after.number, code_of(action), code_of(part),
                                        code_of(s.clue.state), code_of(after.state));
          QF_TRY(StoredClue fresh, load_clue(conn, id));
          return detail_json(conn, fresh, c.who(), view_for(c, cal));
        });
      });

  routes.put(
      "/clues/{id}/assignments",
      RouteSpec{"指派线索办理人员（纪委书记）", "Assign accounts to a clue (discipline secretary)", std::string(kClueHandle),
                "clue.assign", R"({"assignments":[{"account_id":7,"part":"handler"}]})"},
      [ctx, view_for](Call& c) -> Result<json> {
        QF_TRY(int64_t id, c.id_param());
        QF_TRY(json b, c.body());
        c.audit_object_type = "clue";
        c.audit_object_id = std::to_string(id);
        return c.tx([&](store::Connection& conn) -> Result<json> {
          QF_TRY(StoredClue s, load_visible(conn, c.who(), id));
          if (!c.who().has_role(auth::Role::kDisciplineSecretary))
            return Error::make(ErrorKind::kForbidden, "clue.assign.forbidden", "只有纪委书记可以指派线索办理人员",
                               "Only the discipline secretary assigns accounts to a clue", "assignments");
          if (!b.contains("assignments"))
            return Error::invalid("clue.required", "请填写指派人员", "Please fill in the assignments", "assignments");
          QF_TRY(auto wanted, assignments_of_body(conn, b));
          QF_TRY(auto current, list_assignments(conn, id, false));
          std::string changes;
          for (const auto& a : current) {
            bool keep = std::any_of(wanted.begin(), wanted.end(), [&](const AssignmentInput& w) {
              return w.account_id == a.account_id && w.part == a.part;
            });
            if (!keep) {
              QF_TRY_STATUS(end_assignment(conn, a.id, c.now_ms()));
              changes += fmt::format(" -{}:{}", a.account_id, code_of(a.part));
            }
          }
          for (const auto& w : wanted) {
            bool have = std::any_of(current.begin(), current.end(), [&](const ClueAssignment& a) {
              return w.account_id == a.account_id && w.part == a.part;
            });
            if (!have) {
              QF_TRY_STATUS(add_assignment(conn, id, w.account_id, w.part, c.who().account_id, c.now_ms()));
              changes += fmt::format(" +{}:{}", w.account_id, code_of(w.part));
            }
          }
          c.audit_summary = fmt::format("线索 {} 指派{}", s.clue.number, changes.empty() ? " 无变化" : changes);
          QF_TRY(auto cal, load_calendar(conn));
          return detail_json(conn, s, c.who(), view_for(c, cal));
        });
      });

  routes.raw_route(
      "GET", "/clues/{id}/attachments/{aid}",
      RouteSpec{"下载线索附件（留痕；需线索办理权限，否则按不存在处理）",
                "Download a clue document (audited; needs clue.handle, else answers as absent)", ""},
      [](Call& c) -> Result<http::Response> {
        QF_TRY(int64_t id, c.id_param());
        QF_TRY(int64_t aid, c.id_param("aid"));
        QF_TRY(auto lease, c.app.db->acquire());
        QF_TRY(bool visible, can_see_clue(lease.get(), c.who(), id));
        if (!visible) return clue_not_found();
        QF_TRY(auth::ServerKey key, clue_key(c.app.config.security.secret_key_file));
        QF_TRY(auto att, read_attachment(lease.get(), key, id, aid));
        QF_TRY_STATUS(c.audit_read("clue", std::to_string(id), fmt::format("下载线索附件 #{}", aid)));
        http::Response res = http::Response::bytes(200, std::move(att.second), att.first.content_type, att.first.filename);
        res.set_header("X-Content-SHA256", att.first.sha256);
        return res;
      });

  routes.json_route(
      "POST", "/clues/{id}/attachments",
      RouteSpec{"上传线索附件（原始字节）", "Upload a clue document (raw body)", std::string(kClueHandle), "clue.attachment.upload"},
      [ctx](Call& c) -> Result<json> {
        QF_TRY(int64_t id, c.id_param());
        std::string filename = c.req.query_param("filename").value_or("");
        std::string kind = c.req.query_param("kind").value_or("other");
        if (kind.empty()) kind = "other";
        if (filename.empty() || filename.find('/') != std::string::npos || filename.find('\\') != std::string::npos)
          return bad_field("filename", "请提供文件名（不含路径）", "Please give the file name (without a folder)");
        if (kind != "source" && kind != "decision" && kind != "reply" && kind != "other")
          return bad_field("kind", "附件类别应为 source、decision、reply 或 other",
                           "kind must be source, decision, reply or other");
        const int64_t limit = static_cast<int64_t>(ctx->cfg.max_attachment_mb) * 1024 * 1024;
        c.audit_object_type = "clue";
        c.audit_object_id = std::to_string(id);
        QF_TRY(auth::ServerKey key, clue_key(ctx->key_file));
        return c.tx([&](store::Connection& conn) -> Result<json> {
          QF_TRY(StoredClue s, load_visible(conn, c.who(), id));
          if (static_cast<int64_t>(c.req.body.size()) > limit)
            return Error::make(ErrorKind::kTooLarge, "clue.attachment.too_large",
                               fmt::format("附件“{}”大小 {:.1f} MB，超过上限 {} MB", filename,
                                           c.req.body.size() / 1048576.0, ctx->cfg.max_attachment_mb),
                               fmt::format("The document \"{}\" is {:.1f} MB, above the limit of {} MB", filename,
                                           c.req.body.size() / 1048576.0, ctx->cfg.max_attachment_mb),
                               "file");
          if (c.req.body.empty()) return bad_field("file", "附件内容为空", "The document is empty");
          QF_TRY(int64_t aid,
                 insert_attachment(conn, key, id, filename, kind, c.req.body, c.who().account_id, c.now_ms()));
          c.audit_summary = fmt::format("线索 {} 上传附件（{} 字节；文件名不记录）", s.clue.number, c.req.body.size());
          QF_TRY(auto atts, list_attachments(conn, key, id));
          for (const auto& a : atts) {
            if (a.id != aid) continue;
            return json{{"id", a.id},           {"filename", a.filename},   {"kind", a.kind},
                        {"content_type", a.content_type}, {"size", a.size}, {"sha256", a.sha256},
                        {"sm3", a.sm3},         {"uploaded_at", a.uploaded_at}, {"uploaded_by_name", a.uploaded_by_name}};
          }
          return Error::internal("attachment vanished");
        });
      });

  routes.post(
      "/clues/split",
      RouteSpec{"拆分线索", "Split a clue", std::string(kClueHandle), "clue.split",
                R"({"clue_id":1,"opinion":"涉及两人两事，分别办理","parts":[{"category":"integrity","matter":"…","persons":[{"person_id":12}]}]})"},
      [ctx, view_for](Call& c) -> Result<json> {
        QF_TRY(json b, c.body());
        QF_TRY(auto clue_id, id_field(b, "clue_id", "clue_id"));
        if (!clue_id) return Error::invalid("clue.required", "请选择要拆分的线索", "Please choose the clue to split", "clue_id");
        auto pit = b.find("parts");
        if (pit == b.end() || !pit->is_array())
          return Error::invalid("clue.required", "请填写拆分后的线索", "Please fill in the parts", "parts");
        c.audit_object_type = "clue";
        c.audit_object_id = std::to_string(*clue_id);
        return c.tx([&](store::Connection& conn) -> Result<json> {
          QF_TRY(StoredClue s, load_visible(conn, c.who(), *clue_id));
          std::vector<ClueContent> contents;
          for (size_t i = 0; i < pit->size(); ++i) {
            const json& pj = (*pit)[i];
            const std::string field = fmt::format("parts[{}]", i);
            if (!pj.is_object()) return bad_field(field, field + " 应为对象", field + " must be an object");
            ClueContent cc;
            QF_TRY(cc.category, enum_field<DisciplineCategory>(pj, "category", field + ".category", "clue.category"));
            cc.matter = text_field(pj, "matter");
            auto persons = persons_of_body(conn, pj, false);
            if (!persons.ok()) {
              Error e = persons.take_error();
              e.field = field + "." + e.field;
              return e;
            }
            cc.persons = std::move(persons).value();
            contents.push_back(std::move(cc));
          }
          QF_TRY(auto parts, parts_of(conn, c.who(), s.clue.id));
          ClueActorRole part = parts.front();
          for (ClueActorRole p : {ClueActorRole::kHandler, ClueActorRole::kDisciplineSecretary})
            if (std::find(parts.begin(), parts.end(), p) != parts.end()) { part = p; break; }
          StoredClueNumberAllocator numbers(conn);
          QF_TRY(SplitResult r, split_clue(s.clue, contents, actor_of(c.who(), part), c.now_ms(), text_field(b, "opinion"),
                                           ctx->cfg, numbers));
          QF_TRY(auto cal, load_calendar(conn));
          const DueRules due{ctx->cfg, cal};
          QF_TRY_STATUS(save_clue(conn, r.original, s.version, s.clue.history.size(), c.now_ms(), due));
          QF_TRY(auto inherited, list_assignments(conn, s.clue.id, false));
          std::vector<int64_t> new_ids;
          std::string numbers_text;
          for (const ProblemClue& p : r.parts) {
            QF_TRY(int64_t nid, insert_clue(conn, p, c.who().account_id, c.now_ms(), due));
            for (const auto& a : inherited)
              QF_TRY_STATUS(add_assignment(conn, nid, a.account_id, a.part, c.who().account_id, c.now_ms()));
            new_ids.push_back(nid);
            numbers_text += (numbers_text.empty() ? "" : "、") + p.number;
          }
          QF_TRY_STATUS(insert_links(conn, r.links));
          c.audit_summary = fmt::format("拆分线索 {} → {}：{} → {}", s.clue.number, numbers_text, code_of(s.clue.state),
                                        code_of(r.original.state));
          json out = json::array();
          for (int64_t nid : new_ids) {
            QF_TRY(StoredClue ns, load_clue(conn, nid));
            QF_TRY(json j, detail_json(conn, ns, c.who(), view_for(c, cal)));
            out.push_back(std::move(j));
          }
          return out;
        });
      });

  routes.post(
      "/clues/merge",
      RouteSpec{"合并线索", "Merge clues", std::string(kClueHandle), "clue.merge",
                R"({"clue_ids":[1,2],"opinion":"反映同一事项","matter":"…","category":"integrity"})"},
      [ctx, view_for](Call& c) -> Result<json> {
        QF_TRY(json b, c.body());
        auto iit = b.find("clue_ids");
        if (iit == b.end() || !iit->is_array())
          return Error::invalid("clue.required", "请选择要合并的线索", "Please choose the clues to merge", "clue_ids");
        std::vector<int64_t> ids;
        for (const auto& x : *iit) {
          if (!x.is_number_integer() || x.get<int64_t>() <= 0)
            return bad_field("clue_ids", "clue_ids 应为线索编号列表", "clue_ids must be a list of clue ids");
          ids.push_back(x.get<int64_t>());
        }
        ClueContent merged;
        QF_TRY(merged.category, enum_field<DisciplineCategory>(b, "category", "category", "clue.category"));
        merged.matter = text_field(b, "matter");
        c.audit_object_type = "clue";
        c.audit_object_id = ids.empty() ? "" : std::to_string(ids.front());
        return c.tx([&](store::Connection& conn) -> Result<json> {
          QF_TRY(merged.persons, persons_of_body(conn, b, false));
          std::vector<StoredClue> stored;
          std::vector<ProblemClue> originals;
          std::optional<ClueActorRole> part;
          const bool secretary = c.who().has_role(auth::Role::kDisciplineSecretary);
          for (int64_t id : ids) {
            QF_TRY(StoredClue s, load_visible(conn, c.who(), id));
            QF_TRY(auto parts, parts_of(conn, c.who(), id));
            ClueActorRole p = secretary ? ClueActorRole::kDisciplineSecretary : ClueActorRole::kHandler;
            if (std::find(parts.begin(), parts.end(), p) == parts.end()) return not_your_part(p);
            part = p;
            originals.push_back(s.clue);
            stored.push_back(std::move(s));
          }
          StoredClueNumberAllocator numbers(conn);
          QF_TRY(MergeResult r, merge_clues(originals, merged, actor_of(c.who(), part.value_or(ClueActorRole::kHandler)),
                                            c.now_ms(), text_field(b, "opinion"), ctx->cfg, numbers));
          std::set<std::pair<int64_t, ClueActorRole>> inherited;
          std::string from_text;
          QF_TRY(auto cal, load_calendar(conn));
          const DueRules due{ctx->cfg, cal};
          for (size_t i = 0; i < stored.size(); ++i) {
            QF_TRY_STATUS(
                save_clue(conn, r.originals[i], stored[i].version, stored[i].clue.history.size(), c.now_ms(), due));
            QF_TRY(auto as, list_assignments(conn, stored[i].clue.id, false));
            for (const auto& a : as) inherited.insert({a.account_id, a.part});
            from_text += (from_text.empty() ? "" : "、") + stored[i].clue.number;
          }
          QF_TRY(int64_t nid, insert_clue(conn, r.merged, c.who().account_id, c.now_ms(), due));
          for (const auto& [account, p] : inherited)
            QF_TRY_STATUS(add_assignment(conn, nid, account, p, c.who().account_id, c.now_ms()));
          QF_TRY_STATUS(insert_links(conn, r.links));
          c.audit_summary = fmt::format("合并线索 {} → {}：→ merged", from_text, r.merged.number);
          QF_TRY(StoredClue ns, load_clue(conn, nid));
          return detail_json(conn, ns, c.who(), view_for(c, cal));
        });
      });
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_clues);
