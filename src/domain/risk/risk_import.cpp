#include "domain/risk/risk_import.h"

#include <map>
#include <set>

#include <fmt/format.h>

#include "domain/dictionary/dictionary.h"
#include "domain/org/structure.h"
#include "domain/spreadsheet/table_file.h"
#include "domain/spreadsheet/xlsx_reader.h"

namespace qf::risk {
namespace {

enum Col { kId, kDept, kPos, kCat, kDesc, kLike, kImpact, kMeasures, kOwners, kColCount };
const char* const kHeaders[kColCount] = {"编号", "部门", "岗位", "风险类别", "风险点描述", "可能性", "影响程度", "防控措施", "责任人"};
const bool kRequired[kColCount] = {false, true, false, true, true, true, true, true, true};
const char* const kEnglish[kColCount] = {"number", "department", "position", "category", "description", "likelihood",
                                         "impact", "measures", "owners"};

std::string column_letter(size_t index) {
  std::string s;
  size_t n = index + 1;
  while (n > 0) {
    s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    n = (n - 1) / 26;
  }
  return s;
}

std::string strip_star(std::string h) {
  while (!h.empty() && (h.back() == '*' || h.back() == ' ')) h.pop_back();
  if (h.size() >= 3 && h.compare(h.size() - 3, 3, "＊") == 0) h.resize(h.size() - 3);
  return h;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    std::string line = spreadsheet::trim_cell(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (!line.empty()) out.push_back(line);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

// "1. 双人审核" / "1、双人审核" / "（1）双人审核" → "双人审核".
std::string drop_numbering(const std::string& s) {
  size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == 0 || i == s.size()) return s;
  std::string rest = s.substr(i);
  for (const char* sep : {". ", ".", "、", "．", ")", "）"})
    if (rest.rfind(sep, 0) == 0) return spreadsheet::trim_cell(rest.substr(std::string(sep).size()));
  return s;
}

std::optional<int64_t> whole_number(const std::string& s) {
  if (s.empty() || s.size() > 12) return std::nullopt;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool same_input(const RiskPoint& p, const RiskInput& in) {
  if (p.position_id != in.position_id || p.category != in.category || p.description != in.description ||
      p.likelihood != in.likelihood || p.impact != in.impact || p.measures.size() != in.measures.size())
    return false;
  for (size_t i = 0; i < p.measures.size(); ++i)
    if (p.measures[i].measure != in.measures[i].measure || p.measures[i].owner_name != in.measures[i].owner_name)
      return false;
  return true;
}

// Which column of the RiskInput a domain error's field belongs to.
Col column_of_field(const std::string& field) {
  if (field == "department_id") return kDept;
  if (field == "position_id") return kPos;
  if (field == "category") return kCat;
  if (field == "description") return kDesc;
  if (field == "likelihood") return kLike;
  if (field == "impact") return kImpact;
  if (field.find("owner") != std::string::npos) return kOwners;
  return kMeasures;
}

}  // namespace

Result<ImportResult> import_points(store::Connection& conn, const auth::Principal& who, const Actor& actor,
                                   std::string_view bytes, std::string_view filename, const RiskConfig& cfg,
                                   int64_t now) {
  QF_TRY(spreadsheet::Table table, spreadsheet::read_table_file(bytes, filename));
  ImportResult out;
  out.format = table.format;
  const std::string sheet = table.format == "xlsx" ? spreadsheet::first_sheet_name(bytes) : "";
  // Header → column index.
  std::vector<int> at(kColCount, -1);
  for (size_t i = 0; i < table.header.size(); ++i) {
    const std::string h = strip_star(table.header[i]);
    for (int c = 0; c < kColCount; ++c)
      if (h == kHeaders[c] && at[c] < 0) at[c] = static_cast<int>(i);
  }
  for (int c = 0; c < kColCount; ++c)
    if (kRequired[c] && at[c] < 0)
      out.errors.push_back({sheet, table.header_number, "", kHeaders[c], fmt::format("缺少“{}”列", kHeaders[c]),
                            fmt::format("The column \"{}\" ({}) is missing", kHeaders[c], kEnglish[c])});
  if (static_cast<int64_t>(table.rows.size()) > kImportMaxRows)
    out.errors.push_back({sheet, 0, "", "", fmt::format("一次最多导入 {} 行（本文件 {} 行）", kImportMaxRows, table.rows.size()),
                          fmt::format("At most {} rows per import (this file has {})", kImportMaxRows, table.rows.size())});
  if (!out.errors.empty()) return out;

  QF_TRY(auto managed, managed_departments(conn, who));
  QF_TRY(auto departments, org::list_departments(conn, false));
  std::map<std::string, int64_t> dept_by_word;
  std::map<int64_t, std::string> dept_name;
  for (const auto& d : departments) {
    if (!managed.count(d.id)) continue;
    dept_by_word[d.name] = d.id;
    if (!d.code.empty()) dept_by_word[d.code] = d.id;
    dept_name[d.id] = d.name;
  }
  std::map<std::string, std::string> category_by_word;
  for (const auto& c : categories()) {
    category_by_word[c.label_zh] = c.code;
    category_by_word[c.code] = c.code;
  }
  std::map<int64_t, std::map<std::string, int64_t>> positions;  // department → name → id
  std::set<int64_t> seen_ids;

  for (const auto& r : table.rows) {
    auto cell = [&](Col c) -> std::string {
      return at[c] >= 0 && static_cast<size_t>(at[c]) < r.cells.size() ? r.cells[static_cast<size_t>(at[c])] : "";
    };
    size_t before = out.errors.size();
    auto bad = [&](Col c, const std::string& zh, const std::string& en) {
      out.errors.push_back({sheet, r.number, at[c] >= 0 ? column_letter(static_cast<size_t>(at[c])) : "", kHeaders[c], zh, en});
    };
    ImportRow row;
    row.row = r.number;
    row.description = cell(kDesc);
    row.department_name = cell(kDept);
    if (cell(kId) == "示例") {
      row.action = "sample";
      ++out.samples;
      out.rows.push_back(std::move(row));
      continue;
    }
    RiskInput in;
    std::optional<RiskPoint> existing;
    if (!cell(kId).empty()) {
      auto id = whole_number(cell(kId));
      if (!id) {
        bad(kId, "编号应为已有风险点的编号（数字），新增时留空", "The number must be an existing point's number; empty for a new point");
      } else if (!seen_ids.insert(*id).second) {
        bad(kId, fmt::format("编号 {} 在文件中出现了不止一次", *id), fmt::format("Number {} appears more than once", *id));
      } else {
        auto p = get_point(conn, who, *id);
        if (!p.ok()) {
          if (p.error().kind != ErrorKind::kNotFound) return p.take_error();
          bad(kId, fmt::format("编号为 {} 的风险点不存在", *id), fmt::format("There is no risk point number {}", *id));
        } else if (!managed.count(p->department_id)) {
          bad(kId, fmt::format("编号为 {} 的风险点不属于您负责的部门，不能修改", *id),
              fmt::format("Risk point {} is not of a department you head; it cannot be changed", *id));
        } else {
          existing = *p;
        }
      }
    }
    // 部门
    const std::string dept_text = cell(kDept);
    auto d = dept_by_word.find(dept_text);
    if (dept_text.empty()) {
      bad(kDept, "请填写部门", "The department is required");
    } else if (d == dept_by_word.end()) {
      bad(kDept, fmt::format("部门“{}”不存在或不是您负责的部门", dept_text),
          fmt::format("Department \"{}\" does not exist or is not one you head", dept_text));
    } else {
      in.department_id = d->second;
      if (existing && existing->department_id != in.department_id)
        bad(kDept, fmt::format("编号 {} 的风险点属于{}，导入不能改变部门", existing->id, existing->department_name),
            fmt::format("Risk point {} belongs to {}; an import cannot move it", existing->id, existing->department_name));
    }
    // 岗位
    const std::string pos_text = cell(kPos);
    if (!pos_text.empty() && in.department_id > 0) {
      if (!positions.count(in.department_id)) {
        QF_TRY(auto ps, org::list_positions(conn, in.department_id, false));
        auto& m = positions[in.department_id];
        for (const auto& p : ps) m[p.name] = p.id;
      }
      auto p = positions[in.department_id].find(pos_text);
      if (p == positions[in.department_id].end())
        bad(kPos, fmt::format("岗位“{}”不属于{}", pos_text, dept_name[in.department_id]),
            fmt::format("Position \"{}\" is not in {}", pos_text, dept_name[in.department_id]));
      else
        in.position_id = p->second;
    }
    // 风险类别
    auto cat = category_by_word.find(cell(kCat));
    if (cell(kCat).empty())
      bad(kCat, "请选择风险类别", "The category is required");
    else if (cat == category_by_word.end())
      bad(kCat, fmt::format("风险类别“{}”不在字典中（应为 会议管理、教育培训、公务接待、选人用人、经费支出、采购分包、外事管理、鉴定评审 之一）", cell(kCat)),
          fmt::format("Category \"{}\" is not in the dictionary risk_category", cell(kCat)));
    else
      in.category = cat->second;
    // 风险点描述
    in.description = cell(kDesc);
    if (in.description.empty()) bad(kDesc, "请填写风险点描述", "The description is required");
    else if (in.description.size() > 2000) bad(kDesc, "风险点描述不能超过 2000 字节", "The description must not exceed 2000 bytes");
    // 可能性、影响程度
    for (Col c : {kLike, kImpact}) {
      auto v = whole_number(cell(c));
      if (!v || *v < 1 || *v > 5)
        bad(c, fmt::format("{}应为 1–5 的整数（现为“{}”）", kHeaders[c], cell(c)),
            fmt::format("{} must be a whole number from 1 to 5 (got \"{}\")", kEnglish[c], cell(c)));
      else
        (c == kLike ? in.likelihood : in.impact) = *v;
    }
    // 防控措施 and 责任人
    std::vector<std::string> measures = lines_of(cell(kMeasures));
    std::vector<std::string> owners = lines_of(cell(kOwners));
    if (measures.empty()) bad(kMeasures, "请至少填写一条防控措施（每行一条）", "At least one control measure is required (one per line)");
    if (owners.empty())
      bad(kOwners, "请填写防控措施的责任人", "The owner of the measures is required");
    else if (!measures.empty() && owners.size() != 1 && owners.size() != measures.size())
      bad(kOwners, fmt::format("责任人有 {} 行，防控措施有 {} 条：应逐条对应，或只填一人", owners.size(), measures.size()),
          fmt::format("{} owners for {} measures: give one per measure, or one for all", owners.size(), measures.size()));
    if (out.errors.size() == before) {
      for (size_t i = 0; i < measures.size(); ++i) {
        Measure m;
        m.measure = drop_numbering(measures[i]);
        m.owner_name = owners.size() == 1 ? owners[0] : owners[i];
        // Keep the person behind an unchanged owner name.
        if (existing && i < existing->measures.size() && existing->measures[i].owner_name == m.owner_name)
          m.owner_person_id = existing->measures[i].owner_person_id;
        in.measures.push_back(std::move(m));
      }
      Result<RiskPoint> saved = Error::internal("unset");
      if (existing) {
        row.point_id = existing->id;
        row.target = fmt::format("#{} {} {}", existing->id, existing->department_name, existing->description);
        RiskInput trimmed = in;
        if (same_input(*existing, trimmed)) {
          row.action = "unchanged";
          ++out.unchanged;
          out.rows.push_back(std::move(row));
          continue;
        }
        saved = update_point(conn, who, actor, existing->id, in, cfg, now);
        row.action = "update";
      } else {
        saved = create_point(conn, who, actor, in, cfg, now);
        row.action = "create";
      }
      if (saved.ok()) {
        row.point_id = saved->id;
        ++(row.action == "update" ? out.updated : out.created);
      } else if (saved.error().kind == ErrorKind::kInvalid) {
        Col c = column_of_field(saved.error().field);
        bad(c, saved.error().message_zh, saved.error().message_en);
      } else {
        return saved.take_error();
      }
    }
    if (out.errors.size() != before) row.action = "error";
    out.rows.push_back(std::move(row));
  }
  out.valid = out.errors.empty();
  return out;
}

std::vector<spreadsheet::XlsxSheet> import_template() {
  spreadsheet::XlsxSheet s;
  s.name = "风险点";
  std::vector<std::string> cats;
  for (const auto& c : categories()) cats.push_back(c.label_zh);
  const std::vector<std::string> scale = {"1", "2", "3", "4", "5"};
  s.columns = {{"编号", 8},          {"部门*", 16},          {"岗位", 16},        {"风险类别*", 12, cats},
               {"风险点描述*", 40},  {"可能性*", 8, scale},  {"影响程度*", 8, scale}, {"防控措施*", 48},
               {"责任人*", 16}};
  s.rows.push_back({std::string("示例"), std::string("办公室"), std::string(""), std::string("公务接待"),
                    std::string("示例：公务接待超标准、无公函接待"), std::string("3"), std::string("3"),
                    std::string("1. 接待审批单事前审批\n2. 每月公示接待费用"), std::string("办公室主任\n机关纪委")});
  spreadsheet::XlsxSheet help;
  help.name = "填写说明";
  help.columns = {{"列名", 14}, {"是否必填", 10}, {"填写要求", 80}};
  help.rows = {
      {std::string("编号"), std::string("选填"),
       std::string("留空为新增风险点；填写已有风险点的编号（导出的“编号”列）则更新该风险点。填“示例”的行不会导入")},
      {std::string("部门"), std::string("必填"), std::string("部门名称或编码，须为您负责的部门；更新时不能改变部门")},
      {std::string("岗位"), std::string("选填"), std::string("该部门下已有岗位的名称，留空为部门层面的风险点")},
      {std::string("风险类别"), std::string("必填"),
       std::string("下拉选择：会议管理、教育培训、公务接待、选人用人、经费支出、采购分包、外事管理、鉴定评审")},
      {std::string("风险点描述"), std::string("必填"), std::string("不超过 2000 字节（约 660 个汉字）")},
      {std::string("可能性"), std::string("必填"), std::string("1–5 的整数（下拉选择），5 为最可能发生")},
      {std::string("影响程度"), std::string("必填"), std::string("1–5 的整数（下拉选择），5 为影响最严重；风险等级按可能性×影响程度自动计算")},
      {std::string("防控措施"), std::string("必填"), std::string("每行一条（单元格内换行：Alt+Enter），行首的“1.”编号可有可无")},
      {std::string("责任人"), std::string("必填"), std::string("每条防控措施一行，与防控措施逐行对应；只填一人则所有措施均由其负责")},
      {std::string("说明"), std::string(""),
       std::string("第一张工作表为数据表，第一行为表头（列的顺序可调整；序号、风险等级、状态、上次审核、下次复核等列导入时忽略）。"
                   "导入前请先“预览校验”：每行显示将新增、更新或无变化；任何单元格有误时不会保存任何数据。"
                   "新增或修改的风险点将重新提交纪委审核。")},
  };
  return {std::move(s), std::move(help)};
}

}  // namespace qf::risk
