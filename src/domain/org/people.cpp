// People and position history: see people.h.
#include "domain/org/people.h"

#include "core/calendar.h"
#include "domain/org/data_scope.h"
#include "domain/org/org_codes.h"
#include "domain/org/structure.h"

namespace qf::org {
namespace {

using store::Row;

Person person_from(const Row& r) {
  Person p;
  p.id = r.i64("id");
  p.unit_id = r.i64("unit_id");
  p.employee_no = r.text("employee_no");
  p.name = r.text("name");
  p.gender = r.text("gender");
  p.id_number = r.text("id_number");
  p.department_id = r.opt_i64("department_id");
  p.department_name = r.text("department_name");
  p.branch_id = r.opt_i64("branch_id");
  p.branch_name = r.text("branch_name");
  p.position_id = r.opt_i64("position_id");
  p.position_name = r.text("position_name");
  p.is_key_position = r.boolean("is_key_position");
  p.rank = r.text("rank");
  p.is_leading_cadre = r.boolean("is_leading_cadre");
  p.party_status = r.text("party_status");
  p.joined_date = r.text("joined_date");
  p.phone = r.text("phone");
  p.status = r.text("status");
  p.archive_reason = r.text("archive_reason");
  p.created_at = r.i64("created_at");
  p.updated_at = r.i64("updated_at");
  return p;
}

std::string rank_order_sql() {
  std::string s = "CASE p.rank";
  for (const auto& d : org_dictionaries()) {
    if (d.name != kRank) continue;
    for (const auto& e : d.entries) s += " WHEN '" + e.code + "' THEN " + std::to_string(rank_level(e.code));
  }
  return s + " ELSE -1 END";
}

// Scope plus filters as one WHERE condition with its parameters.
Result<ScopeCondition> where_of(store::Connection& conn, const auth::Principal& who, const PeopleQuery& q) {
  ScopeCondition c = people_scope(who, "p");
  std::string w = c.sql;
  if (!q.q.empty()) {
    std::string like = "%";
    for (char ch : q.q) {
      if (ch == '%' || ch == '_' || ch == '\\') like += '\\';
      like += ch;
    }
    like += "%";
    w += " AND (p.name LIKE ? ESCAPE '\\' OR p.employee_no LIKE ? ESCAPE '\\')";
    c.params.emplace_back(like);
    c.params.emplace_back(like);
  }
  if (q.department_id) {
    QF_TRY(auto all, list_departments(conn, true));
    std::string in;
    for (int64_t id : subtree_ids(all, *q.department_id)) {
      in += in.empty() ? "?" : ",?";
      c.params.emplace_back(id);
    }
    w += " AND p.department_id IN (" + in + ")";
  }
  if (q.branch_id) {
    w += " AND p.branch_id = ?";
    c.params.emplace_back(*q.branch_id);
  }
  if (q.leading_cadre) {
    w += " AND p.is_leading_cadre = ?";
    c.params.emplace_back(int64_t{*q.leading_cadre ? 1 : 0});
  }
  if (q.party_member) {
    w += *q.party_member ? " AND p.party_status IN ('member','probationary')"
                         : " AND p.party_status NOT IN ('member','probationary')";
  }
  if (!q.status.empty() && q.status != "all") {
    w += " AND p.status = ?";
    c.params.emplace_back(q.status);
  }
  c.sql = w;
  return c;
}

Status check_employee_no(const std::string& no) {
  if (no.empty()) return Error::invalid("org.required", "工号不能为空", "Employee number is required", "employee_no");
  if (no.size() > 32) return Error::invalid("org.too_long", "工号不能超过 32 个字符", "Employee number must be at most 32 characters", "employee_no");
  for (char c : no) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_';
    if (!ok) {
      return Error::invalid("org.bad_employee_no", "工号只能包含字母、数字、“-”和“_”，实际为“" + no + "”",
                            "Employee number may contain only letters, digits, '-' and '_', got \"" + no + "\"",
                            "employee_no");
    }
  }
  return {};
}

bool valid_resident_id(const std::string& id) {
  if (id.size() != 18) return false;
  static const int kWeights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static const char kCheck[] = "10X98765432";
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    if (id[i] < '0' || id[i] > '9') return false;
    sum += (id[i] - '0') * kWeights[i];
  }
  char last = id[17] == 'x' ? 'X' : id[17];
  if (last != kCheck[sum % 11]) return false;
  return check_date(id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2), "id_number").ok();
}

// The placement after the event, validated against the current placement.
struct NewPlacement {
  std::optional<int64_t> department_id;
  std::optional<int64_t> position_id;
  std::string rank;
  std::string status;
};

Result<NewPlacement> apply_event(store::Connection& conn, const Person& cur, const PositionEventInput& in,
                                 const std::string& latest_date) {
  if (in.kind != kAppoint && in.kind != kPromote && in.kind != kTransfer && in.kind != kLeave) {
    return Error::invalid("org.bad_event_kind", "变动类型应为任职、晋升、调动或离岗之一",
                          "Kind must be one of appoint, promote, transfer, leave", "kind");
  }
  QF_TRY_STATUS(check_date(in.effective_date, "effective_date"));
  if (!latest_date.empty() && in.effective_date < latest_date) {
    return Error::invalid("org.event_out_of_order",
                          "生效日期不能早于该人员最近一次岗位变动（" + latest_date + "）",
                          "The effective date cannot precede the person's latest position change (" + latest_date + ")",
                          "effective_date");
  }
  if (cur.status != "active" && in.kind != kAppoint) {
    return Error::invalid("org.person_not_active", "该人员已离岗，只能重新任职",
                          "This person has left; only a new appointment is possible", "kind");
  }
  NewPlacement np{cur.department_id, cur.position_id, cur.rank, "active"};
  if (in.kind == kLeave) {
    np.status = "left";
    return np;
  }
  if (!in.rank.empty()) {
    if (rank_level(in.rank) < 0) {
      return Error::invalid("org.bad_rank", "职级“" + in.rank + "”不在职级字典中", "Unknown rank \"" + in.rank + "\"", "rank");
    }
    np.rank = in.rank;
  }
  if (in.kind == kPromote) {
    if (in.rank.empty() || rank_level(in.rank) <= rank_level(cur.rank)) {
      return Error::invalid("org.promote_needs_higher_rank", "晋升须填写高于现职级的新职级",
                            "A promotion needs a new rank higher than the current one", "rank");
    }
  }
  if (in.department_id) np.department_id = in.department_id;
  if ((in.kind == kAppoint || in.kind == kTransfer) && !in.department_id) {
    return Error::invalid("org.required", "请选择部门", "A department is required", "department_id");
  }
  if (in.department_id) {
    auto d = get_department(conn, *in.department_id);
    if (!d.ok() || d->archived_at) {
      return Error::invalid("org.bad_department", "部门不存在或已归档", "The department does not exist or is archived",
                            "department_id");
    }
  }
  if (in.position_id) {
    auto p = get_position(conn, *in.position_id);
    if (!p.ok() || p->archived_at || p->department_id != np.department_id.value_or(-1)) {
      return Error::invalid("org.bad_position", "岗位不存在、已归档或不属于所选部门",
                            "The position does not exist, is archived, or belongs to another department", "position_id");
    }
    np.position_id = in.position_id;
  } else if (in.department_id && in.department_id != cur.department_id) {
    np.position_id.reset();  // moving department without naming a position: no position
  }
  return np;
}

}  // namespace

std::string beijing_date(int64_t now_ms) { return Date::from_unix_ms(now_ms).to_string(); }

Result<std::pair<std::vector<Person>, int64_t>> search_people(store::Connection& conn, const auth::Principal& who,
                                                              const PeopleQuery& q) {
  QF_TRY(ScopeCondition where, where_of(conn, who, q));
  std::string dir = q.descending ? " DESC" : " ASC";
  std::string order;
  if (q.sort.empty() || q.sort == "name") order = "p.name" + dir;
  else if (q.sort == "employee_no") order = "p.employee_no" + dir;
  else if (q.sort == "department") order = "d.sort_order" + dir + ", d.name" + dir + ", p.name" + dir;
  else if (q.sort == "rank") order = rank_order_sql() + dir + ", p.name" + dir;
  else if (q.sort == "joined_date") order = "p.joined_date" + dir;
  else {
    return Error::invalid("request.sort", "不支持按“" + q.sort + "”排序", "Cannot sort by \"" + q.sort + "\"", "sort");
  }
  order += ", p.id" + dir;

  std::string count_sql = splice(store::sql(conn, "org/people_count"), "/*WHERE*/", where.sql);
  QF_TRY(Row count, conn.query_one(count_sql, where.params));
  int64_t total = count.i64("n");

  std::string list_sql = splice(splice(store::sql(conn, "org/people_search"), "/*WHERE*/", where.sql), "/*ORDER*/", order);
  store::Params params = where.params;
  params.emplace_back(q.limit > 0 ? q.limit : int64_t{1} << 40);
  params.emplace_back(q.limit > 0 ? q.offset : int64_t{0});
  QF_TRY(auto rs, conn.query(list_sql, params));
  std::vector<Person> people;
  people.reserve(rs.size());
  for (const Row& r : rs) people.push_back(person_from(r));
  return std::make_pair(std::move(people), total);
}

Result<Person> get_person_unscoped(store::Connection& conn, int64_t id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/person_get"), {id}));
  if (rs.empty()) return Error::not_found("人员", "Person");
  return person_from(rs.front());
}

Result<Person> get_person(store::Connection& conn, const auth::Principal& who, int64_t id) {
  QF_TRY(Person p, get_person_unscoped(conn, id));
  if (!can_see_person(who, p.id, p.department_id, p.branch_id)) return Error::not_found("人员", "Person");
  return p;
}

Result<std::optional<int64_t>> find_person_by_employee_no(store::Connection& conn, int64_t unit_id,
                                                           const std::string& employee_no) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/person_by_employee_no"), {unit_id, employee_no}));
  if (rs.empty()) return std::optional<int64_t>{};
  return std::optional<int64_t>{rs.front().i64("id")};
}

Status check_person_details(const PersonDetails& d) {
  QF_TRY_STATUS(check_employee_no(d.employee_no));
  if (d.name.empty()) return Error::invalid("org.required", "姓名不能为空", "Name is required", "name");
  if (text_length(d.name) > 50) return Error::invalid("org.too_long", "姓名不能超过 50 个字", "Name must be at most 50 characters", "name");
  if (d.gender != "male" && d.gender != "female") {
    return Error::invalid("org.bad_gender", "性别应为“男”或“女”", "Gender must be male or female", "gender");
  }
  if (!d.id_number.empty() && !valid_resident_id(d.id_number)) {
    return Error::invalid("org.bad_id_number", "身份证号不是有效的 18 位居民身份证号码（校验位或出生日期不符）",
                          "ID number is not a valid 18-character resident ID (check digit or birth date wrong)", "id_number");
  }
  if (!dictionary::has_code(kPartyStatus, d.party_status)) {
    return Error::invalid("org.bad_party_status", "政治面貌“" + d.party_status + "”不在字典中",
                          "Unknown political status \"" + d.party_status + "\"", "party_status");
  }
  if (!d.joined_date.empty()) QF_TRY_STATUS(check_date(d.joined_date, "joined_date"));
  return {};
}

Result<int64_t> create_person(store::Connection& conn, int64_t unit_id, const PersonDetails& d, const Placement& pl,
                              std::optional<int64_t> created_by, int64_t now_ms) {
  QF_TRY_STATUS(check_person_details(d));
  if (rank_level(pl.rank) < 0) {
    return Error::invalid("org.bad_rank", "职级“" + pl.rank + "”不在职级字典中", "Unknown rank \"" + pl.rank + "\"", "rank");
  }
  QF_TRY(auto existing, find_person_by_employee_no(conn, unit_id, d.employee_no));
  if (existing) {
    return Error::make(ErrorKind::kConflict, "org.duplicate_employee_no", "工号“" + d.employee_no + "”已存在",
                       "Employee number \"" + d.employee_no + "\" already exists", "employee_no");
  }
  if (d.branch_id) {
    auto b = get_branch(conn, *d.branch_id);
    if (!b.ok() || b->archived_at) {
      return Error::invalid("org.bad_branch", "党支部不存在或已归档", "The Party branch does not exist or is archived", "branch_id");
    }
  }
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "org/person_insert"),
                                 {unit_id, d.employee_no, d.name, d.gender, store::opt(d.id_number.empty() ? std::nullopt : std::optional<std::string>(d.id_number)),
                                  nullptr, store::opt(d.branch_id), nullptr, std::string("none"),
                                  int64_t{d.is_leading_cadre ? 1 : 0}, d.party_status,
                                  store::opt(d.joined_date.empty() ? std::nullopt : std::optional<std::string>(d.joined_date)),
                                  store::opt(d.phone.empty() ? std::nullopt : std::optional<std::string>(d.phone)),
                                  now_ms, now_ms}));
  PositionEventInput ev;
  ev.kind = std::string(kAppoint);
  ev.department_id = pl.department_id;
  ev.position_id = pl.position_id;
  ev.rank = pl.rank;
  ev.effective_date = !pl.effective_date.empty() ? pl.effective_date
                      : !d.joined_date.empty()   ? d.joined_date
                                                 : beijing_date(now_ms);
  ev.note = pl.note;
  QF_TRY(int64_t ev_id, record_position_event(conn, id, ev, created_by, now_ms));
  (void)ev_id;
  return id;
}

Status update_person(store::Connection& conn, int64_t id, const PersonDetails& d, int64_t now_ms) {
  QF_TRY(Person cur, get_person_unscoped(conn, id));
  if (d.employee_no != cur.employee_no) {
    return Error::invalid("org.employee_no_fixed", "工号不能修改（它是导入时识别人员的依据）",
                          "The employee number cannot change (imports identify people by it)", "employee_no");
  }
  QF_TRY_STATUS(check_person_details(d));
  if (d.branch_id && d.branch_id != cur.branch_id) {
    auto b = get_branch(conn, *d.branch_id);
    if (!b.ok() || b->archived_at) {
      return Error::invalid("org.bad_branch", "党支部不存在或已归档", "The Party branch does not exist or is archived", "branch_id");
    }
  }
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "org/person_update"),
                                 {d.name, d.gender, store::opt(d.id_number.empty() ? std::nullopt : std::optional<std::string>(d.id_number)),
                                  store::opt(d.branch_id), int64_t{d.is_leading_cadre ? 1 : 0}, d.party_status,
                                  store::opt(d.joined_date.empty() ? std::nullopt : std::optional<std::string>(d.joined_date)),
                                  store::opt(d.phone.empty() ? std::nullopt : std::optional<std::string>(d.phone)),
                                  now_ms, id}));
  (void)n;
  return {};
}

Result<int64_t> record_position_event(store::Connection& conn, int64_t person_id, const PositionEventInput& in,
                                      std::optional<int64_t> created_by, int64_t now_ms) {
  QF_TRY(Person cur, get_person_unscoped(conn, person_id));
  QF_TRY(auto history, position_history(conn, person_id));
  std::string latest = history.empty() ? std::string() : history.back().effective_date;
  if (history.empty()) cur.status = "active";  // the first event places a new person
  QF_TRY(NewPlacement np, apply_event(conn, cur, in, latest));
  QF_TRY(int64_t ev_id, conn.insert(store::sql(conn, "org/position_event_insert"),
                                    {person_id, in.kind, store::opt(np.department_id), store::opt(np.position_id),
                                     np.rank, in.effective_date,
                                     store::opt(in.note.empty() ? std::nullopt : std::optional<std::string>(in.note)),
                                     now_ms, store::opt(created_by)}));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "org/person_place"),
                                 {store::opt(np.department_id), store::opt(np.position_id), np.rank, np.status, now_ms,
                                  person_id}));
  (void)n;
  return ev_id;
}

Result<std::vector<PositionEvent>> position_history(store::Connection& conn, int64_t person_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/position_events_of"), {person_id}));
  std::vector<PositionEvent> out;
  out.reserve(rs.size());
  for (const Row& r : rs) {
    PositionEvent e;
    e.id = r.i64("id");
    e.person_id = r.i64("person_id");
    e.kind = r.text("kind");
    e.department_id = r.opt_i64("department_id");
    e.department_name = r.text("department_name");
    e.position_id = r.opt_i64("position_id");
    e.position_name = r.text("position_name");
    e.rank = r.text("rank");
    e.effective_date = r.text("effective_date");
    e.note = r.text("note");
    e.created_at = r.i64("created_at");
    e.created_by = r.opt_i64("created_by");
    out.push_back(std::move(e));
  }
  return out;
}

Result<int64_t> count_events_since(store::Connection& conn, const auth::Principal& who, const std::string& kind,
                                   const std::string& since_date) {
  ScopeCondition scope = people_scope(who, "p");
  store::Params params{kind, since_date};
  for (auto& v : scope.params) params.push_back(v);
  QF_TRY(Row r, conn.query_one(splice(store::sql(conn, "org/position_events_since"), "/*WHERE*/", scope.sql), params));
  return r.i64("n");
}

}  // namespace qf::org
