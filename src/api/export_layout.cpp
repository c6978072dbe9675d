// The ledger layout of list exports: see export_layout.h.
#include "api/export_layout.h"

#include <fmt/format.h>

#include "domain/auth/login.h"
#include "domain/dictionary/dictionary.h"
#include "domain/org/structure.h"

namespace qf::api {

std::string filter_words(store::Connection& conn, const Call& c, std::initializer_list<FilterWord> words) {
  std::string out;
  for (const FilterWord& w : words) {
    auto v = c.req.query_param(w.param);
    if (!v || v->empty()) continue;
    std::string value = *v;
    switch (w.kind) {
      case FilterWord::Kind::kText: break;
      case FilterWord::Kind::kDepartment: {
        int64_t id = 0;
        try {
          id = std::stoll(*v);
        } catch (...) {
        }
        auto d = org::get_department(conn, id);
        value = d.ok() ? d->name : "（不存在）";
        break;
      }
      case FilterWord::Kind::kDictionary: value = dictionary::label_zh(w.dictionary, *v); break;
      case FilterWord::Kind::kBool: value = (*v == "true" || *v == "1") ? "是" : "否"; break;
    }
    out += fmt::format("{}{} {}", out.empty() ? "" : "；", w.label_zh, value);
  }
  return out.empty() ? std::string("全部（本人数据范围内）") : out;
}

void ledger_layout(store::Connection& conn, const Call& c, spreadsheet::XlsxSheet& sheet, const std::string& ledger,
                   const std::string& filter) {
  auto unit = org::get_unit(conn);
  sheet.title = (unit.ok() ? unit->name : std::string()) + ledger;
  sheet.subtitle = fmt::format("筛选条件：{}　　导出时间：{}", filter, auth::beijing_time(c.now_ms()));
  spreadsheet::number_rows(sheet);
}

}  // namespace qf::api
