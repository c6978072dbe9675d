#include "domain/findings/findings_store.h"

#include <sodium.h>

#include <fstream>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "domain/auth/value_seal.h"
#include "domain/org/data_scope.h"
#include "domain/spreadsheet/table_file.h"

namespace qf::findings {
namespace {

using json = nlohmann::json;

constexpr const char* kKdfContext = "qffind01";
constexpr uint64_t kSealSubkey = 1;
constexpr uint64_t kDigestSubkey = 2;

std::string associated_data(std::string_view table, int64_t id, std::string_view part) {
  return "qf-find:v1:" + std::string(table) + ":" + std::to_string(id) + ":" + std::string(part);
}

Error unopenable(std::string_view table, int64_t id) {
  Error e = Error::make(ErrorKind::kUnavailable, "findings.sealed", "疑点数据无法解密，请联系系统管理员核对服务器密钥文件",
                        "The finding data cannot be opened: ask the system administrator to check the server key file");
  e.internal_detail = "findings " + std::string(table) + " " + std::to_string(id) + " does not open with the server key";
  return e;
}

Run run_of(const store::Row& r) {
  Run x;
  x.id = r.i64("id");
  x.state = r.text("state");
  x.source = r.text("source");
  x.directory = r.text("directory");
  x.cadres_from = r.text("cadres_from");
  x.declarations_from = r.text("declarations_from");
  x.as_of = r.text("as_of");
  x.progress = r.i64("progress");
  x.phase = r.text("phase");
  x.summary_json = r.text("summary_json");
  x.error_zh = r.text("error_zh");
  x.error_en = r.text("error_en");
  x.findings_count = r.i64("findings_count");
  x.new_count = r.i64("new_count");
  x.gone_count = r.i64("gone_count");
  x.dq_count = r.i64("dq_count");
  x.created_by = r.i64("created_by");
  x.created_at = r.i64("created_at");
  x.started_at = r.opt_i64("started_at");
  x.finished_at = r.opt_i64("finished_at");
  return x;
}

Result<Finding> finding_of(const store::Row& r, const auth::ServerKey& key) {
  Finding f;
  f.id = r.i64("id");
  f.rule = r.text("rule");
  f.severity = r.text("severity");
  f.cadre_id = r.text("cadre_id");
  f.person_id = r.opt_i64("person_id");
  f.department = r.text("department");
  QF_TRY(std::string content, open_sealed(key, "finding", f.id, "content", r.text("content_sealed")));
  json c = json::parse(content, nullptr, false);
  if (!c.is_object()) return unopenable("finding", f.id);
  f.key = c.value("key", "");
  f.summary = c.value("summary", "");
  f.person_name = c.value("person_name", "");
  f.evidence_json = c.contains("evidence") ? c["evidence"].dump() : "[]";
  f.first_run_id = r.i64("first_run_id");
  f.last_run_id = r.i64("last_run_id");
  f.first_seen_at = r.i64("first_seen_at");
  f.last_seen_at = r.i64("last_seen_at");
  f.present = r.i64("present") != 0;
  f.status = r.text("status");
  f.assignee_id = r.opt_i64("assignee_id");
  f.assignee_name = r.text("assignee_name");
  const std::string reason = r.text("dismiss_reason_sealed");
  if (!reason.empty()) {
    QF_TRY(f.dismiss_reason, open_sealed(key, "finding", f.id, "dismiss_reason", reason));
  }
  f.handled_by = r.opt_i64("handled_by");
  f.handled_at = r.opt_i64("handled_at");
  f.clue_id = r.opt_i64("clue_id");
  f.clue_number = r.text("clue_number");
  f.verification_item_id = r.opt_i64("verification_item_id");
  f.version = r.i64("version");
  f.updated_at = r.i64("updated_at");
  return f;
}

// Full-width ASCII to ASCII and surrounding white space removed: how a cadre number
// written in a registry export compares with the engine's cadre_id.
std::string plain_id(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xEF && i + 2 < s.size()) {
      const unsigned cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                          (static_cast<unsigned char>(s[i + 2]) & 0x3F);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        out.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
        i += 3;
        continue;
      }
    }
    out.push_back(s[i]);
    ++i;
  }
  return spreadsheet::trim_cell(out);
}

struct CadreInfo {
  std::string name;
  std::string department;
};

// cadre_id → name and department, from the run's cadres.csv (English or Chinese headers).
Result<std::unordered_map<std::string, CadreInfo>> read_cadres(const std::string& path) {
  std::unordered_map<std::string, CadreInfo> out;
  std::ifstream in(path, std::ios::binary);
  if (!in) return out;
  std::stringstream ss;
  ss << in.rdbuf();
  auto table = spreadsheet::read_table_file(ss.str(), "cadres.csv");
  if (!table.ok()) return out;  // the engine already reported what is wrong with it
  int id_col = -1, name_col = -1, dept_col = -1;
  for (size_t i = 0; i < table->header.size(); ++i) {
    std::string h = plain_id(table->header[i]);
    if (h.rfind("\xEF\xBB\xBF", 0) == 0) h = h.substr(3);
    if (h == "cadre_id" || h == "干部编号") id_col = static_cast<int>(i);
    if (h == "name" || h == "姓名") name_col = static_cast<int>(i);
    if (h == "department" || h == "部门") dept_col = static_cast<int>(i);
  }
  if (id_col < 0) return out;
  auto cell = [](const spreadsheet::TableRow& r, int col) {
    return col >= 0 && static_cast<size_t>(col) < r.cells.size() ? r.cells[col] : std::string();
  };
  for (const auto& r : table->rows) {
    std::string id = plain_id(cell(r, id_col));
    if (id.empty()) continue;
    out.emplace(id, CadreInfo{cell(r, name_col), cell(r, dept_col)});
  }
  return out;
}

Error bad_output(const std::string& file, int64_t line, const std::string& what) {
  return Error::invalid("findings.output", fmt::format("比对结果文件 {} 第 {} 行无法读取：{}", file, line, what),
                        fmt::format("The engine output {} line {} cannot be read: {}", file, line, what), file);
}

}  // namespace

// ---- sealing --------------------------------------------------------------------------

std::string seal(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                 std::string_view plaintext) {
  return auth::seal_value(key, kKdfContext, kSealSubkey, associated_data(table, id, part), plaintext);
}

Result<std::string> open_sealed(const auth::ServerKey& key, std::string_view table, int64_t id, std::string_view part,
                                std::string_view stored) {
  auto plain = auth::open_value(key, kKdfContext, kSealSubkey, associated_data(table, id, part), stored);
  if (!plain) return unopenable(table, id);
  return std::move(*plain);
}

std::string key_digest(const auth::ServerKey& key, std::string_view rule, std::string_view finding_key) {
  const std::string sub = auth::derive_subkey(key, kKdfContext, kDigestSubkey);
  const std::string text = std::string(rule) + "|" + std::string(finding_key);
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                     reinterpret_cast<const unsigned char*>(sub.data()), sub.size());
  static const char* hex = "0123456789abcdef";
  std::string h;
  for (unsigned char b : out) {
    h.push_back(hex[b >> 4]);
    h.push_back(hex[b & 15]);
  }
  return h;
}

Result<auth::ServerKey> findings_key(const SecurityConfig& sec) {
  auto key = auth::load_server_key(sec.secret_key_file);
  if (key.ok()) return key;
  Error e = Error::make(ErrorKind::kUnavailable, "findings.key", "服务器密钥文件不可用，无法读写疑点数据",
                        "The server key file is unavailable: findings cannot be read or written");
  e.internal_detail = key.error().message_zh + " / " + key.error().message_en;
  return e;
}

// ---- runs ------------------------------------------------------------------------------

Result<int64_t> create_run(store::Connection& conn, const Run& r, int64_t now_ms) {
  return conn.insert(store::sql(conn, "findings/insert_run"),
                     {r.state, r.source, r.directory, r.cadres_from,
                      r.declarations_from.empty() ? std::string("upload") : r.declarations_from, r.as_of, r.phase,
                      r.created_by, now_ms});
}

Result<Run> get_run(store::Connection& conn, int64_t id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "findings/get_run"), {id}));
  if (rs.empty())
    return Error::make(ErrorKind::kNotFound, "findings.run_not_found", "比对批次不存在", "Run not found");
  return run_of(rs.front());
}

Result<std::pair<std::vector<Run>, int64_t>> list_runs(store::Connection& conn, int64_t offset, int64_t limit) {
  QF_TRY(auto n, conn.query_one(store::sql(conn, "findings/count_runs")));
  QF_TRY(auto rs, conn.query(store::sql(conn, "findings/list_runs"), {limit, offset}));
  std::vector<Run> out;
  for (const auto& r : rs) out.push_back(run_of(r));
  return std::make_pair(std::move(out), n.i64("n"));
}

Result<bool> move_run(store::Connection& conn, int64_t id, std::string_view from, std::string_view to,
                      int64_t progress, std::string_view phase) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/set_run_state"),
                                 {std::string(to), progress, std::string(phase), id, std::string(from)}));
  return n == 1;
}

Result<bool> start_run(store::Connection& conn, int64_t id, int64_t now_ms) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/start_run"), {now_ms, id}));
  return n == 1;
}

Status set_progress(store::Connection& conn, int64_t id, int64_t progress, std::string_view phase) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/set_progress"), {progress, std::string(phase), id}));
  (void)n;
  return Status{};
}

Status fail_run(store::Connection& conn, int64_t id, const std::string& zh, const std::string& en, int64_t now_ms) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/fail_run"), {zh, en, now_ms, id}));
  (void)n;
  return Status{};
}

Result<int64_t> fail_interrupted(store::Connection& conn, int64_t now_ms) {
  return conn.execute(store::sql(conn, "findings/fail_interrupted"),
                      {std::string("服务器在比对进行中停止，请重新发起比对"),
                       std::string("The server stopped while the run was under way: start it again"), now_ms});
}

// ---- data quality ---------------------------------------------------------------------

Result<std::pair<std::vector<DataQualityRow>, int64_t>> list_data_quality(store::Connection& conn,
                                                                          const auth::ServerKey& key, int64_t run_id,
                                                                          int64_t offset, int64_t limit) {
  QF_TRY(auto n, conn.query_one(store::sql(conn, "findings/count_dq"), {run_id}));
  const int64_t lim = limit < 0 ? n.i64("n") + 1 : limit;
  QF_TRY(auto rs, conn.query(store::sql(conn, "findings/list_dq"), {run_id, lim, offset}));
  std::vector<DataQualityRow> out;
  for (const auto& r : rs) {
    DataQualityRow d;
    d.seq = r.i64("seq");
    d.file = r.text("file");
    d.line = r.i64("line");
    d.column = r.text("column_name");
    d.problem = r.text("problem");
    const std::string v = r.text("value_sealed");
    if (!v.empty()) {
      QF_TRY(d.value, open_sealed(key, "data_quality", r.i64("id"), "value", v));
    }
    out.push_back(std::move(d));
  }
  return std::make_pair(std::move(out), n.i64("n"));
}

// ---- cadres from the organisation ------------------------------------------------------

Result<int64_t> write_cadres_csv(store::Connection& conn, const std::string& path) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "findings/leading_cadres")));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out)
    return Error::make(ErrorKind::kUnavailable, "findings.work_dir", "无法写入比对工作目录", "Cannot write the work folder");
  auto q = [](const std::string& s) {
    std::string r = "\"";
    for (char ch : s) {
      if (ch == '"') r += '"';
      r += ch;
    }
    return r + "\"";
  };
  out << "cadre_id,name,resident_id,department,position,is_leading\n";
  int64_t n = 0;
  for (const auto& r : rs) {
    out << q(r.text("employee_no")) << ',' << q(r.text("name")) << ',' << q(r.text("id_number")) << ','
        << q(r.text("department")) << ',' << q(r.text("position")) << ",是\n";
    ++n;
  }
  out.close();
  if (!out)
    return Error::make(ErrorKind::kUnavailable, "findings.work_dir", "无法写入比对工作目录", "Cannot write the work folder");
  return n;
}

// ---- storing a run's output ----------------------------------------------------------

Result<IngestTally> ingest_run(store::Connection& conn, const auth::ServerKey& key, int64_t run_id,
                               const std::string& in_dir, const std::string& out_dir, const std::string& summary_json,
                               int64_t now_ms) {
  IngestTally tally;
  QF_TRY(auto cadres, read_cadres(in_dir + "/cadres.csv"));
  std::unordered_map<std::string, int64_t> people;
  {
    QF_TRY(auto rs, conn.query(store::sql(conn, "findings/people_by_employee_no")));
    for (const auto& r : rs) people.emplace(r.text("employee_no"), r.i64("id"));
  }

  std::ifstream in(out_dir + "/findings.jsonl", std::ios::binary);
  if (!in) return bad_output("findings.jsonl", 0, "文件不存在 / missing");
  std::string line;
  int64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    json j = json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("rule") || !j.contains("key"))
      return bad_output("findings.jsonl", line_no, "不是比对结果对象 / not a finding object");
    const std::string rule = j.value("rule", "");
    const std::string fkey = j.value("key", "");
    const std::string cadre = j.value("cadre_id", "");
    const std::string severity = j.value("severity", "");
    CadreInfo info;
    if (auto it = cadres.find(cadre); it != cadres.end()) info = it->second;
    std::optional<int64_t> person;
    if (auto it = people.find(cadre); !cadre.empty() && it != people.end()) person = it->second;
    json content{{"key", fkey},
                 {"summary", j.value("summary", "")},
                 {"person_name", info.name},
                 {"evidence", j.contains("evidence") ? j["evidence"] : json::array()}};
    const std::string digest = key_digest(key, rule, fkey);
    QF_TRY(auto found, conn.query(store::sql(conn, "findings/find_by_digest"), {digest}));
    if (found.empty()) {
      QF_TRY(int64_t id, conn.insert(store::sql(conn, "findings/insert_finding"),
                                     {digest, rule, severity, cadre, store::opt(person), info.department, run_id,
                                      run_id, now_ms, now_ms, now_ms}));
      QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/set_content"),
                                     {seal(key, "finding", id, "content", content.dump()), id}));
      (void)n;
      ++tally.fresh;
    } else {
      const int64_t id = found.front().i64("id");
      QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/seen_again"),
                                     {severity, cadre, store::opt(person), info.department,
                                      seal(key, "finding", id, "content", content.dump()), run_id, now_ms, id}));
      (void)n;
    }
    ++tally.findings;
  }
  QF_TRY(auto gone, conn.query_one(store::sql(conn, "findings/count_gone"), {run_id}));
  tally.gone = gone.i64("n");
  QF_TRY(int64_t marked, conn.execute(store::sql(conn, "findings/mark_gone"), {run_id}));
  (void)marked;

  // data_quality.csv: file, line, column, problem, value.
  {
    std::ifstream dq(out_dir + "/data_quality.csv", std::ios::binary);
    if (dq) {
      std::stringstream ss;
      ss << dq.rdbuf();
      auto table = spreadsheet::read_table_file(ss.str(), "data_quality.csv");
      if (table.ok()) {
        int64_t seq = 0;
        for (const auto& r : table->rows) {
          auto cell = [&](size_t i) { return i < r.cells.size() ? r.cells[i] : std::string(); };
          int64_t ln = 0;
          try {
            ln = std::stoll(cell(1));
          } catch (const std::exception&) {
            return bad_output("data_quality.csv", static_cast<int64_t>(r.number), "行号不是数字 / line is not a number");
          }
          QF_TRY(int64_t id, conn.insert(store::sql(conn, "findings/insert_dq"),
                                         {run_id, ++seq, cell(0), ln, cell(2), cell(3), std::string()}));
          if (!cell(4).empty()) {
            QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/set_dq_value"),
                                           {seal(key, "data_quality", id, "value", cell(4)), id}));
            (void)n;
          }
          ++tally.data_quality;
        }
      }
    }
  }
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/finish_run"),
                                 {summary_json, tally.findings, tally.fresh, tally.gone, tally.data_quality, now_ms,
                                  run_id}));
  (void)n;
  return tally;
}

// ---- findings ---------------------------------------------------------------------------

Result<std::pair<std::vector<Finding>, int64_t>> list_findings(store::Connection& conn, const auth::ServerKey& key,
                                                               const FindingQuery& q) {
  std::string where;
  store::Params params;
  auto add = [&](const char* sql, const std::string& v) {
    if (v.empty()) return;
    where += sql;
    params.push_back(v);
  };
  add(" AND f.rule = ?", q.rule);
  add(" AND f.severity = ?", q.severity);
  add(" AND f.department = ?", q.department);
  add(" AND f.status = ?", q.status);
  if (q.present) {
    where += " AND f.present = ?";
    params.push_back(static_cast<int64_t>(*q.present ? 1 : 0));
  }
  const std::string dir = q.descending ? " DESC" : " ASC";
  std::string order = "f.last_seen_at DESC, f.id DESC";
  if (q.sort == "rule") order = "LENGTH(f.rule)" + dir + ", f.rule" + dir + ", f.id";
  else if (q.sort == "severity") order = "f.severity" + dir + ", f.id";
  else if (q.sort == "department") order = "f.department" + dir + ", f.id";
  else if (q.sort == "last_seen_at") order = "f.last_seen_at" + dir + ", f.id";
  else if (q.sort == "first_seen_at") order = "f.first_seen_at" + dir + ", f.id";
  QF_TRY(auto n, conn.query_one(org::splice(store::sql(conn, "findings/count_findings"), "/*WHERE*/", where), params));
  const int64_t total = n.i64("n");
  std::string sql = org::splice(store::sql(conn, "findings/list_findings"), "/*WHERE*/", where);
  sql = org::splice(sql, "/*ORDER*/", order);
  store::Params p = params;
  p.push_back(q.limit < 0 ? total + 1 : q.limit);
  p.push_back(q.offset);
  QF_TRY(auto rs, conn.query(sql, p));
  std::vector<Finding> out;
  for (const auto& r : rs) {
    QF_TRY(Finding f, finding_of(r, key));
    out.push_back(std::move(f));
  }
  return std::make_pair(std::move(out), total);
}

Result<Finding> get_finding(store::Connection& conn, const auth::ServerKey& key, int64_t id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "findings/get_finding"), {id}));
  if (rs.empty()) return Error::make(ErrorKind::kNotFound, "findings.not_found", "疑点不存在", "Finding not found");
  return finding_of(rs.front(), key);
}

Result<std::optional<int64_t>> finding_of_clue(store::Connection& conn, int64_t clue_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "findings/finding_of_clue"), {clue_id}));
  if (rs.empty()) return std::optional<int64_t>{};
  return std::optional<int64_t>{rs.front().i64("id")};
}

Result<std::vector<std::string>> departments(store::Connection& conn) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "findings/departments")));
  std::vector<std::string> out;
  for (const auto& r : rs) out.push_back(r.text("department"));
  return out;
}

namespace {
Error already_handled() {
  return Error::make(ErrorKind::kConflict, "findings.handled", "该疑点已排除或已转为问题线索，不能再办理",
                     "The finding was already dismissed or made a clue");
}
}  // namespace

Status assign(store::Connection& conn, int64_t id, int64_t assignee, int64_t now_ms) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/assign"), {assignee, now_ms, id}));
  if (n != 1) return already_handled();
  return Status{};
}

Status dismiss(store::Connection& conn, const auth::ServerKey& key, int64_t id, const std::string& reason,
               int64_t actor, int64_t now_ms) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/dismiss"),
                                 {seal(key, "finding", id, "dismiss_reason", reason), actor, now_ms, now_ms, id}));
  if (n != 1) return already_handled();
  return Status{};
}

Status link_clue(store::Connection& conn, int64_t id, int64_t clue_id, int64_t actor, int64_t now_ms) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/to_clue"), {clue_id, actor, now_ms, now_ms, id}));
  if (n != 1) return already_handled();
  return Status{};
}

std::string clue_matter(const Finding& f) {
  std::string evidence;
  json ev = json::parse(f.evidence_json, nullptr, false);
  if (ev.is_array())
    for (const auto& e : ev) {
      if (!evidence.empty()) evidence += "；";
      evidence += fmt::format("{} 第 {} 行", e.value("file", ""), e.value("line", 0));
    }
  return fmt::format("【大数据比对疑点 第{}号】{}（规则 {}，风险等级 {}，比对键 {}）。证据：{}。", f.id, f.summary, f.rule,
                     f.severity, f.key, evidence.empty() ? "无" : evidence);
}

Result<std::optional<int64_t>> finding_of_verification_item(store::Connection& conn, int64_t item_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "findings/finding_of_verification_item"), {item_id}));
  if (rs.empty()) return std::optional<int64_t>{};
  return std::optional<int64_t>{rs.front().i64("id")};
}

Status link_verification_item(store::Connection& conn, int64_t id, int64_t item_id, int64_t now_ms) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "findings/to_verification"), {item_id, now_ms, id}));
  if (n != 1)
    return Error::make(ErrorKind::kConflict, "findings.handled", "该疑点已转为核查事项", "The finding is already a verification item");
  return Status{};
}

}  // namespace qf::findings
