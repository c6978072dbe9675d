#include "domain/clues/clue_store.h"

#include "domain/clues/clue_attachment_seal.h"

#include <openssl/evp.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/text_encoding.h"
#include "domain/auth/permissions.h"
#include "domain/calendar/calendar_store.h"
#include "domain/clues/clue_deadlines.h"
#include "domain/org/data_scope.h"
#include "store/like.h"

namespace qf::clues {

namespace {

using store::Params;
using store::Value;

Error not_found() {
  return Error::make(ErrorKind::kNotFound, "clue.not_found", "线索不存在", "Clue not found");
}

Value date_value(const std::optional<Date>& d) { return d ? Value{d->to_string()} : Value{nullptr}; }

template <class E>
Value code_value(const std::optional<E>& v) {
  return v ? Value{std::string(code_of(*v))} : Value{nullptr};
}

template <class E>
Result<E> code_from(const std::string& code, const char* column) {
  auto v = enum_from_code<E>(code);
  if (!v) return Error::internal(std::string("unknown code in clues.") + column + ": " + code);
  return *v;
}

template <class E>
Result<std::optional<E>> opt_code_from(const store::Row& r, const char* column) {
  if (r.is_null(column)) return std::optional<E>{};
  QF_TRY(E v, code_from<E>(r.text(column), column));
  return std::optional<E>{v};
}

Result<Date> date_from(const store::Row& r, const char* column) { return Date::parse(r.text(column), column); }

Result<std::optional<Date>> opt_date_from(const store::Row& r, const char* column) {
  if (r.is_null(column)) return std::optional<Date>{};
  QF_TRY(Date d, Date::parse(r.text(column), column));
  return std::optional<Date>{d};
}

Result<StoredClue> clue_from_row(const store::Row& r) {
  StoredClue s;
  ProblemClue& c = s.clue;
  c.id = r.i64("id");
  c.number = r.text("number");
  c.number_year = static_cast<int>(r.i64("number_year"));
  c.number_seq = r.i64("number_seq");
  QF_TRY(c.source, code_from<ClueSource>(r.text("source"), "source"));
  QF_TRY(c.category, code_from<DisciplineCategory>(r.text("category"), "category"));
  c.matter = r.text("matter");
  QF_TRY(c.received_on, date_from(r, "received_date"));
  QF_TRY(c.state, code_from<ClueState>(r.text("state"), "state"));
  QF_TRY(c.disposition, opt_code_from<Disposition>(r, "disposition"));
  QF_TRY(c.proposed_disposition, opt_code_from<Disposition>(r, "proposed_disposition"));
  c.proposal_is_escalation = r.boolean("proposal_is_escalation");
  c.approvals_done = static_cast<int>(r.i64("approvals_done"));
  QF_TRY(c.disposition_stage_start, date_from(r, "disposition_stage_start_date"));
  QF_TRY(c.disposition_proposed_on, opt_date_from(r, "disposition_proposed_date"));
  QF_TRY(c.disposition_approved_on, opt_date_from(r, "disposition_approved_date"));
  QF_TRY(c.inquiry_sent_on, opt_date_from(r, "inquiry_sent_date"));
  QF_TRY(c.inquiry_replied_on, opt_date_from(r, "inquiry_replied_date"));
  QF_TRY(c.verification_started_on, opt_date_from(r, "verification_started_date"));
  c.verification_extensions = static_cast<int>(r.i64("verification_extensions"));
  QF_TRY(c.outcome_submitted_on, opt_date_from(r, "outcome_submitted_date"));
  QF_TRY(c.closed_on, opt_date_from(r, "closed_date"));
  if (!r.is_null("outcome_conclusion")) {
    ClueOutcome o;
    QF_TRY(o.conclusion, code_from<OutcomeConclusion>(r.text("outcome_conclusion"), "outcome_conclusion"));
    o.summary = r.text("outcome_summary");
    c.outcome = std::move(o);
  }
  s.version = r.i64("version");
  s.created_at = r.i64("created_at");
  s.updated_at = r.i64("updated_at");
  return s;
}

// "?,?,…" for n parameters.
std::string placeholders(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += i ? ",?" : "?";
  return out;
}

// Persons, outcome measures and (when asked) history of the clues in `batch` (at most
// kBatch of them, keyed by id), in three queries whatever their number.
Status load_details(store::Connection& conn, std::map<int64_t, StoredClue*>& batch, bool with_history) {
  if (batch.empty()) return {};
  Params ids;
  for (const auto& [id, _] : batch) ids.emplace_back(id);
  const std::string list = placeholders(ids.size());
  QF_TRY(auto persons, conn.query(org::splice(store::sql(conn, "clues/persons_of_many"), "/*IDS*/", list), ids));
  for (const auto& r : persons) {
    StoredClue& s = *batch.at(r.i64("clue_id"));
    ReportedPerson p;
    p.person_id = r.opt_i64("person_id");
    p.name = r.text("name");
    p.position = r.text("position");
    s.clue.persons.push_back(std::move(p));
    s.person_departments.push_back(r.opt_i64("department_id"));
    s.person_department_names.push_back(r.text("department_name"));
  }
  QF_TRY(auto ms, conn.query(org::splice(store::sql(conn, "clues/measures_of_many"), "/*IDS*/", list), ids));
  for (const auto& r : ms) {
    ProblemClue& c = batch.at(r.i64("clue_id"))->clue;
    if (!c.outcome) continue;
    AppliedMeasure m;
    m.person_id = r.opt_i64("person_id");
    m.person_name = r.text("person_name");
    QF_TRY(m.measure, code_from<FormMeasure>(r.text("measure"), "measure"));
    QF_TRY(m.decided_on, date_from(r, "decided_on"));
    m.decision_document = r.text("decision_document");
    c.outcome->measures.push_back(std::move(m));
  }
  if (with_history) {
    QF_TRY(auto hs, conn.query(org::splice(store::sql(conn, "clues/transitions_of_many"), "/*IDS*/", list), ids));
    for (const auto& r : hs) {
      TransitionRecord t;
      QF_TRY(t.action, code_from<ClueAction>(r.text("action"), "action"));
      QF_TRY(t.from, code_from<ClueState>(r.text("from_state"), "from_state"));
      QF_TRY(t.to, code_from<ClueState>(r.text("to_state"), "to_state"));
      t.actor_id = r.i64("actor_id");
      t.actor_name = r.text("actor_name");
      QF_TRY(t.role, code_from<ClueActorRole>(r.text("role"), "role"));
      t.at_ms = r.i64("at_ms");
      QF_TRY(t.on, date_from(r, "on_date"));
      t.opinion = r.text("opinion");
      QF_TRY(t.disposition, opt_code_from<Disposition>(r, "disposition"));
      t.approval_step = static_cast<int>(r.i64("approval_step"));
      batch.at(r.i64("clue_id"))->clue.history.push_back(std::move(t));
    }
  }
  return {};
}

// Clues are read in batches of this many ids (one IN list per query).
constexpr size_t kBatch = 200;

Status insert_history(store::Connection& conn, const ProblemClue& c, size_t from) {
  for (size_t i = from; i < c.history.size(); ++i) {
    const TransitionRecord& t = c.history[i];
    QF_TRY_STATUS(conn.insert(store::sql(conn, "clues/transition_insert"),
                              {c.id, static_cast<int64_t>(i + 1), std::string(code_of(t.action)),
                               std::string(code_of(t.from)), std::string(code_of(t.to)), t.actor_id, t.actor_name,
                               std::string(code_of(t.role)), t.at_ms, t.on.to_string(), t.opinion,
                               code_value(t.disposition), int64_t{t.approval_step}}));
  }
  return {};
}

Status write_measures(store::Connection& conn, const ProblemClue& c) {
  QF_TRY_STATUS(conn.execute(store::sql(conn, "clues/measures_delete"), {c.id}));
  if (!c.outcome) return {};
  const int64_t approved = c.state == ClueState::kClosed ? 1 : 0;
  int64_t ord = 0;
  for (const AppliedMeasure& m : c.outcome->measures) {
    QF_TRY_STATUS(conn.insert(store::sql(conn, "clues/measure_insert"),
                              {c.id, ++ord, store::opt(m.person_id), m.person_name,
                               std::string(code_of(form_of(m.measure))), std::string(code_of(m.measure)),
                               m.decided_on.to_string(), m.decision_document, approved}));
  }
  return {};
}

std::string hex_digest(const EVP_MD* md, const std::string& bytes) {
  if (!md) return {};
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), out, &n, md, nullptr) != 1) return {};
  static const char* const kHex = "0123456789abcdef";
  std::string s;
  for (unsigned i = 0; i < n; ++i) {
    s.push_back(kHex[out[i] >> 4]);
    s.push_back(kHex[out[i] & 15]);
  }
  return s;
}

bool ends_with(const std::string& s, std::string_view tail) {
  if (s.size() < tail.size()) return false;
  std::string end = s.substr(s.size() - tail.size());
  std::transform(end.begin(), end.end(), end.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return end == tail;
}

AttachmentInfo attachment_from_row(const store::Row& r) {
  AttachmentInfo a;
  a.id = r.i64("id");
  a.clue_id = r.i64("clue_id");
  a.filename = r.text("filename");
  a.kind = r.text("kind");
  a.content_type = r.text("content_type");
  a.size = r.i64("size");
  a.sha256 = r.text("sha256");
  a.sm3 = r.text("sm3");
  a.uploaded_by = r.i64("uploaded_by");
  a.uploaded_by_name = r.text("uploaded_by_name");
  a.uploaded_at = r.i64("uploaded_at");
  return a;
}

}  // namespace

// ---- numbering ------------------------------------------------------------------------

Result<int64_t> StoredClueNumberAllocator::next_seq(int year) {
  QF_TRY(store::Row r, conn_.query_one(store::sql(conn_, "clues/counter_next"), {int64_t{year}}));
  return r.i64("high_water");
}

// ---- visibility -----------------------------------------------------------------------

ClueVisibility visible_clues(const auth::Principal& who, const std::string& alias) {
  if (!who.can(auth::perm::kClueHandle)) return {"1=0", {}};
  if (who.has_role(auth::Role::kDisciplineSecretary)) return {"1=1", {}};
  // An IN list rather than a correlated EXISTS: both databases then read the caller's
  // assignments once through clue_assignments_account and probe clues by key, instead
  // of testing every clue of the archive.
  return {alias + ".id IN (SELECT va.clue_id FROM clue_assignments va WHERE va.account_id = ? AND va.ended_at IS NULL)",
          {who.account_id}};
}

ClueVisibility visible_clue_probe(const auth::Principal& who, const std::string& alias) {
  if (!who.can(auth::perm::kClueHandle)) return {"1=0", {}};
  if (who.has_role(auth::Role::kDisciplineSecretary)) return {"1=1", {}};
  return {"EXISTS (SELECT 1 FROM clue_assignments va WHERE va.clue_id = " + alias +
              ".id AND va.account_id = ? AND va.ended_at IS NULL)",
          {who.account_id}};
}

Result<bool> can_see_clue(store::Connection& conn, const auth::Principal& who, int64_t clue_id) {
  ClueVisibility v = visible_clue_probe(who);
  Params p = v.params;
  p.insert(p.begin(), Value{clue_id});
  QF_TRY(auto rs, conn.query("SELECT c.id FROM clues c WHERE c.id = ? AND " + v.sql, p));
  return !rs.empty();
}

// ---- clues ---------------------------------------------------------------------------

Result<StoredClue> load_clue(store::Connection& conn, int64_t id) {
  QF_TRY(auto found, load_clues(conn, {id}, true));
  if (found.empty()) return not_found();
  return std::move(found.front());
}

Result<std::vector<StoredClue>> load_clues(store::Connection& conn, const std::vector<int64_t>& ids,
                                           bool with_history) {
  std::vector<StoredClue> out;
  out.reserve(ids.size());
  std::string base(store::sql(conn, "clues/clue_get"));
  const std::string head = base.substr(0, base.find("WHERE id = ?"));
  for (size_t at = 0; at < ids.size(); at += kBatch) {
    size_t n = std::min(kBatch, ids.size() - at);
    Params p(ids.begin() + at, ids.begin() + at + n);
    QF_TRY(auto rs, conn.query(head + "WHERE id IN (" + placeholders(n) + ") ORDER BY id", p));
    const size_t first = out.size();
    for (const auto& r : rs) {
      QF_TRY(StoredClue s, clue_from_row(r));
      out.push_back(std::move(s));
    }
    std::map<int64_t, StoredClue*> batch;
    for (size_t i = first; i < out.size(); ++i) batch[out[i].clue.id] = &out[i];
    QF_TRY_STATUS(load_details(conn, batch, with_history));
  }
  std::sort(out.begin(), out.end(), [](const StoredClue& a, const StoredClue& b) { return a.clue.id < b.clue.id; });
  return out;
}

// The register's read model (migration 0013): the clue's next due day, kept with every write.
Status write_next_due(store::Connection& conn, const ProblemClue& c, const DueRules& due) {
  QF_TRY_STATUS(
      conn.execute(store::sql(conn, "clues/set_next_due"), {date_value(next_due_date(c, due.cfg, due.cal)), c.id}));
  return {};
}

Result<int64_t> insert_clue(store::Connection& conn, const ProblemClue& c, int64_t actor, int64_t now_ms,
                            const DueRules& due) {
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "clues/clue_insert"),
                                 {c.number, int64_t{c.number_year}, c.number_seq, std::string(code_of(c.source)),
                                  std::string(code_of(c.category)), c.matter, c.received_on.to_string(),
                                  std::string(code_of(c.state)), code_value(c.disposition),
                                  code_value(c.proposed_disposition), int64_t{c.proposal_is_escalation ? 1 : 0},
                                  int64_t{c.approvals_done}, c.disposition_stage_start.to_string(),
                                  date_value(c.disposition_proposed_on), date_value(c.disposition_approved_on),
                                  date_value(c.inquiry_sent_on), date_value(c.inquiry_replied_on),
                                  date_value(c.verification_started_on), int64_t{c.verification_extensions},
                                  date_value(c.outcome_submitted_on), date_value(c.closed_on),
                                  c.outcome ? Value{std::string(code_of(c.outcome->conclusion))} : Value{nullptr},
                                  c.outcome ? Value{c.outcome->summary} : Value{nullptr}, actor, now_ms, now_ms}));
  ProblemClue stored = c;
  stored.id = id;
  int64_t ord = 0;
  for (const ReportedPerson& p : c.persons) {
    std::optional<int64_t> dept;
    if (p.person_id) {
      QF_TRY(auto rs, conn.query(store::sql(conn, "clues/person_department_on"),
                                 {c.received_on.to_string(), *p.person_id}));
      if (!rs.empty()) dept = rs.front().opt_i64("department_id");
    }
    QF_TRY_STATUS(conn.insert(store::sql(conn, "clues/person_insert"),
                              {id, ++ord, store::opt(p.person_id), p.name, p.position, store::opt(dept)}));
  }
  QF_TRY_STATUS(insert_history(conn, stored, 0));
  QF_TRY_STATUS(write_measures(conn, stored));
  QF_TRY_STATUS(write_next_due(conn, stored, due));
  return id;
}

Status save_clue(store::Connection& conn, const ProblemClue& c, int64_t expected_version, size_t stored_history,
                 int64_t now_ms, const DueRules& due) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "clues/clue_update"),
                                 {std::string(code_of(c.source)), std::string(code_of(c.category)), c.matter,
                                  c.received_on.to_string(), std::string(code_of(c.state)), code_value(c.disposition),
                                  code_value(c.proposed_disposition), int64_t{c.proposal_is_escalation ? 1 : 0},
                                  int64_t{c.approvals_done}, c.disposition_stage_start.to_string(),
                                  date_value(c.disposition_proposed_on), date_value(c.disposition_approved_on),
                                  date_value(c.inquiry_sent_on), date_value(c.inquiry_replied_on),
                                  date_value(c.verification_started_on), int64_t{c.verification_extensions},
                                  date_value(c.outcome_submitted_on), date_value(c.closed_on),
                                  c.outcome ? Value{std::string(code_of(c.outcome->conclusion))} : Value{nullptr},
                                  c.outcome ? Value{c.outcome->summary} : Value{nullptr}, now_ms, c.id,
                                  expected_version}));
  if (n == 0) {
    return Error::make(ErrorKind::kConflict, "clue.conflict", "线索已被他人修改，请刷新",
                       "The clue was changed by someone else; please refresh");
  }
  QF_TRY_STATUS(insert_history(conn, c, stored_history));
  QF_TRY_STATUS(write_measures(conn, c));
  return write_next_due(conn, c, due);
}

Result<int64_t> refresh_next_due_dates(store::Connection& conn, const DueRules& due) {
  QF_TRY(auto stored, conn.query(store::sql(conn, "clues/next_due_all")));
  std::vector<int64_t> ids;
  ids.reserve(stored.size());
  for (const auto& r : stored) ids.push_back(r.i64("id"));
  QF_TRY(auto clues, load_clues(conn, ids, false));  // id order, as `stored`
  int64_t changed = 0;
  for (size_t i = 0; i < clues.size() && i < stored.size(); ++i) {
    const auto want = next_due_date(clues[i].clue, due.cfg, due.cal);
    const auto have = stored[i].opt_text("next_due_date");
    if ((want ? std::optional<std::string>(want->to_string()) : std::nullopt) == have) continue;
    QF_TRY_STATUS(write_next_due(conn, clues[i].clue, due));
    ++changed;
  }
  return changed;
}

Result<std::optional<int64_t>> clue_id_by_number(store::Connection& conn, const std::string& number) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "clues/clue_by_number"), {number}));
  if (rs.empty()) return std::optional<int64_t>{};
  return std::optional<int64_t>{rs.front().i64("id")};
}

// ---- assignments ------------------------------------------------------------------------

namespace {

Result<ClueAssignment> assignment_from_row(const store::Row& r) {
  ClueAssignment a;
  a.id = r.i64("id");
  a.clue_id = r.i64("clue_id");
  a.account_id = r.i64("account_id");
  a.display_name = r.text("display_name");
  QF_TRY(a.part, code_from<ClueActorRole>(r.text("part"), "part"));
  a.assigned_by = r.opt_i64("assigned_by");
  a.assigned_at = r.i64("assigned_at");
  a.ended_at = r.opt_i64("ended_at");
  return a;
}

}  // namespace

Result<std::vector<ClueAssignment>> list_assignments(store::Connection& conn, int64_t clue_id, bool include_ended) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "clues/assignments_of"), {clue_id, int64_t{include_ended ? 1 : 0}}));
  std::vector<ClueAssignment> out;
  for (const auto& r : rs) {
    QF_TRY(ClueAssignment a, assignment_from_row(r));
    out.push_back(std::move(a));
  }
  return out;
}

Result<std::map<int64_t, std::vector<ClueAssignment>>> assignments_in_force(store::Connection& conn,
                                                                            const std::vector<int64_t>& clue_ids) {
  std::map<int64_t, std::vector<ClueAssignment>> out;
  for (size_t at = 0; at < clue_ids.size(); at += kBatch) {
    const size_t n = std::min(kBatch, clue_ids.size() - at);
    Params p(clue_ids.begin() + at, clue_ids.begin() + at + n);
    QF_TRY(auto rs, conn.query(org::splice(store::sql(conn, "clues/assignments_of_many"), "/*IDS*/", placeholders(n)), p));
    for (const auto& r : rs) {
      QF_TRY(ClueAssignment a, assignment_from_row(r));
      out[a.clue_id].push_back(std::move(a));
    }
  }
  return out;
}

Result<int64_t> add_assignment(store::Connection& conn, int64_t clue_id, int64_t account_id, ClueActorRole part,
                               std::optional<int64_t> assigned_by, int64_t now_ms) {
  return conn.insert(store::sql(conn, "clues/assignment_insert"),
                     {clue_id, account_id, std::string(code_of(part)), store::opt(assigned_by), now_ms});
}

Status end_assignment(store::Connection& conn, int64_t assignment_id, int64_t now_ms) {
  QF_TRY_STATUS(conn.execute(store::sql(conn, "clues/assignment_end"), {now_ms, assignment_id}));
  return {};
}

Result<std::vector<ClueActorRole>> parts_of(store::Connection& conn, const auth::Principal& who, int64_t clue_id) {
  std::vector<ClueActorRole> parts;
  if (!who.can(auth::perm::kClueHandle)) return parts;
  QF_TRY(auto as, list_assignments(conn, clue_id, false));
  for (const auto& a : as)
    if (a.account_id == who.account_id && std::find(parts.begin(), parts.end(), a.part) == parts.end())
      parts.push_back(a.part);
  if (who.has_role(auth::Role::kDisciplineSecretary) &&
      std::find(parts.begin(), parts.end(), ClueActorRole::kDisciplineSecretary) == parts.end())
    parts.push_back(ClueActorRole::kDisciplineSecretary);
  return parts;
}

Result<std::vector<AssignableAccount>> assignable_accounts(store::Connection& conn) {
  std::vector<std::string> roles;
  for (auth::Role r : auth::all_roles()) {
    auto perms = auth::permissions_of(r);
    if (std::find(perms.begin(), perms.end(), std::string(auth::perm::kClueHandle)) != perms.end())
      roles.emplace_back(auth::role_code(r));
  }
  std::vector<AssignableAccount> out;
  if (roles.empty()) return out;
  Params p(roles.begin(), roles.end());
  QF_TRY(auto rs, conn.query(org::splice(store::sql(conn, "clues/assignable_accounts"), "/*ROLES*/",
                                         placeholders(roles.size())),
                             p));
  for (const auto& r : rs) {
    if (out.empty() || out.back().account_id != r.i64("id"))
      out.push_back(AssignableAccount{r.i64("id"), r.text("display_name"), {}, r.text("department_name"),
                                      r.text("position_name")});
    out.back().roles.push_back(r.text("role"));
  }
  return out;
}

// ---- links -------------------------------------------------------------------------------

Status insert_links(store::Connection& conn, const std::vector<ClueLink>& links) {
  for (const ClueLink& l : links) {
    QF_TRY(auto from, clue_id_by_number(conn, l.from_number));
    QF_TRY(auto to, clue_id_by_number(conn, l.to_number));
    if (!from || !to) return Error::internal("clue link between unknown numbers " + l.from_number + " → " + l.to_number);
    QF_TRY_STATUS(conn.insert(store::sql(conn, "clues/link_insert"),
                              {std::string(code_of(l.kind)), *from, *to, l.from_number, l.to_number, l.actor_id,
                               l.actor_name, l.at_ms, l.opinion}));
  }
  return {};
}

Result<std::vector<StoredLink>> links_of(store::Connection& conn, int64_t clue_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "clues/links_of"), {clue_id, clue_id}));
  std::vector<StoredLink> out;
  for (const auto& r : rs) {
    StoredLink s;
    s.id = r.i64("id");
    QF_TRY(s.kind, code_from<LinkKind>(r.text("kind"), "kind"));
    s.from_id = r.i64("from_clue_id");
    s.to_id = r.i64("to_clue_id");
    s.link.kind = s.kind;
    s.link.from_number = r.text("from_number");
    s.link.to_number = r.text("to_number");
    s.link.actor_id = r.i64("actor_id");
    s.link.actor_name = r.text("actor_name");
    s.link.at_ms = r.i64("at_ms");
    s.link.opinion = r.text("opinion");
    out.push_back(std::move(s));
  }
  return out;
}

// ---- attachments ---------------------------------------------------------------------------

std::string sniff_content_type(const std::string& b, const std::string& filename) {
  auto starts = [&](std::string_view magic) { return b.size() >= magic.size() && b.compare(0, magic.size(), magic) == 0; };
  if (starts("%PDF-")) return "application/pdf";
  if (starts("\x89PNG\r\n\x1a\n")) return "image/png";
  if (starts("\xFF\xD8\xFF")) return "image/jpeg";
  if (starts("GIF87a") || starts("GIF89a")) return "image/gif";
  if (starts(std::string_view("PK\x03\x04", 4))) {
    if (ends_with(filename, ".docx")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    if (ends_with(filename, ".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    return "application/zip";
  }
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    if (ends_with(filename, ".xls")) return "application/vnd.ms-excel";
    return "application/msword";
  }
  if (!b.empty() && b.find('\0') == std::string::npos && text::is_valid_utf8(b)) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

std::string sha256_hex(const std::string& bytes) { return hex_digest(EVP_sha256(), bytes); }
std::string sm3_hex(const std::string& bytes) { return hex_digest(EVP_get_digestbyname("SM3"), bytes); }

Result<int64_t> insert_attachment(store::Connection& conn, const auth::ServerKey& key, int64_t clue_id,
                                  const std::string& filename, const std::string& kind, const std::string& bytes,
                                  int64_t uploaded_by, int64_t now_ms) {
  // The row first (its id is part of the sealed values' associated data), then the
  // sealed name and bytes, in the caller's transaction: nothing clear is ever written.
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "clues/attachment_insert"),
                                 {clue_id, kind, sniff_content_type(bytes, filename),
                                  static_cast<int64_t>(bytes.size()), sha256_hex(bytes), sm3_hex(bytes),
                                  store::Blob{std::string()}, uploaded_by, now_ms}));
  QF_TRY(int64_t sealed, conn.execute(store::sql(conn, "clues/attachment_seal"),
                                      {seal_attachment_part(key, clue_id, id, "filename", filename),
                                       store::Blob{seal_attachment_part(key, clue_id, id, "content", bytes)}, id}));
  (void)sealed;
  return id;
}

namespace {
Result<AttachmentInfo> opened_attachment(const store::Row& r, const auth::ServerKey& key) {
  AttachmentInfo a = attachment_from_row(r);
  if (r.i64("sealed") != 0) {
    QF_TRY(a.filename, open_attachment_part(key, a.clue_id, a.id, "filename", a.filename));
  }
  return a;
}
}  // namespace

Result<std::vector<AttachmentInfo>> list_attachments(store::Connection& conn, const auth::ServerKey& key,
                                                     int64_t clue_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "clues/attachments_of"), {clue_id, clue_id}));
  std::vector<AttachmentInfo> out;
  for (const auto& r : rs) {
    QF_TRY(AttachmentInfo a, opened_attachment(r, key));
    out.push_back(std::move(a));
  }
  return out;
}

Result<std::pair<AttachmentInfo, std::string>> read_attachment(store::Connection& conn, const auth::ServerKey& key,
                                                               int64_t clue_id, int64_t attachment_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "clues/attachment_get"), {clue_id, attachment_id}));
  if (rs.empty()) return Error::make(ErrorKind::kNotFound, "clue.attachment.not_found", "附件不存在", "Attachment not found");
  QF_TRY(AttachmentInfo a, opened_attachment(rs.front(), key));
  if (rs.front().i64("sealed") == 0) return std::make_pair(std::move(a), rs.front().text("content"));
  QF_TRY(std::string bytes, open_attachment_part(key, clue_id, attachment_id, "content", rs.front().text("content")));
  return std::make_pair(std::move(a), std::move(bytes));
}

// ---- lists -------------------------------------------------------------------------------------

namespace {

// "visibility AND filters" over `clues c`, with its parameters.
struct Condition {
  std::string sql;
  Params params;
  void add(const std::string& cond, std::initializer_list<Value> values) {
    sql += " AND " + cond;
    params.insert(params.end(), values.begin(), values.end());
  }
};

Condition register_condition(const auth::Principal& who, const ClueFilter& f) {
  ClueVisibility v = visible_clues(who);
  Condition w{v.sql, v.params};
  if (f.state) w.add("c.state = ?", {std::string(code_of(*f.state))});
  if (f.source) w.add("c.source = ?", {std::string(code_of(*f.source))});
  if (f.category) w.add("c.category = ?", {std::string(code_of(*f.category))});
  if (f.disposition) w.add("c.disposition = ?", {std::string(code_of(*f.disposition))});
  if (f.year) w.add("c.number_year = ?", {int64_t{*f.year}});
  if (f.handler_id)
    w.add("EXISTS (SELECT 1 FROM clue_assignments fh WHERE fh.clue_id = c.id AND fh.part = 'handler' AND "
          "fh.account_id = ? AND fh.ended_at IS NULL)",
          {*f.handler_id});
  if (f.person_id)
    w.add("EXISTS (SELECT 1 FROM clue_persons fp WHERE fp.clue_id = c.id AND fp.person_id = ?)", {*f.person_id});
  if (!f.q.empty()) {
    std::string like = store::like_contains(f.q);
    w.add("(c.number LIKE ? ESCAPE '\\' OR c.matter LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM clue_persons fq "
          "WHERE fq.clue_id = c.id AND fq.name LIKE ? ESCAPE '\\'))",
          {like, like, like});
  }
  return w;
}

// The urgency filter on the stored next due day (clue_deadlines.h due_soon_end).
void add_urgency(Condition& w, DeadlineStatus urgency, const DueRules& due, Date today) {
  if (urgency == DeadlineStatus::kOverdue) {
    w.add("c.next_due_date < ?", {today.to_string()});
  } else {
    w.add("c.next_due_date >= ? AND c.next_due_date < ?",
          {today.to_string(), due_soon_end(today, due.cfg, due.cal).to_string()});
  }
}

// ORDER BY of the register; always ends with the unique number, so pages never overlap.
std::string register_order(const std::string& sort, bool descending) {
  if (sort.empty()) return "c.number_year DESC, c.number_seq DESC";
  const std::string dir = descending ? " DESC" : " ASC";
  const std::string number = "c.number_year" + dir + ", c.number_seq" + dir;
  if (sort == "received_on") return "c.received_date" + dir + ", " + number;
  if (sort == "state") {
    std::string rank = "CASE c.state";
    for (const auto& l : enum_labels<ClueState>())
      rank += " WHEN '" + std::string(l.code) + "' THEN " + std::to_string(static_cast<int>(l.value));
    return rank + " END" + dir + ", " + number;
  }
  // Clues without a running deadline come last either way.
  if (sort == "due_on") return "CASE WHEN c.next_due_date IS NULL THEN 1 ELSE 0 END, c.next_due_date" + dir + ", " + number;
  return number;
}

}  // namespace

Result<std::vector<int64_t>> find_visible_clues(store::Connection& conn, const auth::Principal& who,
                                                const ClueFilter& f) {
  Condition w = register_condition(who, f);
  QF_TRY(auto rs, conn.query(org::splice(store::sql(conn, "clues/visible_ids"), "/*WHERE*/", w.sql), w.params));
  std::vector<int64_t> ids;
  for (const auto& r : rs) ids.push_back(r.i64("id"));
  return ids;
}

Result<RegisterPage> list_register(store::Connection& conn, const auth::Principal& who, const RegisterQuery& q,
                                   const DueRules& due, Date today) {
  Condition w = register_condition(who, q.filter);
  if (q.urgency) add_urgency(w, *q.urgency, due, today);
  // The earliest running deadline is the most urgent, so a clue has an overdue or
  // due-soon deadline exactly when its next due day falls before the due-soon end.
  if (q.running) w.add("c.next_due_date < ?", {due_soon_end(today, due.cfg, due.cal).to_string()});
  RegisterPage page;
  QF_TRY(auto count, conn.query_one(org::splice(store::sql(conn, "clues/register_count"), "/*WHERE*/", w.sql), w.params));
  page.total = count.i64("n");
  std::string text = org::splice(store::sql(conn, "clues/register_page"), "/*WHERE*/", w.sql);
  text = org::splice(text, "/*ORDER*/", register_order(q.sort, q.descending));
  Params p = w.params;
  // No limit: -1 on SQLite, NULL on PostgreSQL.
  if (q.limit >= 0) p.emplace_back(q.limit);
  else if (conn.dialect() == store::Dialect::kPostgres) p.emplace_back(nullptr);
  else p.emplace_back(int64_t{-1});
  p.emplace_back(q.offset);
  QF_TRY(auto rs, conn.query(text, p));
  std::vector<int64_t> ids;
  ids.reserve(rs.size());
  for (const auto& r : rs) ids.push_back(r.i64("id"));
  QF_TRY(auto clues, load_clues(conn, ids, false));  // id order
  QF_TRY(auto active, assignments_in_force(conn, ids));
  std::map<int64_t, StoredClue*> by_id;
  for (auto& s : clues) by_id[s.clue.id] = &s;
  page.rows.reserve(ids.size());
  for (int64_t id : ids) {
    RegisterRow row;
    row.s = std::move(*by_id.at(id));
    row.active = std::move(active[id]);
    page.rows.push_back(std::move(row));
  }
  return page;
}

Result<std::vector<int64_t>> related_visible_clues(store::Connection& conn, const auth::Principal& who,
                                                   int64_t clue_id, const std::vector<ReportedPerson>& persons) {
  // Driven from the persons (a few rows through clue_persons_person / _name), each
  // candidate then tested for visibility.
  std::vector<std::string> conds;
  Params p;
  for (const ReportedPerson& rp : persons) {
    if (rp.person_id) {
      conds.push_back("rp.person_id = ?");
      p.push_back(*rp.person_id);
    } else if (!rp.name.empty()) {
      conds.push_back("(rp.person_id IS NULL AND rp.name = ?)");
      p.push_back(rp.name);
    }
  }
  if (conds.empty()) return std::vector<int64_t>{};
  std::string any;
  for (const auto& c : conds) any += (any.empty() ? "" : " OR ") + c;
  ClueVisibility v = visible_clue_probe(who);
  p.push_back(clue_id);
  p.insert(p.end(), v.params.begin(), v.params.end());
  QF_TRY(auto rs, conn.query("SELECT DISTINCT c.id, c.number_year, c.number_seq FROM clue_persons rp JOIN clues c ON "
                             "c.id = rp.clue_id WHERE (" +
                                 any + ") AND c.id <> ? AND " + v.sql +
                                 " ORDER BY c.number_year DESC, c.number_seq DESC",
                             p));
  std::vector<int64_t> ids;
  for (const auto& r : rs) ids.push_back(r.i64("id"));
  return ids;
}

// ---- reminders -------------------------------------------------------------------------------

Result<ClueReminders> count_reminders(store::Connection& conn, const auth::Principal& who, const DueRules& due,
                                      Date today) {
  ClueReminders out;
  if (!who.can(auth::perm::kClueHandle)) return out;
  for (DeadlineStatus u : {DeadlineStatus::kOverdue, DeadlineStatus::kDueSoon}) {
    Condition w = register_condition(who, ClueFilter{});
    add_urgency(w, u, due, today);
    QF_TRY(auto n, conn.query_one(org::splice(store::sql(conn, "clues/register_count"), "/*WHERE*/", w.sql), w.params));
    (u == DeadlineStatus::kOverdue ? out.overdue : out.due_soon) = n.i64("n");
  }
  return out;
}

Result<WorkingDayCalendar> load_calendar(store::Connection& conn) { return calendar_store::load(conn); }

}  // namespace qf::clues
