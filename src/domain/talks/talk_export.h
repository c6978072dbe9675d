#pragma once
// XLSX sheet of integrity talks (廉政谈话登记表) with Chinese headers, one row per talk,
// participants joined with "、". The clue column shows a talk's clue id only when
// `show_clue(clue_id)` says the reader may see that clue (need-to-know), else stays
// empty.
#include <cstdint>
#include <functional>
#include <vector>

#include "domain/spreadsheet/xlsx_writer.h"
#include "domain/talks/pending_talks.h"
#include "domain/talks/talk_record.h"

namespace qf::talks {

spreadsheet::XlsxSheet talks_sheet(const std::vector<IntegrityTalk>& talks,
                                   const std::function<bool(int64_t)>& show_clue);

// 应谈未谈 list: 姓名, 部门, 变动类型, 生效日期, 应谈截止, 是否逾期.
spreadsheet::XlsxSheet pending_sheet(const std::vector<PendingTalk>& pending);

}  // namespace qf::talks
