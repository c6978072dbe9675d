#pragma once
// XLSX exports of the organisation lists (导出), with Chinese headers and dictionary
// labels instead of codes. The people export uses the import's column names, so an
// exported file can be edited and imported again (matched by 工号). Resident ID
// numbers are masked (110101********1234) unless `show_id_numbers` — the import keeps
// the stored number when it meets a masked one.
#include <vector>

#include "domain/org/org_types.h"
#include "domain/spreadsheet/xlsx_writer.h"

namespace qf::org {

spreadsheet::XlsxSheet people_sheet(const std::vector<Person>& people, bool show_id_numbers);
spreadsheet::XlsxSheet departments_sheet(const std::vector<Department>& departments);
spreadsheet::XlsxSheet branches_sheet(const std::vector<Branch>& branches);
spreadsheet::XlsxSheet positions_sheet(const std::vector<Position>& positions);

std::string mask_id_number(const std::string& id);

}  // namespace qf::org
