// The declaration side of a cross-check run from the system's own records
// (declared_inputs.h; the mapping in docs/modules/findings.md).
#include "domain/findings/declared_inputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "domain/approvals/approval_seal.h"
#include "domain/declarations/declaration_seal.h"

namespace qf::findings {
namespace {

using json = nlohmann::json;

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string str(const json& row, const char* k) {
  if (!row.is_object() || !row.contains(k)) return "";
  const json& v = row[k];
  if (v.is_string()) return trim(v.get<std::string>());
  if (v.is_number()) return v.dump();
  return "";
}

// The rows of one item of a report's content ({"items": {code: {"rows": [...]}}}).
const json& rows_of(const json& content, const char* item) {
  static const json empty = json::array();
  if (!content.is_object() || !content.contains("items") || !content["items"].is_object()) return empty;
  const json& items = content["items"];
  if (!items.contains(item) || !items[item].is_object() || !items[item].contains("rows") ||
      !items[item]["rows"].is_array())
    return empty;
  return items[item]["rows"];
}

// The relation codes of FORMATS.md (配偶, 子女, 子女配偶, 父亲, 母亲, 其他) from the
// form's and the approvals' words.
std::string relation_code(const std::string& r) {
  if (r == "配偶") return "配偶";
  if (r == "子女" || r == "共同生活的子女") return "子女";
  if (r == "子女的配偶" || r == "子女配偶") return "子女配偶";
  if (r == "父亲" || r == "母亲") return r;
  return "";
}

std::string quoted(const std::string& s) {
  std::string r = "\"";
  for (char ch : s) {
    if (ch == '"') r += '"';
    r += ch;
  }
  return r + "\"";
}

struct Csv {
  std::string text;
  int64_t rows = 0;
  explicit Csv(const char* header) : text(std::string(header) + "\n") {}
  void add(std::initializer_list<std::string> cells) {
    bool first = true;
    for (const auto& c : cells) {
      if (!first) text += ',';
      first = false;
      text += quoted(c);
    }
    text += '\n';
    ++rows;
  }
};

// A cadre's relatives from one report: (relation, name) → resident ID ("" unknown). A
// name seen with an ID and without one is one person; two IDs are two people.
struct Relatives {
  std::vector<std::tuple<std::string, std::string, std::string>> list;  // relation, name, id
  void add(const std::string& relation_word, const std::string& name, const std::string& id) {
    const std::string rel = relation_code(relation_word);
    if (rel.empty() || name.empty()) return;
    for (auto& [r, n, i] : list)
      if (r == rel && n == name) {
        if (i == id || id.empty()) return;
        if (i.empty()) {
          i = id;
          return;
        }
      }
    list.emplace_back(rel, name, id);
  }
};

Error unavailable(const Error& e) {
  Error out = Error::make(ErrorKind::kUnavailable, "findings.declared",
                          "无法读取个人有关事项报告或审批记录（加密内容无法打开），请联系系统管理员核对服务器密钥文件",
                          "The personal-matters reports or approvals cannot be opened: ask the system administrator "
                          "to check the server key file");
  out.internal_detail = e.to_string();
  return out;
}

}  // namespace

const std::vector<std::string>& declared_input_files() {
  static const std::vector<std::string> f = {"relatives.csv", "declared_businesses.csv", "declared_properties.csv",
                                             "declared_trips.csv", "side_job_approvals.csv"};
  return f;
}

Status write_private_file(const std::string& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  auto fail = [] {
    return Error::make(ErrorKind::kUnavailable, "findings.work_dir", "无法写入比对工作目录", "Cannot write the work folder");
  };
  if (fd < 0) return fail();
  ::fchmod(fd, 0600);  // an existing file keeps its mode with O_CREAT: make it private too
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) {
      ::close(fd);
      return fail();
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return fail();
  return Status{};
}

Result<DeclaredInputs> write_declared_inputs(store::Connection& conn, const SecurityConfig& sec,
                                             const std::string& dir) {
  Csv relatives("cadre_id,relation,name,resident_id,birth_date");
  Csv businesses("cadre_id,holder_name,company_name,credit_code");
  Csv properties("cadre_id,owner_name,certificate_no,address,area");
  Csv trips("cadre_id,depart_date,return_date,destination");
  Csv side_jobs("cadre_id,credit_code,company_name,approved_date");
  DeclaredInputs out;
  std::set<std::tuple<std::string, std::string, std::string, std::string>> trips_seen, businesses_seen;
  auto add_trip = [&](const std::string& cadre, const std::string& from, const std::string& to, const std::string& where) {
    if (from.empty() && to.empty()) return;
    if (trips_seen.insert({cadre, from, to, where}).second) trips.add({cadre, from, to, where});
  };
  auto add_business = [&](const std::string& cadre, const std::string& holder, const std::string& company,
                          const std::string& code) {
    if (company.empty() && code.empty()) return;
    if (businesses_seen.insert({cadre, holder, company, code}).second) businesses.add({cadre, holder, company, code});
  };

  {
    auto key = declarations::declaration_key(sec);
    if (!key.ok()) return unavailable(key.error());
    QF_TRY(auto rs, conn.query(store::sql(conn, "findings/latest_declarations")));
    std::string current;  // employee number of the cadre whose reports are being read
    for (const auto& r : rs) {
      const std::string cadre = r.text("employee_no");
      const bool latest = cadre != current;  // the first row of a cadre is its latest report
      current = cadre;
      auto plain = declarations::open_sealed(*key, r.i64("id"), "content", r.text("content_sealed"));
      if (!plain.ok()) return unavailable(plain.error());
      const json content = json::parse(*plain, nullptr, false);
      // Private trips: every submitted report (each covers its own period).
      for (const auto& t : rows_of(content, "private_trips"))
        add_trip(cadre, str(t, "depart_on"), str(t, "return_on"), str(t, "destination"));
      if (!latest) continue;
      ++out.reports;
      const std::string own_name = r.text("name");
      Relatives rel;
      for (const auto& m : rows_of(content, "marriage"))
        if (str(m, "status") == "已婚") rel.add("配偶", str(m, "spouse_name"), str(m, "spouse_id"));
      for (const auto& m : rows_of(content, "family_employment"))
        rel.add(str(m, "relation"), str(m, "name"), str(m, "resident_id"));
      for (const auto& m : rows_of(content, "family_abroad"))
        rel.add(str(m, "relation"), str(m, "name"), str(m, "resident_id"));
      for (const auto& m : rows_of(content, "children_foreign_marriage")) {
        rel.add("子女", str(m, "child_name"), "");
        rel.add("子女的配偶", str(m, "spouse_name"), "");
      }
      for (const auto& m : rows_of(content, "criminal_liability")) rel.add(str(m, "relation"), str(m, "name"), "");
      for (const auto& m : rows_of(content, "family_business")) rel.add(str(m, "relation"), str(m, "name"), "");
      for (const char* item : {"real_estate", "securities"})
        for (const auto& m : rows_of(content, item)) rel.add(str(m, "owner"), str(m, "owner_name"), "");
      for (const auto& [relation, name, id] : rel.list) relatives.add({cadre, relation, name, id, ""});

      for (const auto& b : rows_of(content, "family_business"))
        add_business(cadre, str(b, "name"), str(b, "company"), str(b, "credit_code"));
      for (const auto& p : rows_of(content, "real_estate")) {
        std::string owner = str(p, "owner_name");
        if (owner.empty() && str(p, "owner") == "本人") owner = own_name;
        properties.add({cadre, owner, str(p, "certificate_no"), str(p, "address"), str(p, "area")});
      }
    }
  }
  {
    auto key = approvals::approval_key(sec);
    if (!key.ok()) return unavailable(key.error());
    QF_TRY(auto rs, conn.query(store::sql(conn, "findings/approved_requests")));
    for (const auto& r : rs) {
      const std::string cadre = r.text("employee_no");
      auto plain = approvals::open_sealed(*key, "request", r.i64("id"), "content", r.text("content_sealed"));
      if (!plain.ok()) return unavailable(plain.error());
      const json content = json::parse(*plain, nullptr, false);
      const std::string kind = r.text("kind");
      ++out.approvals;
      if (kind == "trip") {
        const std::string ad = r.text("actual_depart_date"), ar = r.text("actual_return_date");
        const bool actual = !ad.empty() && !ar.empty();
        add_trip(cadre, actual ? ad : r.text("depart_date"), actual ? ar : r.text("return_date"),
                 str(content, "destinations"));
      } else if (kind == "side_job") {
        const auto decided = r.opt_i64("decided_at");
        side_jobs.add({cadre, str(content, "credit_code"), str(content, "organisation"),
                       decided ? Date::from_unix_ms(*decided).to_string() : std::string()});
      } else if (kind == "family_business") {
        add_business(cadre, str(content, "relative_name"), str(content, "company"), str(content, "credit_code"));
      }
    }
  }
  const std::pair<const char*, Csv*> files[] = {{"relatives.csv", &relatives},
                                               {"declared_businesses.csv", &businesses},
                                               {"declared_properties.csv", &properties},
                                               {"declared_trips.csv", &trips},
                                               {"side_job_approvals.csv", &side_jobs}};
  for (const auto& [name, csv] : files) {
    QF_TRY_STATUS(write_private_file(dir + "/" + name, csv->text));
    out.rows[name] = csv->rows;
  }
  return out;
}

}  // namespace qf::findings
