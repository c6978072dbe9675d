// Bulk import of people and departments: see org_import.h.
#include "domain/org/org_import.h"

#include <set>

#include "domain/dictionary/dictionary.h"
#include "domain/org/org_codes.h"
#include "domain/org/people.h"
#include "domain/org/structure.h"
#include "domain/spreadsheet/table_file.h"
#include "domain/spreadsheet/xlsx_reader.h"

namespace qf::org {
namespace {

struct ColumnDef {
  std::string key;
  std::string zh;  // the template header
  std::vector<std::string> aliases;
  bool required = false;
};

const std::vector<ColumnDef>& people_columns() {
  static const std::vector<ColumnDef> c{
      {"employee_no", "工号", {"员工编号", "人员编号", "职工号", "employee_no", "employee no"}, true},
      {"name", "姓名", {"name"}, true},
      {"gender", "性别", {"gender"}, true},
      {"department", "部门", {"所在部门", "处室", "部门名称", "department"}, true},
      {"position", "岗位", {"岗位名称", "position"}, false},
      {"rank", "职级", {"rank"}, false},
      {"is_leading_cadre", "是否领导干部", {"领导干部", "leading_cadre", "leading cadre"}, false},
      {"party_status", "政治面貌", {"party_status", "political status"}, false},
      {"branch", "党支部", {"所在支部", "支部", "所在党支部", "branch"}, false},
      {"joined_date", "入职日期", {"入职时间", "joined_date", "joined date"}, false},
      {"id_number", "身份证号", {"身份证号码", "公民身份号码", "id_number", "id number"}, false},
      {"phone", "联系电话", {"手机", "电话", "手机号码", "phone"}, false},
  };
  return c;
}

const std::vector<ColumnDef>& department_columns() {
  static const std::vector<ColumnDef> c{
      {"code", "部门编码", {"编码", "code"}, true},
      {"name", "部门名称", {"名称", "部门", "name"}, true},
      {"parent", "上级部门", {"上级部门编码", "上级", "parent"}, false},
      {"sort_order", "排序", {"排序号", "sort_order", "sort"}, false},
  };
  return c;
}

std::string normalise_header(std::string h) {
  while (!h.empty() && (h.back() == '*' || h.back() == ' ')) h.pop_back();
  if (h.size() >= 3 && h.substr(h.size() - 3) == "\xEF\xBC\x8A") h.resize(h.size() - 3);  // full-width ＊
  for (char& c : h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return h;
}

// Maps column keys to cell indexes of the table.
struct Layout {
  std::map<std::string, size_t> index;
  const std::string& cell(const spreadsheet::TableRow& r, const std::string& key) const {
    static const std::string empty;
    auto it = index.find(key);
    if (it == index.end() || it->second >= r.cells.size()) return empty;
    return r.cells[it->second];
  }
};

void add_issue(ImportCheck* chk, uint64_t row, const std::string& field, std::string zh, std::string en) {
  chk->errors.push_back(ImportIssue{row, field, std::move(zh), std::move(en)});
}

std::string row_zh(uint64_t row) { return "第 " + std::to_string(row) + " 行："; }
std::string row_en(uint64_t row) { return "Row " + std::to_string(row) + ": "; }

Layout layout_of(const spreadsheet::Table& t, const std::vector<ColumnDef>& defs, ImportCheck* chk) {
  Layout l;
  for (size_t i = 0; i < t.header.size(); ++i) {
    std::string h = normalise_header(t.header[i]);
    for (const ColumnDef& d : defs) {
      bool match = h == d.zh;
      for (const auto& a : d.aliases) match = match || h == a;
      if (!match) continue;
      if (l.index.count(d.key)) {
        add_issue(chk, t.header_number, d.zh, row_zh(t.header_number) + "列“" + d.zh + "”出现了两次",
                  row_en(t.header_number) + "column \"" + d.zh + "\" appears twice");
      } else {
        l.index[d.key] = i;
      }
    }
  }
  for (const ColumnDef& d : defs) {
    if (d.required && !l.index.count(d.key)) {
      add_issue(chk, t.header_number, d.zh, row_zh(t.header_number) + "缺少必填列“" + d.zh + "”",
                row_en(t.header_number) + "the required column \"" + d.zh + "\" is missing");
    }
  }
  return l;
}

// Accepts 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301, an Excel serial
// number, and a trailing time part.
std::optional<std::string> normalise_date(std::string s) {
  if (s.empty()) return std::string();
  if (auto sp = s.find(' '); sp != std::string::npos) s = s.substr(0, sp);
  bool digits = !s.empty();
  for (char c : s) digits = digits && c >= '0' && c <= '9';
  if (digits && s.size() == 8) s = s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
  else if (digits && s.size() >= 4 && s.size() <= 5) s = spreadsheet::excel_serial_to_date(std::stod(s));
  std::vector<std::string> parts;
  std::string cur;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') { cur += static_cast<char>(c); ++i; continue; }
    if (!cur.empty()) parts.push_back(cur);
    cur.clear();
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;  // separators: - / . 年 月 日
  }
  if (!cur.empty()) parts.push_back(cur);
  if (parts.size() != 3 || parts[0].size() != 4 || parts[1].size() > 2 || parts[2].size() > 2) return std::nullopt;
  auto two = [](const std::string& p) { return p.size() == 1 ? "0" + p : p; };
  std::string out = parts[0] + "-" + two(parts[1]) + "-" + two(parts[2]);
  if (!check_date(out, "").ok()) return std::nullopt;
  return out;
}

// Lookup tables loaded once per import.
struct Directory {
  Unit unit;
  std::map<std::string, int64_t> dept_by_code;
  std::map<std::string, std::vector<int64_t>> dept_by_name;  // active only
  std::set<int64_t> dept_archived;
  std::map<std::pair<int64_t, std::string>, int64_t> position_by_name;
  std::map<std::string, int64_t> branch_by_key;  // name and code
  std::map<std::string, int64_t> person_by_no;
  std::map<int64_t, std::string> person_name;      // for the preview's 更新 target
  std::map<int64_t, std::string> department_name;
};

// A template's sample row (工号 or 部门编码 starting with 示例): never imported.
bool is_sample(const std::string& key) { return key.rfind("示例", 0) == 0; }

Result<Directory> load_directory(store::Connection& conn, const ImportOptions& opt, const std::string& unit_name) {
  Directory d;
  QF_TRY(d.unit, ensure_unit(conn, unit_name, "UNIT", opt.now_ms));
  QF_TRY(auto depts, list_departments(conn, true));
  for (const auto& x : depts) {
    d.dept_by_code[x.code] = x.id;
    d.department_name[x.id] = x.name;
    if (x.archived_at) d.dept_archived.insert(x.id);
    else d.dept_by_name[x.name].push_back(x.id);
  }
  QF_TRY(auto positions, list_positions(conn, std::nullopt, false));
  for (const auto& p : positions) d.position_by_name.emplace(std::make_pair(p.department_id, p.name), p.id);
  QF_TRY(auto branches, list_branches(conn, false));
  for (const auto& b : branches) {
    d.branch_by_key[b.code] = b.id;
    d.branch_by_key[b.name] = b.id;
  }
  QF_TRY(auto keys, conn.query(store::sql(conn, "org/people_keys"), {d.unit.id}));
  for (const auto& r : keys) {
    d.person_by_no[r.text("employee_no")] = r.i64("id");
    d.person_name[r.i64("id")] = r.text("name");
  }
  return d;
}

// One validated people row, ready to write.
struct PersonRow {
  uint64_t row = 0;
  PersonDetails details;
  bool keep_id_number = false;  // masked in the file (an export): leave as stored
  Placement placement;
  std::optional<int64_t> existing_id;
};

void preview_row(ImportCheck* chk, const spreadsheet::TableRow& r, const Layout& l, const std::vector<ColumnDef>& defs) {
  if (chk->rows.size() >= 200) return;
  std::map<std::string, std::string> m;
  m["row"] = std::to_string(r.number);
  for (const auto& d : defs) m[d.key] = l.cell(r, d.key);
  chk->rows.push_back(std::move(m));
}

std::vector<PersonRow> validate_people(const spreadsheet::Table& t, const Directory& dir, ImportCheck* chk) {
  const auto& defs = people_columns();
  Layout l = layout_of(t, defs, chk);
  std::vector<PersonRow> out;
  if (!chk->errors.empty()) return out;
  std::map<std::string, uint64_t> seen;
  for (const auto& r : t.rows) {
    preview_row(chk, r, l, defs);
    if (is_sample(l.cell(r, "employee_no"))) {
      ++chk->samples;
      continue;
    }
    size_t before = chk->errors.size();
    auto bad = [&](const std::string& col, const std::string& zh, const std::string& en) {
      add_issue(chk, r.number, col, row_zh(r.number) + zh, row_en(r.number) + en);
    };
    PersonRow pr;
    pr.row = r.number;
    PersonDetails& d = pr.details;
    d.employee_no = l.cell(r, "employee_no");
    d.name = l.cell(r, "name");
    if (d.employee_no.empty()) bad("工号", "工号不能为空", "employee number is required");
    else if (auto it = seen.find(d.employee_no); it != seen.end()) {
      bad("工号", "工号“" + d.employee_no + "”与第 " + std::to_string(it->second) + " 行重复",
          "employee number \"" + d.employee_no + "\" repeats row " + std::to_string(it->second));
    } else {
      seen[d.employee_no] = r.number;
    }
    if (d.name.empty()) bad("姓名", "姓名不能为空", "name is required");
    if (auto g = parse_gender(l.cell(r, "gender"))) d.gender = *g;
    else bad("性别", "性别应为“男”或“女”，实际为“" + l.cell(r, "gender") + "”",
             "gender must be 男 (male) or 女 (female), got \"" + l.cell(r, "gender") + "\"");

    const std::string& dept = l.cell(r, "department");
    std::optional<int64_t> dept_id;
    if (dept.empty()) {
      bad("部门", "部门不能为空", "department is required");
    } else if (auto c = dir.dept_by_code.find(dept); c != dir.dept_by_code.end() && !dir.dept_archived.count(c->second)) {
      dept_id = c->second;
    } else if (auto n = dir.dept_by_name.find(dept); n != dir.dept_by_name.end()) {
      if (n->second.size() == 1) dept_id = n->second.front();
      else bad("部门", "部门名称“" + dept + "”不唯一，请填写部门编码", "department name \"" + dept + "\" is ambiguous; use the department code");
    } else {
      bad("部门", "部门“" + dept + "”不存在（请先建立部门或导入部门表）",
          "department \"" + dept + "\" does not exist (create or import departments first)");
    }
    pr.placement.department_id = dept_id;
    const std::string& pos = l.cell(r, "position");
    if (!pos.empty() && dept_id) {
      auto it = dir.position_by_name.find({*dept_id, pos});
      if (it == dir.position_by_name.end()) {
        bad("岗位", "部门“" + dept + "”下没有岗位“" + pos + "”", "department \"" + dept + "\" has no position \"" + pos + "\"");
      } else {
        pr.placement.position_id = it->second;
      }
    }
    if (auto rk = parse_rank(l.cell(r, "rank"))) pr.placement.rank = *rk;
    else bad("职级", "职级“" + l.cell(r, "rank") + "”无法识别（如：科员、副科级、正处级）",
             "rank \"" + l.cell(r, "rank") + "\" is not recognised (e.g. 科员, 副科级, 正处级)");
    if (auto yn = parse_yes_no(l.cell(r, "is_leading_cadre"))) d.is_leading_cadre = *yn;
    else bad("是否领导干部", "“是否领导干部”应填“是”或“否”", "\"leading cadre\" must be 是 (yes) or 否 (no)");
    if (auto ps = parse_party_status(l.cell(r, "party_status"))) d.party_status = *ps;
    else bad("政治面貌", "政治面貌“" + l.cell(r, "party_status") + "”无法识别（如：中共党员、群众）",
             "political status \"" + l.cell(r, "party_status") + "\" is not recognised (e.g. 中共党员, 群众)");
    const std::string& br = l.cell(r, "branch");
    if (!br.empty()) {
      if (auto it = dir.branch_by_key.find(br); it != dir.branch_by_key.end()) d.branch_id = it->second;
      else bad("党支部", "党支部“" + br + "”不存在", "Party branch \"" + br + "\" does not exist");
    }
    if (auto jd = normalise_date(l.cell(r, "joined_date"))) d.joined_date = *jd;
    else bad("入职日期", "入职日期“" + l.cell(r, "joined_date") + "”不是有效日期（如 2020-09-01）",
             "joined date \"" + l.cell(r, "joined_date") + "\" is not a valid date (e.g. 2020-09-01)");
    d.id_number = l.cell(r, "id_number");
    for (char& c : d.id_number) if (c == 'x') c = 'X';
    if (d.id_number.find('*') != std::string::npos) {
      pr.keep_id_number = true;
      d.id_number.clear();
    }
    d.phone = l.cell(r, "phone");
    if (auto it = dir.person_by_no.find(d.employee_no); it != dir.person_by_no.end()) pr.existing_id = it->second;

    if (chk->errors.size() == before) {
      // Whatever the column checks above do not cover (formats, lengths, ID check digit).
      if (auto st = check_person_details(d); !st.ok()) {
        static const std::map<std::string, std::string> kColumn{
            {"employee_no", "工号"}, {"name", "姓名"}, {"gender", "性别"}, {"id_number", "身份证号"},
            {"party_status", "政治面貌"}, {"joined_date", "入职日期"}};
        auto it = kColumn.find(st.error().field);
        bad(it != kColumn.end() ? it->second : st.error().field, st.error().message_zh, st.error().message_en);
      }
    }
    if (chk->errors.size() == before) out.push_back(std::move(pr));
  }
  return out;
}

struct DepartmentRow {
  uint64_t row = 0;
  DepartmentInput input;
  std::string parent_code;  // resolved at write time (may be a row above)
  std::optional<int64_t> existing_id;
};

std::vector<DepartmentRow> validate_departments(const spreadsheet::Table& t, const Directory& dir, ImportCheck* chk) {
  const auto& defs = department_columns();
  Layout l = layout_of(t, defs, chk);
  std::vector<DepartmentRow> out;
  if (!chk->errors.empty()) return out;
  std::map<std::string, uint64_t> seen_codes;
  std::map<std::string, std::string> name_to_code_in_file;
  for (const auto& r : t.rows) {
    preview_row(chk, r, l, defs);
    if (is_sample(l.cell(r, "code"))) {
      ++chk->samples;
      continue;
    }
    size_t before = chk->errors.size();
    auto bad = [&](const std::string& col, const std::string& zh, const std::string& en) {
      add_issue(chk, r.number, col, row_zh(r.number) + zh, row_en(r.number) + en);
    };
    DepartmentRow dr;
    dr.row = r.number;
    dr.input.code = l.cell(r, "code");
    dr.input.name = l.cell(r, "name");
    if (dr.input.code.empty()) bad("部门编码", "部门编码不能为空", "department code is required");
    else if (auto it = seen_codes.find(dr.input.code); it != seen_codes.end()) {
      bad("部门编码", "部门编码“" + dr.input.code + "”与第 " + std::to_string(it->second) + " 行重复",
          "department code \"" + dr.input.code + "\" repeats row " + std::to_string(it->second));
    }
    if (dr.input.name.empty()) bad("部门名称", "部门名称不能为空", "department name is required");
    else if (text_length(dr.input.name) > 100) bad("部门名称", "部门名称不能超过 100 个字", "department name must be at most 100 characters");
    const std::string& parent = l.cell(r, "parent");
    if (!parent.empty()) {
      if (parent == dr.input.code || parent == dr.input.name) {
        bad("上级部门", "上级部门不能是本部门", "a department cannot be its own parent");
      } else if (seen_codes.count(parent)) {
        dr.parent_code = parent;
      } else if (auto n = name_to_code_in_file.find(parent); n != name_to_code_in_file.end()) {
        dr.parent_code = n->second;
      } else if (dir.dept_by_code.count(parent) && !dir.dept_archived.count(dir.dept_by_code.at(parent))) {
        dr.parent_code = parent;
      } else if (auto n2 = dir.dept_by_name.find(parent); n2 != dir.dept_by_name.end() && n2->second.size() == 1) {
        for (const auto& [code, id] : dir.dept_by_code) if (id == n2->second.front()) dr.parent_code = code;
      } else {
        bad("上级部门", "上级部门“" + parent + "”不存在（须已存在或在本文件中更靠前的行）",
            "parent department \"" + parent + "\" does not exist (it must exist already or be on an earlier row)");
      }
    }
    const std::string& sort = l.cell(r, "sort_order");
    if (!sort.empty()) {
      try {
        size_t used = 0;
        dr.input.sort_order = std::stoi(sort, &used);
        if (used != sort.size()) throw std::invalid_argument("trailing");
      } catch (const std::exception&) {
        bad("排序", "排序应为整数，实际为“" + sort + "”", "sort order must be a whole number, got \"" + sort + "\"");
      }
    }
    if (!dr.input.code.empty()) {
      seen_codes.emplace(dr.input.code, r.number);
      if (!dr.input.name.empty()) name_to_code_in_file.emplace(dr.input.name, dr.input.code);
    }
    if (auto it = dir.dept_by_code.find(dr.input.code); it != dir.dept_by_code.end()) dr.existing_id = it->second;
    if (chk->errors.size() == before) out.push_back(std::move(dr));
  }
  return out;
}

struct Validated {
  ImportCheck check;
  Directory dir;
  std::vector<PersonRow> people;
  std::vector<DepartmentRow> departments;
};

Result<Validated> validate(store::Connection& conn, ImportKind kind, std::string_view bytes, std::string_view filename,
                           const ImportOptions& opt) {
  Validated v;
  auto table = spreadsheet::read_table_file(bytes, filename);
  if (!table.ok()) {
    const Error& e = table.error();
    if (e.kind != ErrorKind::kInvalid) return table.take_error();
    add_issue(&v.check, 0, e.field, e.message_zh, e.message_en);
    return v;
  }
  v.check.total_rows = static_cast<int64_t>(table->rows.size());
  if (v.check.total_rows > opt.max_rows) {
    add_issue(&v.check, 0, std::string(filename),
              "文件有 " + std::to_string(v.check.total_rows) + " 行数据，超过单次导入上限 " + std::to_string(opt.max_rows) +
                  " 行，请分批导入",
              "The file has " + std::to_string(v.check.total_rows) + " data rows, more than the limit of " +
                  std::to_string(opt.max_rows) + " per import; split it");
    return v;
  }
  if (v.check.total_rows == 0) {
    add_issue(&v.check, 0, std::string(filename), "文件除表头外没有数据行", "The file has no data rows below the header");
    return v;
  }
  QF_TRY(v.dir, load_directory(conn, opt, opt.unit_name));
  // What each previewed row would do: 新增, 更新 (naming the record) or 示例行 (skipped).
  std::map<std::string, std::pair<std::string, std::string>> action;  // row → (action, target)
  auto target = [](const std::map<int64_t, std::string>& names, int64_t id) {
    auto it = names.find(id);
    return it != names.end() ? it->second : std::string();
  };
  if (kind == ImportKind::kPeople) {
    v.people = validate_people(*table, v.dir, &v.check);
    for (const auto& p : v.people) {
      (p.existing_id ? v.check.updated : v.check.created)++;
      action[std::to_string(p.row)] =
          p.existing_id ? std::make_pair(std::string("update"),
                                         target(v.dir.person_name, *p.existing_id) + "（工号 " + p.details.employee_no + "）")
                        : std::make_pair(std::string("create"), std::string());
    }
  } else {
    v.departments = validate_departments(*table, v.dir, &v.check);
    for (const auto& d : v.departments) {
      (d.existing_id ? v.check.updated : v.check.created)++;
      action[std::to_string(d.row)] =
          d.existing_id ? std::make_pair(std::string("update"),
                                         target(v.dir.department_name, *d.existing_id) + "（编码 " + d.input.code + "）")
                        : std::make_pair(std::string("create"), std::string());
    }
  }
  const std::string key = kind == ImportKind::kPeople ? "employee_no" : "code";
  for (auto& m : v.check.rows) {
    if (is_sample(m[key])) {
      m["action"] = "sample";
    } else if (auto it = action.find(m["row"]); it != action.end()) {
      m["action"] = it->second.first;
      if (!it->second.second.empty()) m["target"] = it->second.second;
    }
  }
  if (v.check.errors.empty() && v.check.samples == v.check.total_rows) {
    add_issue(&v.check, 0, std::string(filename), "文件中只有模板的示例行（工号或编码以“示例”开头，不会导入），请填写实际数据",
              "The file holds only the template's sample rows (a number or code starting with 示例 is never imported); "
              "fill in real rows");
  }
  v.check.valid = v.check.errors.empty();
  return v;
}

// Writes one validated row; errors name the row so that a rare write-time failure
// (e.g. a position event dated before the person's latest one) is still traceable.
Status write_person(store::Connection& conn, const Directory& dir, const PersonRow& pr, const ImportOptions& opt) {
  auto at_row = [&](Error e) {
    e.message_zh = row_zh(pr.row) + e.message_zh;
    e.message_en = row_en(pr.row) + e.message_en;
    return e;
  };
  if (!pr.existing_id) {
    auto id = create_person(conn, dir.unit.id, pr.details, pr.placement, opt.actor, opt.now_ms);
    if (!id.ok()) return at_row(id.take_error());
    return {};
  }
  QF_TRY(Person cur, get_person_unscoped(conn, *pr.existing_id));
  PersonDetails d = pr.details;
  if (pr.keep_id_number) d.id_number = cur.id_number;
  if (auto st = update_person(conn, cur.id, d, opt.now_ms); !st.ok()) return at_row(st.take_error());
  bool moved = cur.department_id != pr.placement.department_id ||
               (pr.placement.position_id && cur.position_id != pr.placement.position_id) ||
               cur.rank != pr.placement.rank || cur.status != "active";
  if (!moved) return {};
  PositionEventInput ev;
  ev.kind = cur.status != "active"                                 ? std::string(kAppoint)
            : rank_level(pr.placement.rank) > rank_level(cur.rank) ? std::string(kPromote)
                                                                   : std::string(kTransfer);
  ev.department_id = pr.placement.department_id;
  ev.position_id = pr.placement.position_id;
  ev.rank = pr.placement.rank;
  ev.effective_date = beijing_date(opt.now_ms);
  ev.note = "批量导入 / bulk import";
  auto id = record_position_event(conn, cur.id, ev, opt.actor, opt.now_ms);
  if (!id.ok()) return at_row(id.take_error());
  return {};
}

Status write_departments(store::Connection& conn, const Directory& dir, const std::vector<DepartmentRow>& rows,
                         const ImportOptions& opt) {
  std::map<std::string, int64_t> by_code = dir.dept_by_code;
  for (const auto& dr : rows) {
    DepartmentInput in = dr.input;
    if (!dr.parent_code.empty()) in.parent_id = by_code.at(dr.parent_code);
    Status st;
    if (dr.existing_id) {
      st = update_department(conn, *dr.existing_id, in, opt.now_ms);
    } else {
      auto id = create_department(conn, dir.unit.id, in, opt.now_ms);
      if (id.ok()) by_code[in.code] = *id;
      else st = id.take_error();
    }
    if (!st.ok()) {
      Error e = st.take_error();
      e.message_zh = row_zh(dr.row) + e.message_zh;
      e.message_en = row_en(dr.row) + e.message_en;
      return e;
    }
  }
  return {};
}

}  // namespace

std::optional<ImportKind> import_kind_from(std::string_view code) {
  if (code == "people") return ImportKind::kPeople;
  if (code == "departments") return ImportKind::kDepartments;
  return std::nullopt;
}

Result<ImportCheck> check_import(store::Connection& conn, ImportKind kind, std::string_view bytes,
                                 std::string_view filename, const ImportOptions& opt) {
  QF_TRY(Validated v, validate(conn, kind, bytes, filename, opt));
  return std::move(v.check);
}

Result<ImportCheck> commit_import(store::Connection& conn, ImportKind kind, std::string_view bytes,
                                  std::string_view filename, const ImportOptions& opt) {
  QF_TRY(Validated v, validate(conn, kind, bytes, filename, opt));
  if (!v.check.valid) return std::move(v.check);
  if (kind == ImportKind::kPeople) {
    for (const auto& pr : v.people) QF_TRY_STATUS(write_person(conn, v.dir, pr, opt));
  } else {
    QF_TRY_STATUS(write_departments(conn, v.dir, v.departments, opt));
  }
  return std::move(v.check);
}

std::vector<spreadsheet::XlsxSheet> import_template(ImportKind kind) {
  spreadsheet::XlsxSheet s;
  const bool people = kind == ImportKind::kPeople;
  const auto& defs = people ? people_columns() : department_columns();
  s.name = people ? "人员导入模板" : "部门导入模板";
  std::vector<std::string> party;
  if (auto d = dictionary::find(kPartyStatus))
    for (const auto& e : d->entries) party.push_back(e.label_zh);
  auto choices_of = [&](const std::string& key) -> std::vector<std::string> {
    if (key == "gender") return {"男", "女"};
    if (key == "is_leading_cadre") return {"是", "否"};
    if (key == "party_status") return party;
    return {};
  };
  for (const auto& d : defs)
    s.columns.push_back({d.required ? d.zh + "*" : d.zh, d.zh.size() > 9 ? 16.0 : 12.0, choices_of(d.key)});
  // The sample row's key starts with 示例: the import skips it, so an unchanged
  // template never creates or overwrites anything.
  if (people) {
    s.rows.push_back({std::string("示例001"), std::string("张三"), std::string("男"), std::string("办公室"),
                      std::string(""), std::string("科员"), std::string("否"), std::string("中共党员"),
                      std::string(""), std::string("2020-09-01"), std::string(""), std::string("")});
  } else {
    s.rows.push_back({std::string("示例BGS"), std::string("办公室"), std::string(""), std::string("10")});
  }
  spreadsheet::XlsxSheet help;
  help.name = "填写说明";
  help.columns = {{"列名", 16}, {"是否必填", 10}, {"填写要求", 70}};
  auto rule = [&](const std::string& key) -> std::string {
    static const std::map<std::string, std::string> kRules{
        {"employee_no", "本单位唯一；已有工号的人员将被更新，新工号将新增人员。以“示例”开头的行不会导入"},
        {"name", "不超过 50 个字"},
        {"gender", "男 或 女（下拉选择）"},
        {"department", "部门名称或部门编码，须已存在"},
        {"position", "该部门下的岗位名称，不存在时新建"},
        {"rank", "职级，如 科员、副科、正科、副处、正处"},
        {"is_leading_cadre", "是 或 否（下拉选择），默认 否"},
        {"party_status", "下拉选择，默认 群众"},
        {"branch", "党支部名称或编码，须已存在"},
        {"joined_date", "如 2020-09-01，也接受 2020/9/1、2020年9月1日"},
        {"id_number", "18 位公民身份号码，校验码自动核对"},
        {"phone", "手机或座机号码"},
        {"code", "本单位唯一；已有编码的部门将被更新。以“示例”开头的行不会导入"},
        {"parent", "上级部门的名称或编码（可为本文件中上方的行），留空为一级部门"},
        {"sort_order", "整数，数字小的排在前面"},
    };
    auto it = kRules.find(key);
    return it != kRules.end() ? it->second : std::string();
  };
  for (const auto& d : defs)
    help.rows.push_back({d.zh, std::string(d.required ? "必填" : "选填"), rule(d.key)});
  help.rows.push_back({std::string("说明"), std::string(""),
                       std::string("第一张工作表为数据表：第一行为表头（列的顺序可调整），每行一条记录。"
                                   "导入前请先“预览校验”：每行显示将新增还是更新哪条记录；有任何错误时不会保存任何数据。")});
  return {std::move(s), std::move(help)};
}

}  // namespace qf::org
