// Integrity talk records: see talk_record.h.
#include "domain/talks/talk_record.h"

#include <set>

#include "domain/org/data_scope.h"
#include "domain/org/structure.h"
#include "domain/talks/talk_seal.h"

namespace qf::talks {
namespace {

using store::Row;

std::string like_of(const std::string& q) {
  std::string like = "%";
  for (char ch : q) {
    if (ch == '%' || ch == '_' || ch == '\\') like += '\\';
    like += ch;
  }
  return like + "%";
}

Result<IntegrityTalk> talk_from(const Row& r, const auth::ServerKey& key) {
  IntegrityTalk t;
  t.id = r.i64("id");
  t.kind = talk_kind_from_code(r.text("kind")).value_or(TalkKind::kRoutine);
  t.talk_date = r.text("talk_date");
  t.talker_person_id = r.opt_i64("talker_person_id");
  t.talker_name = r.text("talker_name");
  t.location = r.text("location");
  if (r.i64("sealed") != 0) {
    QF_TRY(t.summary, open_talk_text(key, t.id, "summary", r.text("summary")));
    QF_TRY(t.follow_up, open_talk_text(key, t.id, "follow_up", r.text("follow_up")));
  } else {  // clear text of an older release, until start-up seals it
    t.summary = r.text("summary");
    t.follow_up = r.text("follow_up");
  }
  t.clue_id = r.opt_i64("clue_id");
  t.created_by = r.opt_i64("created_by");
  t.created_at = r.i64("created_at");
  t.updated_at = r.i64("updated_at");
  t.archived_at = r.opt_i64("archived_at");
  t.archive_reason = r.text("archive_reason");
  return t;
}

Status load_participants(store::Connection& conn, IntegrityTalk& t) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "talks/participants_of"), {t.id}));
  for (const Row& r : rs) {
    TalkParticipant p;
    p.person_id = r.opt_i64("person_id");
    p.name = r.text("name");
    p.department_id = r.opt_i64("department_id");
    p.department_name = r.text("department_name");
    p.position_name = r.text("position_name");
    t.participants.push_back(std::move(p));
  }
  return {};
}

Error required(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("talk.required", zh + "不能为空", en + " is required", field);
}

Error too_long(const std::string& field, const std::string& zh, const std::string& en, size_t max) {
  return Error::invalid("talk.too_long", zh + "不能超过 " + std::to_string(max) + " 个字",
                        en + " must be at most " + std::to_string(max) + " characters", field);
}

// Validated input with names and placements resolved.
struct Resolved {
  TalkKind kind = TalkKind::kRoutine;
  TalkInput in;
  std::vector<TalkParticipant> participants;
};

Result<Resolved> resolve(store::Connection& conn, const TalkInput& raw, const std::string& today) {
  Resolved r;
  r.in = raw;
  TalkInput& in = r.in;
  if (in.kind.empty()) return required("kind", "谈话种类", "Talk kind");
  auto kind = talk_kind_from_code(in.kind);
  if (!kind) {
    return Error::invalid("talk.bad_kind", "谈话种类“" + in.kind + "”不在字典 talk.kind 中",
                          "Unknown talk kind \"" + in.kind + "\" (dictionary talk.kind)", "kind");
  }
  r.kind = *kind;
  if (in.talk_date.empty()) return required("talk_date", "谈话日期", "Talk date");
  QF_TRY_STATUS(org::check_date(in.talk_date, "talk_date"));
  if (!today.empty() && in.talk_date > today) {
    return Error::invalid("talk.future_date", "谈话日期 " + in.talk_date + " 晚于今天（" + today + "），只能登记已进行的谈话",
                          "Talk date " + in.talk_date + " is after today (" + today + "); only talks held can be recorded",
                          "talk_date");
  }
  if (in.talker_person_id) {
    auto rs = conn.query(store::sql(conn, "talks/person_name"), {*in.talker_person_id});
    if (!rs.ok()) return rs.take_error();
    if (rs->empty()) {
      return Error::invalid("talk.unknown_person", "谈话人（人员编号 " + std::to_string(*in.talker_person_id) + "）不存在",
                            "The talker (person " + std::to_string(*in.talker_person_id) + ") does not exist",
                            "talker_person_id");
    }
    if (in.talker_name.empty()) in.talker_name = rs->front().text("name");
  }
  if (in.talker_name.empty()) return required("talker_name", "谈话人", "Talker");
  if (org::text_length(in.talker_name) > 50) return too_long("talker_name", "谈话人", "Talker", 50);
  if (org::text_length(in.location) > 100) return too_long("location", "谈话地点", "Location", 100);
  if (org::text_length(in.summary) > 5000) return too_long("summary", "谈话要点", "Summary", 5000);
  if (org::text_length(in.follow_up) > 2000) return too_long("follow_up", "后续跟进", "Follow-up", 2000);
  if (in.participants.empty()) return required("participants", "谈话对象", "Participants");
  if (in.participants.size() > 500) {
    return Error::invalid("talk.too_many", "一次谈话的对象不能超过 500 人", "A talk has at most 500 participants",
                          "participants");
  }
  std::set<int64_t> seen;
  for (size_t i = 0; i < in.participants.size(); ++i) {
    const auto& p = in.participants[i];
    std::string field = "participants[" + std::to_string(i) + "]";
    std::string nth_zh = "第 " + std::to_string(i + 1) + " 位谈话对象";
    std::string nth_en = "Participant " + std::to_string(i + 1);
    TalkParticipant out;
    out.person_id = p.person_id;
    out.name = p.name;
    if (p.person_id) {
      if (!seen.insert(*p.person_id).second) {
        return Error::invalid("talk.duplicate_participant", nth_zh + "重复列出了同一人员",
                              nth_en + " lists the same person twice", field + ".person_id");
      }
      QF_TRY(auto rs, conn.query(store::sql(conn, "talks/person_name"), {*p.person_id}));
      if (rs.empty()) {
        return Error::invalid("talk.unknown_person", nth_zh + "（人员编号 " + std::to_string(*p.person_id) + "）不存在",
                              nth_en + " (person " + std::to_string(*p.person_id) + ") does not exist",
                              field + ".person_id");
      }
      if (out.name.empty()) out.name = rs.front().text("name");
      QF_TRY(auto at, conn.query(store::sql(conn, "talks/placement_on"), {*p.person_id, in.talk_date}));
      if (!at.empty()) {
        out.department_id = at.front().opt_i64("department_id");
        out.position_name = at.front().text("position_name");
      } else {  // the talk predates the person's recorded history: current placement
        out.department_id = rs.front().opt_i64("department_id");
        out.position_name = rs.front().text("position_name");
      }
    }
    if (out.name.empty()) return required(field + ".name", nth_zh + "的姓名", nth_en + "'s name");
    if (org::text_length(out.name) > 50) return too_long(field + ".name", nth_zh + "的姓名", nth_en + "'s name", 50);
    r.participants.push_back(std::move(out));
  }
  return r;
}

Status write_participants(store::Connection& conn, int64_t talk_id, const std::vector<TalkParticipant>& ps) {
  int64_t sort = 0;
  for (const auto& p : ps) {
    QF_TRY(int64_t id, conn.insert(store::sql(conn, "talks/participant_insert"),
                                   {talk_id, store::opt(p.person_id), p.name, store::opt(p.department_id),
                                    p.position_name, sort += 10}));
    (void)id;
  }
  return {};
}

Error archived_error() {
  return Error::make(ErrorKind::kConflict, "talk.archived", "该谈话记录已归档，不能修改",
                     "This talk record is archived and cannot be changed");
}

}  // namespace

Result<int64_t> create_talk(store::Connection& conn, const auth::ServerKey& key, const TalkInput& in,
                            const std::string& today, std::optional<int64_t> created_by, int64_t now_ms) {
  QF_TRY(Resolved r, resolve(conn, in, today));
  // The row first (its id is part of the sealed values' associated data), then the
  // sealed texts, in the caller's transaction: no clear text is ever written.
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "talks/talk_insert"),
                                 {std::string(code_of(r.kind)), r.in.talk_date, store::opt(r.in.talker_person_id),
                                  r.in.talker_name, r.in.location, store::opt(r.in.clue_id), store::opt(created_by),
                                  now_ms, now_ms}));
  QF_TRY(int64_t sealed, conn.execute(store::sql(conn, "talks/talk_seal_texts"),
                                      {seal_talk_text(key, id, "summary", r.in.summary),
                                       seal_talk_text(key, id, "follow_up", r.in.follow_up), id}));
  (void)sealed;
  QF_TRY_STATUS(write_participants(conn, id, r.participants));
  return id;
}

Status update_talk(store::Connection& conn, const auth::ServerKey& key, int64_t id, const TalkInput& in,
                   const std::string& today, int64_t now_ms) {
  QF_TRY(IntegrityTalk cur, get_talk(conn, key, id));
  if (cur.archived_at) return archived_error();
  QF_TRY(Resolved r, resolve(conn, in, today));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "talks/talk_update"),
                                 {std::string(code_of(r.kind)), r.in.talk_date, store::opt(r.in.talker_person_id),
                                  r.in.talker_name, r.in.location, seal_talk_text(key, id, "summary", r.in.summary),
                                  seal_talk_text(key, id, "follow_up", r.in.follow_up), store::opt(r.in.clue_id),
                                  now_ms, id}));
  if (n == 0) return archived_error();
  QF_TRY(int64_t gone, conn.execute(store::sql(conn, "talks/participants_delete"), {id}));
  (void)gone;
  return write_participants(conn, id, r.participants);
}

Status archive_talk(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms) {
  QF_TRY(auto cur, conn.query(store::sql(conn, "talks/talk_archived_at"), {id}));
  if (cur.empty()) return Error::make(ErrorKind::kNotFound, "talk.not_found", "谈话记录不存在", "Talk record not found");
  if (cur.front().opt_i64("archived_at")) {
    return Error::make(ErrorKind::kConflict, "talk.archived", "该谈话记录已归档", "This talk record is already archived");
  }
  if (reason.empty()) return required("reason", "归档原因", "Archive reason");
  if (org::text_length(reason) > 500) return too_long("reason", "归档原因", "Archive reason", 500);
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "talks/talk_archive"), {now_ms, reason, now_ms, id}));
  if (n == 0) return archived_error();
  return {};
}

namespace {

Error talk_not_found() {
  return Error::make(ErrorKind::kNotFound, "talk.not_found", "谈话记录不存在", "Talk record not found");
}

// The reader's scope over integrity_talks t (see TalkQuery::reader); "" when unit-wide.
std::string talk_scope(const auth::Principal& who, store::Params& params) {
  if (who.unit_wide) return "";
  std::string w = "(t.created_by = ?";
  params.emplace_back(who.account_id);
  std::string inner;
  if (!who.department_ids.empty()) {
    inner = "tp.department_id IN (";
    bool first = true;
    for (int64_t id : who.department_ids) {
      inner += first ? "?" : ",?";
      first = false;
      params.emplace_back(id);
    }
    inner += ")";
  }
  org::ScopeCondition people = org::people_scope(who, "p");
  if (people.sql != "1=0") {
    inner += (inner.empty() ? "" : " OR ") + std::string("(p.id IS NOT NULL AND ") + people.sql + ")";
    for (auto& v : people.params) params.push_back(std::move(v));
  }
  if (!inner.empty())
    w += " OR EXISTS (SELECT 1 FROM talk_participants tp LEFT JOIN people p ON p.id = tp.person_id"
         " WHERE tp.talk_id = t.id AND (" + inner + "))";
  return w + ")";
}

}  // namespace

Result<IntegrityTalk> get_talk(store::Connection& conn, const auth::ServerKey& key, int64_t id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "talks/talk_get"), {id}));
  if (rs.empty()) return talk_not_found();
  QF_TRY(IntegrityTalk t, talk_from(rs.front(), key));
  QF_TRY_STATUS(load_participants(conn, t));
  return t;
}

Result<IntegrityTalk> get_talk(store::Connection& conn, const auth::ServerKey& key, const auth::Principal& reader,
                               int64_t id) {
  store::Params params{id};
  const std::string scope = talk_scope(reader, params);
  if (!scope.empty()) {
    QF_TRY(Row n, conn.query_one("SELECT COUNT(*) AS n FROM integrity_talks t WHERE t.id = ? AND " + scope, params));
    if (n.i64("n") == 0) return talk_not_found();
  }
  return get_talk(conn, key, id);
}

Result<std::pair<std::vector<IntegrityTalk>, int64_t>> list_talks(store::Connection& conn, const auth::ServerKey& key,
                                                                  const TalkQuery& q) {
  std::string w = "1=1";
  store::Params params;
  if (q.reader) {
    const std::string scope = talk_scope(*q.reader, params);
    if (!scope.empty()) w += " AND " + scope;
  }
  if (!q.include_archived) w += " AND t.archived_at IS NULL";
  if (q.kind) {
    w += " AND t.kind = ?";
    params.emplace_back(std::string(code_of(*q.kind)));
  }
  if (!q.from.empty()) {
    w += " AND t.talk_date >= ?";
    params.emplace_back(q.from);
  }
  if (!q.to.empty()) {
    w += " AND t.talk_date <= ?";
    params.emplace_back(q.to);
  }
  if (q.person_id) {
    w += " AND EXISTS (SELECT 1 FROM talk_participants tp WHERE tp.talk_id = t.id AND tp.person_id = ?)";
    params.emplace_back(*q.person_id);
  }
  if (q.department_id) {
    QF_TRY(auto all, org::list_departments(conn, true));
    std::string in;
    for (int64_t id : org::subtree_ids(all, *q.department_id)) {
      in += in.empty() ? "?" : ",?";
      params.emplace_back(id);
    }
    if (in.empty()) {
      in = "?";
      params.emplace_back(*q.department_id);
    }
    w += " AND EXISTS (SELECT 1 FROM talk_participants tp WHERE tp.talk_id = t.id AND tp.department_id IN (" + in + "))";
  }
  if (!q.q.empty()) {
    std::string like = like_of(q.q);
    // Not the summary: it is sealed (talk_seal.h).
    w += " AND (t.talker_name LIKE ? ESCAPE '\\' OR t.location LIKE ? ESCAPE '\\'"
         " OR EXISTS (SELECT 1 FROM talk_participants tp WHERE tp.talk_id = t.id AND tp.name LIKE ? ESCAPE '\\'))";
    for (int i = 0; i < 3; ++i) params.emplace_back(like);
  }
  QF_TRY(Row count, conn.query_one(org::splice(store::sql(conn, "talks/talks_count"), "/*WHERE*/", w), params));
  store::Params page = params;
  page.emplace_back(q.limit > 0 ? q.limit : int64_t{1} << 40);
  page.emplace_back(q.limit > 0 ? q.offset : int64_t{0});
  QF_TRY(auto rs, conn.query(org::splice(store::sql(conn, "talks/talks_list"), "/*WHERE*/", w), page));
  std::vector<IntegrityTalk> out;
  out.reserve(rs.size());
  for (const Row& r : rs) {
    QF_TRY(IntegrityTalk t, talk_from(r, key));
    out.push_back(std::move(t));
    QF_TRY_STATUS(load_participants(conn, out.back()));
  }
  return std::make_pair(std::move(out), count.i64("n"));
}

std::string talk_summary(const IntegrityTalk& t) {
  // For the audit log, which the auditor reads: identifiers, never content — no names
  // of the people talked to, no place, no summary (#14).
  std::string ids;
  size_t unnamed = 0;
  for (size_t i = 0, shown = 0; i < t.participants.size(); ++i) {
    if (!t.participants[i].person_id) { ++unnamed; continue; }
    if (shown++ == 10) { ids += " 等"; break; }
    ids += (ids.empty() ? "#" : "、#") + std::to_string(*t.participants[i].person_id);
  }
  std::string s = std::string(label_zh(t.kind)) + " " + t.talk_date + "，谈话对象 " +
                  std::to_string(t.participants.size()) + " 人";
  if (!ids.empty()) s += "（人员 " + ids + (unnamed ? "，另 " + std::to_string(unnamed) + " 人未关联人员" : "") + "）";
  if (t.talker_person_id) s += "，谈话人 #" + std::to_string(*t.talker_person_id);
  if (t.clue_id) s += "，关联线索 #" + std::to_string(*t.clue_id);
  return s;
}

}  // namespace qf::talks
