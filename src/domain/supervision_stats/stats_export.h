#pragma once
// The statistics tables as XLSX sheets with Chinese headers (GET
// /supervision/stats/export): one sheet per table — 线索来源, 违纪类别, 处置方式,
// 线索状态, 四种形态, 处理措施, 处理结论, 期限逾期率, 廉政谈话, 部门分布 — each row a
// dictionary item with one column per period slot, 合计, 上年 and 增减.
#include <vector>

#include "domain/spreadsheet/xlsx_writer.h"
#include "domain/supervision_stats/supervision_stats.h"

namespace qf::supervision_stats {

std::vector<spreadsheet::XlsxSheet> stats_sheets(const SupervisionStats& s);

}  // namespace qf::supervision_stats
