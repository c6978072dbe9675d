#include "domain/verification/verification_store.h"

#include <algorithm>
#include <map>

#include "domain/declarations/declaration_store.h"
#include "domain/org/data_scope.h"
#include "domain/talks/talk_kind.h"
#include "domain/verification/sample.h"
#include "domain/verification/suggestion.h"
#include "domain/verification/verification_seal.h"
#include "store/like.h"

namespace qf::verification {
namespace {

using json = nlohmann::json;

Error item_not_found() { return Error::not_found("核查事项", "Verification item"); }
Error round_not_found() { return Error::not_found("核查轮次", "Verification round"); }
Error member_not_found() { return Error::not_found("核查对象", "Person under verification"); }
Error dossier_not_found() { return Error::not_found("廉政档案", "Integrity dossier"); }
Error wrong_state(const std::string& zh, const std::string& en) {
  return Error::make(ErrorKind::kConflict, "verification.state", zh, en);
}
Error stale() {
  return Error::make(ErrorKind::kConflict, "verification.stale", "核查事项已被他人修改，请刷新后再试",
                     "The verification item was changed meanwhile: reload and try again");
}

size_t char_count(const std::string& s) {
  size_t n = 0;
  for (unsigned char ch : s)
    if ((ch & 0xC0) != 0x80) ++n;
  return n;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// A required text of 1 … max characters, trimmed; refused naming the field.
Result<std::string> text_field(const std::string& value, const std::string& field, const std::string& zh,
                               const std::string& en, size_t max) {
  std::string t = trim(value);
  if (t.empty())
    return Error::invalid("verification.invalid", "请填写" + zh, en + " is required", field);
  if (char_count(t) > max)
    return Error::invalid("verification.invalid", zh + "不能超过 " + std::to_string(max) + " 个字",
                          en + " must be at most " + std::to_string(max) + " characters", field);
  return t;
}

bool own_person(const auth::Principal& who, int64_t person_id) { return who.person_id && *who.person_id == person_id; }

bool is_owner(const auth::Principal& who, int64_t person_id) {
  return !who.is_admin() && own_person(who, person_id) && who.can(perm::kOwn);
}

bool reads(const auth::Principal& who, int64_t person_id, std::optional<int64_t> dept, std::optional<int64_t> branch) {
  if (who.is_admin() || !who.can(perm::kRead) || own_person(who, person_id)) return false;
  return org::can_see_person(who, person_id, dept, branch);
}

std::vector<int64_t> parse_ids(const std::string& s) {
  std::vector<int64_t> out;
  size_t pos = 0;
  while (pos < s.size()) {
    auto comma = s.find(',', pos);
    if (comma == std::string::npos) comma = s.size();
    if (comma > pos) out.push_back(std::stoll(s.substr(pos, comma - pos)));
    pos = comma + 1;
  }
  return out;
}

Round round_from(const store::Row& r) {
  Round x;
  x.id = r.i64("id");
  x.year = static_cast<int>(r.i64("round_year"));
  x.sample_percent = r.i64("sample_percent");
  x.seed = r.text("seed");
  x.population = parse_ids(r.text("population_ids"));
  x.population_count = r.i64("population_count");
  x.drawn_count = r.i64("drawn_count");
  x.drawn_at = r.opt_i64("drawn_at");
  x.drawn_by_name = r.text("drawn_by_name");
  x.created_at = r.i64("created_at");
  return x;
}

struct Loaded {
  Item item;
  std::string sealed;
  int64_t version = 0;
  std::optional<int64_t> dept, branch;
};

Result<ItemContent> open_content(const auth::ServerKey& key, int64_t id, const std::string& sealed) {
  if (sealed.empty()) return ItemContent{};
  QF_TRY(std::string plain, open_sealed(key, "item", id, "content", sealed));
  json j = json::parse(plain, nullptr, false);
  if (j.is_discarded()) return Error::internal("verification item " + std::to_string(id) + ": content is not JSON");
  return ItemContent::from_json(j);
}

Result<std::optional<Loaded>> load(store::Connection& conn, const auth::ServerKey& key, int64_t id) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "verification/item_get"), {id}));
  if (rows.empty()) return std::optional<Loaded>{};
  const auto& r = rows.front();
  Loaded l;
  l.item.id = r.i64("id");
  l.item.member_id = r.i64("member_id");
  l.item.round_id = r.i64("round_id");
  l.item.year = static_cast<int>(r.i64("round_year"));
  l.item.person_id = r.i64("person_id");
  l.item.person_name = r.text("person_name");
  l.item.department_name = r.text("department_name");
  l.item.form_revision = r.text("form_revision");
  l.item.status = r.text("status");
  l.item.created_at = r.i64("created_at");
  l.item.updated_at = r.i64("updated_at");
  l.sealed = r.text("content_sealed");
  l.version = r.i64("version");
  l.dept = r.opt_i64("department_id");
  l.branch = r.opt_i64("branch_id");
  QF_TRY(l.item.content, open_content(key, l.item.id, l.sealed));
  return std::optional<Loaded>{std::move(l)};
}

// The item if `who` may see it at all (owner or reader in scope), else not found.
Result<Loaded> visible(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key, int64_t id) {
  if (who.is_admin()) return item_not_found();
  QF_TRY(auto l, load(conn, key, id));
  if (!l || (!is_owner(who, l->item.person_id) && !reads(who, l->item.person_id, l->dept, l->branch)))
    return item_not_found();
  return std::move(*l);
}

// Fills the form title and the suggestion; a cache of forms by revision.
Status decorate(store::Connection& conn, std::map<std::string, declarations::FormDef>& forms, Item& it) {
  auto f = forms.find(it.form_revision);
  if (f == forms.end()) {
    QF_TRY(declarations::FormDef form, declarations::load_form(conn, it.form_revision));
    f = forms.emplace(it.form_revision, std::move(form)).first;
  }
  if (const auto* fi = f->second.item(it.content.item)) it.item_title_zh = fi->no + ". " + fi->title_zh;
  else it.item_title_zh = it.content.item;
  auto s = suggest(f->second, it.content.item, it.content.discrepancy);
  it.suggestion = s ? json{{"rule_code", s->rule_code},
                           {"conclusion", s->conclusion},
                           {"rule_zh", s->rule_zh},
                           {"rule_en", s->rule_en}}
                    : json(nullptr);
  return {};
}

// What the cadre sees of their own item: the conclusion once approved, no internal notes.
void owner_view(Item& it) {
  if (it.status != "approved") {
    it.content.conclusion.clear();
    it.content.basis.clear();
  }
  it.content.return_reason.clear();
  it.suggestion = nullptr;
}

Result<int64_t> last_proposer(store::Connection& conn, int64_t id) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "verification/item_events"), {id}));
  int64_t acc = 0;
  for (const auto& r : rows)
    if (r.text("action") == "propose") acc = r.i64("account_id");
  return acc;
}

Result<Item> finish(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key, int64_t id) {
  QF_TRY(Loaded l, visible(conn, who, key, id));
  std::map<std::string, declarations::FormDef> forms;
  QF_TRY_STATUS(decorate(conn, forms, l.item));
  QF_TRY(auto events, conn.query(store::sql(conn, "verification/item_events"), {id}));
  for (const auto& r : events) l.item.events.push_back(Event{r.text("action"), r.text("actor_name"), r.i64("at")});
  Access& a = l.item.access;
  a.owner = is_owner(who, l.item.person_id);
  const bool reader = !a.owner;
  const std::string& s = l.item.status;
  a.can_explain = a.owner && (s == "awaiting_explanation" || s == "explained");
  a.can_propose = reader && who.can(perm::kManage) && s == "explained";
  a.can_approve = reader && who.can(perm::kApprove) && s == "proposed";
  if (a.can_approve) {
    QF_TRY(int64_t proposer, last_proposer(conn, id));
    a.can_approve = proposer != who.account_id;
  }
  a.can_consequences = reader && who.can(perm::kManage) && s == "approved";
  if (a.owner) owner_view(l.item);
  return std::move(l.item);
}

Status write(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key, const Loaded& l,
             const std::string& status, const ItemContent& content, const std::string& action, int64_t now) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "verification/item_update"),
                                 {status, seal(key, "item", l.item.id, "content", content.to_json().dump()), now,
                                  l.item.id, l.version}));
  if (n != 1) return stale();
  QF_TRY(int64_t ev, conn.insert(store::sql(conn, "verification/item_event_insert"),
                                 {l.item.id, action, who.account_id, who.display_name, now}));
  (void)ev;
  return {};
}

Error no_permission() {
  return Error::make(ErrorKind::kForbidden, "verification.forbidden", "无权办理此核查事项",
                     "You may not act on this verification item");
}

}  // namespace

json ItemContent::to_json() const {
  return json{{"item", item},         {"discrepancy", discrepancy}, {"declared", declared},
              {"registry", registry}, {"explanation", explanation}, {"conclusion", conclusion},
              {"basis", basis},       {"return_reason", return_reason}, {"consequences", consequences}};
}

ItemContent ItemContent::from_json(const json& j) {
  ItemContent c;
  auto s = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string(); };
  c.item = s("item");
  c.discrepancy = s("discrepancy");
  c.declared = s("declared");
  c.registry = s("registry");
  c.explanation = s("explanation");
  c.conclusion = s("conclusion");
  c.basis = s("basis");
  c.return_reason = s("return_reason");
  c.consequences = s("consequences");
  return c;
}

std::string member_result(const std::vector<Item>& items) {
  if (items.empty()) return "none";
  int grave = 0;
  for (const auto& it : items) {
    if (it.status != "approved") return "pending";
    const auto& c = it.content.conclusion;
    grave = std::max(grave, c == kConcealed ? 3 : c == kOmitted ? 2 : 1);
  }
  return grave == 3 ? kConcealed : grave == 2 ? kOmitted : kTruthful;
}

Result<std::vector<Round>> list_rounds(store::Connection& conn, const auth::Principal& who) {
  std::vector<Round> out;
  if (who.is_admin() || !who.can(perm::kRead)) return out;
  QF_TRY(auto rows, conn.query(store::sql(conn, "verification/rounds_list")));
  for (const auto& r : rows) out.push_back(round_from(r));
  return out;
}

Result<int64_t> create_round(store::Connection& conn, const auth::Principal& who, int year, int64_t percent,
                             int max_year, int64_t now) {
  if (who.is_admin() || !who.can(perm::kManage)) return round_not_found();
  if (year < 2000 || year > max_year)
    return Error::invalid("verification.invalid", "核查年度应在 2000 至 " + std::to_string(max_year) + " 之间",
                          "The year must be from 2000 to " + std::to_string(max_year), "year");
  if (percent < 1 || percent > 100)
    return Error::invalid("verification.invalid", "抽查比例应为 1 至 100 的整数（%）",
                          "The sample percentage must be a whole number from 1 to 100", "sample_percent");
  QF_TRY(auto existing, conn.query(store::sql(conn, "verification/round_of_year"), {int64_t{year}}));
  if (!existing.empty())
    return Error::make(ErrorKind::kConflict, "verification.exists", std::to_string(year) + " 年度的核查轮次已存在",
                       "The verification round of " + std::to_string(year) + " already exists", "year");
  return conn.insert(store::sql(conn, "verification/round_insert"), {int64_t{year}, percent, who.account_id, now});
}

Result<RoundDetail> get_round(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                              int64_t id) {
  if (who.is_admin() || !who.can(perm::kRead)) return round_not_found();
  QF_TRY(auto rows, conn.query(store::sql(conn, "verification/round_get"), {id}));
  if (rows.empty()) return round_not_found();
  RoundDetail out;
  out.round = round_from(rows.front());
  auto scope = org::people_scope(who, "p");
  store::Params params{id};
  for (auto& v : scope.params) params.push_back(std::move(v));
  QF_TRY(auto ms, conn.query(org::splice(store::sql(conn, "verification/members_of_round"), "/*WHERE*/", scope.sql),
                             params));
  std::map<int64_t, size_t> index;
  for (const auto& r : ms) {
    Member m;
    m.id = r.i64("id");
    m.person_id = r.i64("person_id");
    m.person_name = r.text("person_name");
    m.employee_no = r.text("employee_no");
    m.department_name = r.text("department_name");
    m.position_name = r.text("position_name");
    m.sampled = r.boolean("sampled");
    m.draw_order = r.opt_i64("draw_order");
    m.candidate = r.boolean("candidate");
    if (!r.text("candidate_sealed").empty()) {
      QF_TRY(m.candidate_position, open_sealed(key, "member", m.id, "candidate", r.text("candidate_sealed")));
    }
    if (!own_person(who, m.person_id)) index[m.id] = out.members.size();
    out.members.push_back(std::move(m));
  }
  QF_TRY(auto items, conn.query(store::sql(conn, "verification/items_of_round"), {id}));
  std::map<std::string, declarations::FormDef> forms;
  for (const auto& r : items) {
    auto at = index.find(r.i64("member_id"));
    if (at == index.end()) continue;
    Member& m = out.members[at->second];
    Item it;
    it.id = r.i64("id");
    it.member_id = m.id;
    it.round_id = id;
    it.year = out.round.year;
    it.person_id = m.person_id;
    it.person_name = m.person_name;
    it.department_name = m.department_name;
    it.form_revision = r.text("form_revision");
    it.status = r.text("status");
    it.created_at = r.i64("created_at");
    it.updated_at = r.i64("updated_at");
    QF_TRY(it.content, open_content(key, it.id, r.text("content_sealed")));
    QF_TRY_STATUS(decorate(conn, forms, it));
    m.items.push_back(std::move(it));
  }
  for (auto& m : out.members) m.result = member_result(m.items);
  return out;
}

Result<Round> draw_round(store::Connection& conn, const auth::Principal& who, int64_t id, const std::string& seed_text,
                         int64_t now) {
  if (who.is_admin() || !who.can(perm::kManage)) return round_not_found();
  QF_TRY(auto rows, conn.query(store::sql(conn, "verification/round_get"), {id}));
  if (rows.empty()) return round_not_found();
  Round r = round_from(rows.front());
  if (r.drawn_at)
    return Error::make(ErrorKind::kConflict, "verification.drawn",
                       std::to_string(r.year) + " 年度已抽取（随机种子 " + r.seed + "），不能重新抽取",
                       "The sample of " + std::to_string(r.year) + " was already drawn (seed " + r.seed +
                           ") and cannot be drawn again");
  const std::string seed = trim(seed_text).empty() ? new_seed() : trim(seed_text);
  auto seed_value = parse_seed(seed);
  if (!seed_value)
    return Error::invalid("verification.invalid", "随机种子应为不超过 20 位的非负整数",
                          "The seed must be a non-negative whole number of at most 20 digits", "seed");
  QF_TRY(auto pop_rows, conn.query(store::sql(conn, "verification/population")));
  std::vector<int64_t> population;
  std::string ids;
  for (const auto& p : pop_rows) {
    population.push_back(p.i64("id"));
    ids += (ids.empty() ? "" : ",") + std::to_string(p.i64("id"));
  }
  const auto sample = draw_sample(population, *seed_value, r.sample_percent);
  for (size_t k = 0; k < sample.size(); ++k) {
    const auto order = static_cast<int64_t>(k + 1);
    QF_TRY(auto existing, conn.query(store::sql(conn, "verification/member_of"), {id, sample[k]}));
    if (!existing.empty()) {
      QF_TRY_STATUS(conn.execute(store::sql(conn, "verification/member_set_sampled"), {order, existing.front().i64("id")}));
    } else {
      QF_TRY(int64_t mid, conn.insert(store::sql(conn, "verification/member_insert"),
                                      {id, sample[k], int64_t{1}, order, int64_t{0}, std::string(), who.account_id, now}));
      (void)mid;
    }
  }
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "verification/round_set_draw"),
                                 {seed, ids, static_cast<int64_t>(population.size()),
                                  static_cast<int64_t>(sample.size()), now, who.display_name, id}));
  if (n != 1) return Error::make(ErrorKind::kConflict, "verification.drawn", "该年度已抽取", "Already drawn");
  QF_TRY(auto again, conn.query(store::sql(conn, "verification/round_get"), {id}));
  return round_from(again.front());
}

Result<int64_t> add_candidate(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                              int64_t round_id, int64_t person_id, const std::string& position_text, int64_t now) {
  if (who.is_admin() || !who.can(perm::kManage)) return round_not_found();
  QF_TRY(auto rounds, conn.query(store::sql(conn, "verification/round_get"), {round_id}));
  if (rounds.empty()) return round_not_found();
  QF_TRY(auto people, conn.query(store::sql(conn, "verification/person_get"), {person_id}));
  const bool ok = !people.empty() && people.front().boolean("is_leading_cadre") &&
                  people.front().text("status") == "active" && !own_person(who, person_id) &&
                  org::can_see_person(who, person_id, people.front().opt_i64("department_id"),
                                      people.front().opt_i64("branch_id"));
  if (!ok)
    return Error::invalid("verification.invalid", "拟提拔人选应为数据范围内的在职领导干部（本人除外）",
                          "The candidate must be an active leading cadre in your data scope (not yourself)", "person_id");
  QF_TRY(std::string position, text_field(position_text, "position", "拟任职务", "The proposed post", 100));
  QF_TRY(auto existing, conn.query(store::sql(conn, "verification/member_of"), {round_id, person_id}));
  int64_t mid = 0;
  if (!existing.empty()) {
    if (existing.front().boolean("candidate"))
      return Error::make(ErrorKind::kConflict, "verification.candidate_exists", "该人选已在本轮拟提拔人选名单中",
                         "This person is already a candidate in this round", "person_id");
    mid = existing.front().i64("id");
  } else {
    QF_TRY(mid, conn.insert(store::sql(conn, "verification/member_insert"),
                            {round_id, person_id, int64_t{0}, nullptr, int64_t{0}, std::string(), who.account_id, now}));
  }
  QF_TRY_STATUS(conn.execute(store::sql(conn, "verification/member_set_candidate"),
                             {seal(key, "member", mid, "candidate", position), mid}));
  return mid;
}

Result<std::vector<Cadre>> cadres_in_scope(store::Connection& conn, const auth::Principal& who, const std::string& name) {
  std::vector<Cadre> out;
  if (who.is_admin() || (!who.can(perm::kRead) && !who.can(perm::kDossier))) return out;
  auto scope = org::people_scope(who, "p");
  std::string where = scope.sql;
  store::Params params = scope.params;
  if (!trim(name).empty()) {
    where += " AND p.name LIKE ? ESCAPE '\\'";
    params.emplace_back(store::like_contains(trim(name)));
  }
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "verification/cadres"), "/*WHERE*/", where), params));
  for (const auto& r : rows)
    out.push_back(Cadre{r.i64("id"), r.text("name"), r.text("employee_no"), r.text("department_name"),
                        r.text("position_name")});
  return out;
}

Result<int64_t> add_item(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                         int64_t member_id, const ItemContent& in, int64_t now) {
  if (who.is_admin() || !who.can(perm::kManage)) return member_not_found();
  QF_TRY(auto rows, conn.query(store::sql(conn, "verification/member_get"), {member_id}));
  if (rows.empty()) return member_not_found();
  const auto& m = rows.front();
  if (!reads(who, m.i64("person_id"), m.opt_i64("department_id"), m.opt_i64("branch_id"))) return member_not_found();
  return insert_item(conn, who, key, member_id, m.i64("person_id"), in, now);
}

Result<int64_t> add_item_from_finding(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                      int64_t member_id, const ItemContent& in, int64_t now) {
  if (who.is_admin()) return member_not_found();
  QF_TRY(auto rows, conn.query(store::sql(conn, "verification/member_get"), {member_id}));
  if (rows.empty()) return member_not_found();
  if (is_owner(who, rows.front().i64("person_id"))) return no_permission();
  return insert_item(conn, who, key, member_id, rows.front().i64("person_id"), in, now);
}

Result<int64_t> insert_item(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                            int64_t member_id, int64_t person_id, const ItemContent& in, int64_t now) {
  QF_TRY(declarations::FormDef form, declarations::load_form(conn));
  if (!form.item(in.item))
    return Error::invalid("verification.invalid", "请选择报告表中的事项（item）", "item must be an item of the report form",
                          "item");
  if (!valid_discrepancy(in.discrepancy))
    return Error::invalid("verification.invalid", "不一致类型 discrepancy 应为 missing（未报告）、understated（已报告但少报或不一致）或 other（其他）",
                          "discrepancy must be missing, understated or other", "discrepancy");
  ItemContent c;
  c.item = in.item;
  c.discrepancy = in.discrepancy;
  QF_TRY(c.declared, text_field(in.declared, "declared", "本人报告情况", "What was declared", 1000));
  QF_TRY(c.registry, text_field(in.registry, "registry", "查核结果（登记信息）", "What the registry shows", 1000));
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "verification/item_insert"),
                                 {member_id, person_id, form.revision, who.account_id, now, now}));
  Loaded l;
  l.item.id = id;
  l.version = 1;
  QF_TRY_STATUS(write(conn, who, key, l, "awaiting_explanation", c, "create", now));
  return id;
}

Result<Item> get_item(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key, int64_t id) {
  return finish(conn, who, key, id);
}

Result<Item> explain_item(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key, int64_t id,
                          const std::string& explanation, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, key, id));
  if (!is_owner(who, l.item.person_id)) return no_permission();
  if (l.item.status != "awaiting_explanation" && l.item.status != "explained")
    return wrong_state("核查结论已提出，不能再修改说明", "A conclusion was proposed: the explanation can no longer change");
  ItemContent c = l.item.content;
  QF_TRY(c.explanation, text_field(explanation, "explanation", "本人说明", "The explanation", 2000));
  QF_TRY_STATUS(write(conn, who, key, l, "explained", c, "explain", now));
  return finish(conn, who, key, id);
}

Result<Item> propose_conclusion(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                int64_t id, const std::string& conclusion, const std::string& basis, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, key, id));
  if (is_owner(who, l.item.person_id) || !who.can(perm::kManage)) return no_permission();
  if (l.item.status != "explained")
    return wrong_state("本人作出说明后（或被退回后）才能提出核查结论", "A conclusion is proposed after the cadre's explanation (or a return)");
  if (!valid_conclusion(conclusion))
    return Error::invalid("verification.invalid", "核查结论 conclusion 应为 truthful（如实报告）、omitted（漏报）或 concealed（瞒报）",
                          "conclusion must be truthful, omitted or concealed", "conclusion");
  std::map<std::string, declarations::FormDef> forms;
  QF_TRY_STATUS(decorate(conn, forms, l.item));
  const bool as_suggested = l.item.suggestion.is_object() && l.item.suggestion["conclusion"] == conclusion;
  ItemContent c = l.item.content;
  c.conclusion = conclusion;
  c.return_reason.clear();
  if (as_suggested && trim(basis).empty()) {
    c.basis.clear();
  } else {
    // A conclusion other than the rule's (or without an applicable rule) needs its basis.
    QF_TRY(c.basis, text_field(basis, "basis", "认定依据（与规则建议不同或无适用规则时必填）",
                               "The basis (required when the conclusion differs from the rule's suggestion or no rule applies)",
                               1000));
  }
  QF_TRY_STATUS(write(conn, who, key, l, "proposed", c, "propose", now));
  return finish(conn, who, key, id);
}

Result<Item> approve_conclusion(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                int64_t id, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, key, id));
  if (is_owner(who, l.item.person_id) || !who.can(perm::kApprove)) return no_permission();
  if (l.item.status != "proposed") return wrong_state("没有待审批的核查结论", "No conclusion awaits approval");
  QF_TRY(int64_t proposer, last_proposer(conn, id));
  if (proposer == who.account_id)
    return Error::make(ErrorKind::kConflict, "verification.same_person", "提出核查结论的人不能审批自己的结论",
                       "The one who proposed a conclusion cannot approve it");
  QF_TRY_STATUS(write(conn, who, key, l, "approved", l.item.content, "approve", now));
  return finish(conn, who, key, id);
}

Result<Item> return_conclusion(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                               int64_t id, const std::string& reason, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, key, id));
  if (is_owner(who, l.item.person_id) || !who.can(perm::kApprove)) return no_permission();
  if (l.item.status != "proposed") return wrong_state("没有待审批的核查结论", "No conclusion awaits approval");
  ItemContent c = l.item.content;
  QF_TRY(c.return_reason, text_field(reason, "reason", "退回原因", "The reason", 500));
  c.conclusion.clear();
  QF_TRY_STATUS(write(conn, who, key, l, "explained", c, "return", now));
  return finish(conn, who, key, id);
}

Result<Item> record_consequences(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                                 int64_t id, const std::string& consequences, int64_t now) {
  QF_TRY(Loaded l, visible(conn, who, key, id));
  if (is_owner(who, l.item.person_id) || !who.can(perm::kManage)) return no_permission();
  if (l.item.status != "approved")
    return wrong_state("核查结论审批后才能登记处理结果", "Consequences are recorded after the conclusion is approved");
  ItemContent c = l.item.content;
  QF_TRY(c.consequences, text_field(consequences, "consequences", "处理结果", "The consequences", 1000));
  QF_TRY_STATUS(write(conn, who, key, l, "approved", c, "consequences", now));
  return finish(conn, who, key, id);
}

Result<std::vector<Item>> my_items(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key) {
  std::vector<Item> out;
  if (who.is_admin() || !who.person_id || !who.can(perm::kOwn)) return out;
  QF_TRY(auto rows, conn.query(store::sql(conn, "verification/items_of_person"), {*who.person_id}));
  std::map<std::string, declarations::FormDef> forms;
  for (const auto& r : rows) {
    Item it;
    it.id = r.i64("id");
    it.member_id = r.i64("member_id");
    it.round_id = r.i64("round_id");
    it.year = static_cast<int>(r.i64("round_year"));
    it.person_id = r.i64("person_id");
    it.form_revision = r.text("form_revision");
    it.status = r.text("status");
    it.created_at = r.i64("created_at");
    it.updated_at = r.i64("updated_at");
    QF_TRY(it.content, open_content(key, it.id, r.text("content_sealed")));
    QF_TRY_STATUS(decorate(conn, forms, it));
    it.access.owner = true;
    it.access.can_explain = it.status == "awaiting_explanation" || it.status == "explained";
    owner_view(it);
    out.push_back(std::move(it));
  }
  return out;
}

Result<int64_t> awaiting_explanation(store::Connection& conn, const auth::Principal& who) {
  if (who.is_admin() || !who.person_id || !who.can(perm::kOwn)) return int64_t{0};
  QF_TRY(auto row, conn.query_one(store::sql(conn, "verification/count_awaiting"), {*who.person_id}));
  return row.i64("n");
}

Result<int64_t> awaiting_approval(store::Connection& conn, const auth::Principal& who) {
  if (who.is_admin() || !who.can(perm::kApprove)) return int64_t{0};
  auto scope = org::people_scope(who, "p");
  std::string where = scope.sql;
  store::Params params = scope.params;
  if (who.person_id) {
    where += " AND p.id <> ?";
    params.emplace_back(*who.person_id);
  }
  QF_TRY(auto row, conn.query_one(org::splice(store::sql(conn, "verification/count_proposed"), "/*WHERE*/", where), params));
  return row.i64("n");
}

Result<json> dossier(store::Connection& conn, const auth::Principal& who, const auth::ServerKey& key,
                     int64_t person_id) {
  if (who.is_admin() || !who.can(perm::kDossier) || own_person(who, person_id)) return dossier_not_found();
  QF_TRY(auto people, conn.query(store::sql(conn, "verification/person_get"), {person_id}));
  if (people.empty() || !people.front().boolean("is_leading_cadre")) return dossier_not_found();
  const auto& p = people.front();
  if (!org::can_see_person(who, person_id, p.opt_i64("department_id"), p.opt_i64("branch_id")))
    return dossier_not_found();
  json out;
  out["person"] = {{"id", person_id},
                   {"name", p.text("name")},
                   {"employee_no", p.text("employee_no")},
                   {"department_name", p.text("department_name")},
                   {"position_name", p.text("position_name")},
                   {"status", p.text("status")}};

  json decls = json::array();
  QF_TRY(auto drows, conn.query(store::sql(conn, "verification/dossier_declarations"), {person_id}));
  for (const auto& r : drows)
    decls.push_back({{"id", r.i64("id")},
                     {"year", r.i64("report_year")},
                     {"kind", r.text("kind")},
                     {"state", r.text("status")},
                     {"submitted_at", r.opt_i64("submitted_at") ? json(*r.opt_i64("submitted_at")) : json(nullptr)},
                     {"accepted_at", r.opt_i64("accepted_at") ? json(*r.opt_i64("accepted_at")) : json(nullptr)}});
  out["declarations"] = decls;

  // Verification: every round the cadre was in, with the items' conclusions.
  QF_TRY(auto irows, conn.query(store::sql(conn, "verification/items_of_person"), {person_id}));
  std::map<int64_t, std::vector<Item>> by_member;
  std::map<std::string, declarations::FormDef> forms;
  for (const auto& r : irows) {
    Item it;
    it.id = r.i64("id");
    it.status = r.text("status");
    it.form_revision = r.text("form_revision");
    QF_TRY(it.content, open_content(key, it.id, r.text("content_sealed")));
    QF_TRY_STATUS(decorate(conn, forms, it));
    by_member[r.i64("member_id")].push_back(std::move(it));
  }
  bool barred = false;
  json rounds = json::array();
  QF_TRY(auto mrows, conn.query(store::sql(conn, "verification/person_rounds"), {person_id}));
  for (const auto& r : mrows) {
    const auto& items = by_member[r.i64("id")];
    json ij = json::array();
    for (const auto& it : items) {
      const bool approved = it.status == "approved";
      if (approved && it.content.conclusion == kConcealed) barred = true;
      ij.push_back({{"id", it.id},
                    {"item_title", it.item_title_zh},
                    {"discrepancy", it.content.discrepancy},
                    {"status", it.status},
                    {"conclusion", approved ? json(it.content.conclusion) : json(nullptr)},
                    {"consequences", approved ? it.content.consequences : std::string()}});
    }
    rounds.push_back({{"round_id", r.i64("round_id")},
                      {"year", r.i64("round_year")},
                      {"sampled", r.boolean("sampled")},
                      {"candidate", r.boolean("candidate")},
                      {"result", member_result(items)},
                      {"items", ij}});
  }
  out["verification"] = rounds;
  out["barred_from_promotion"] = barred;

  json approvals = json::array();
  QF_TRY(auto arows, conn.query(store::sql(conn, "verification/dossier_approvals"), {person_id}));
  for (const auto& r : arows)
    approvals.push_back({{"id", r.i64("id")},
                         {"kind", r.text("kind")},
                         {"status", r.text("status")},
                         {"depart_date", r.text("depart_date")},
                         {"return_date", r.text("return_date")},
                         {"actual_depart_date", r.text("actual_depart_date")},
                         {"actual_return_date", r.text("actual_return_date")},
                         {"created_at", r.i64("created_at")}});
  out["approvals"] = approvals;

  const bool clues = who.can(perm::kDossierClues);
  json talks = json::array();
  QF_TRY(auto trows, conn.query(store::sql(conn, "verification/dossier_talks"), {person_id}));
  for (const auto& r : trows) {
    // A talk held on a problem clue belongs to the clue part: the discipline committee only.
    if (r.opt_i64("clue_id") && !clues) continue;
    auto kind = talks::talk_kind_from_code(r.text("kind"));
    talks.push_back({{"id", r.i64("id")},
                     {"kind", r.text("kind")},
                     {"kind_zh", kind ? std::string(talks::label_zh(*kind)) : r.text("kind")},
                     {"talk_date", r.text("talk_date")},
                     {"talker_name", r.text("talker_name")}});
  }
  out["talks"] = talks;

  if (clues) {
    json cl = json::array();
    QF_TRY(auto crows, conn.query(store::sql(conn, "verification/dossier_clues"), {person_id}));
    for (const auto& r : crows)
      cl.push_back({{"id", r.i64("id")},
                    {"number", r.text("number")},
                    {"received_date", r.text("received_date")},
                    {"state", r.text("state")},
                    {"disposition", r.text("disposition")},
                    {"outcome_conclusion", r.text("outcome_conclusion")},
                    {"closed_date", r.text("closed_date")}});
    out["clues"] = cl;
  } else {
    out["clues"] = nullptr;
  }
  return out;
}

}  // namespace qf::verification
