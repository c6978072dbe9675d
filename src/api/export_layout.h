#pragma once
// The ledger layout of every list export (../shared/ux.md "Exports"): a title row
// "<unit name><ledger name>", the filter in words and the export time under it, a 序号
// column, the 内部资料 marking (spreadsheet::XlsxSheet's ledger layout does the
// drawing). Modules describe their filters as query parameters with Chinese labels.
#include <initializer_list>
#include <string>

#include "api/api.h"
#include "core/result.h"
#include "domain/spreadsheet/xlsx_writer.h"

namespace qf::store { class Connection; }

namespace qf::api {

// How a filter's value reads: as given, a department id as its name, a code as its
// label in a dictionary, or true/false as 是/否.
struct FilterWord {
  enum class Kind { kText, kDepartment, kDictionary, kBool };
  const char* param;
  const char* label_zh;
  Kind kind = Kind::kText;
  const char* dictionary = nullptr;  // kDictionary
};

// "部门 办公室；状态 已受理", or 全部（本人数据范围内） when no listed filter is given.
std::string filter_words(store::Connection& conn, const Call& c, std::initializer_list<FilterWord> words);

// Sets the sheet's title (the unit's name + `ledger`), its subtitle (筛选条件 and 导出时间
// in Beijing time), and numbers its rows in a 序号 column (spreadsheet::number_rows).
void ledger_layout(store::Connection& conn, const Call& c, spreadsheet::XlsxSheet& sheet, const std::string& ledger,
                   const std::string& filter);

}  // namespace qf::api
