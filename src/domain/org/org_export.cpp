// XLSX exports of the organisation lists: see org_export.h.
#include "domain/org/org_export.h"

#include <map>

#include "domain/dictionary/dictionary.h"
#include "domain/org/org_codes.h"

namespace qf::org {
namespace {
using spreadsheet::XlsxCell;
std::string yes_no(bool b) { return b ? "是" : "否"; }
}  // namespace

std::string mask_id_number(const std::string& id) {
  if (id.size() < 10) return id.empty() ? id : std::string(id.size(), '*');
  return id.substr(0, 6) + std::string(id.size() - 10, '*') + id.substr(id.size() - 4);
}

spreadsheet::XlsxSheet people_sheet(const std::vector<Person>& people, bool show_id_numbers) {
  spreadsheet::XlsxSheet s;
  s.name = "人员";
  s.columns = {{"工号", 12},   {"姓名", 10},         {"性别", 6},      {"部门", 18},     {"岗位", 18},
               {"关键岗位", 8}, {"职级", 10},        {"是否领导干部", 12}, {"政治面貌", 12}, {"党支部", 18},
               {"入职日期", 12}, {"身份证号", 20},   {"联系电话", 14}, {"状态", 8}};
  s.rows.reserve(people.size());
  for (const Person& p : people) {
    s.rows.push_back(std::vector<XlsxCell>{
        p.employee_no, p.name, dictionary::label_zh(kGender, p.gender), p.department_name, p.position_name,
        p.position_id ? yes_no(p.is_key_position) : std::string(), dictionary::label_zh(kRank, p.rank),
        yes_no(p.is_leading_cadre), dictionary::label_zh(kPartyStatus, p.party_status), p.branch_name, p.joined_date,
        show_id_numbers ? p.id_number : mask_id_number(p.id_number), p.phone,
        dictionary::label_zh(kPersonStatus, p.status)});
  }
  return s;
}

spreadsheet::XlsxSheet departments_sheet(const std::vector<Department>& departments) {
  std::map<int64_t, const Department*> by_id;
  for (const auto& d : departments) by_id[d.id] = &d;
  spreadsheet::XlsxSheet s;
  s.name = "部门";
  s.columns = {{"部门编码", 12}, {"部门名称", 20}, {"上级部门", 20}, {"排序", 8}, {"在职人数", 10}, {"状态", 8}, {"归档原因", 24}};
  for (const auto& d : departments) {
    std::string parent;
    if (d.parent_id && by_id.count(*d.parent_id)) parent = by_id[*d.parent_id]->code;
    s.rows.push_back(std::vector<XlsxCell>{d.code, d.name, parent, int64_t{d.sort_order}, d.people_count,
                                           std::string(d.archived_at ? "已归档" : "正常"), d.archive_reason});
  }
  return s;
}

spreadsheet::XlsxSheet branches_sheet(const std::vector<Branch>& branches) {
  spreadsheet::XlsxSheet s;
  s.name = "党支部";
  s.columns = {{"支部编码", 12}, {"支部名称", 24}, {"支部书记", 10}, {"党员人数", 10}, {"状态", 8}};
  for (const auto& b : branches) {
    s.rows.push_back(std::vector<XlsxCell>{b.code, b.name, b.secretary_name, b.people_count,
                                           std::string(b.archived_at ? "已归档" : "正常")});
  }
  return s;
}

spreadsheet::XlsxSheet positions_sheet(const std::vector<Position>& positions) {
  spreadsheet::XlsxSheet s;
  s.name = "岗位";
  s.columns = {{"部门", 18}, {"岗位名称", 20}, {"关键岗位", 10}, {"排序", 8}, {"状态", 8}};
  for (const auto& p : positions) {
    s.rows.push_back(std::vector<XlsxCell>{p.department_name, p.name, yes_no(p.is_key_position), int64_t{p.sort_order},
                                           std::string(p.archived_at ? "已归档" : "正常")});
  }
  return s;
}

}  // namespace qf::org
