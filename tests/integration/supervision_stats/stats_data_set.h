#pragma once
// A small, hand-counted supervision data set for the statistics tests (2025 and 2026),
// written through the clue and talk stores. The expected figures are spelled out next
// to each test.
//
//   A 2026-02-10 petition/integrity 张三(办公室)   谈话函询 approved 02-20, inquiry 03-02→03-10,
//                                                  closed 03-25 substantiated: reminder_talk 03-20
//   B 2026-05-06 audit/work 李四(规划一科)          初步核实 approved 05-20, outcome submitted
//                                                  09-01 (late: due 08-18), closed 09-10
//                                                  substantiated: party_warning + post_adjustment 09-08
//   C 2026-08-03 petition/integrity 外单位王某      proposed 09-15 (late: due 09-03), held 09-20
//   F 2026-01-05 petition/integrity 张三            split (counted only in the state table)
//   D 2025-11-05 petition/life 张三(办公室)         予以了结 approved 11-20, closed clarified
//   E 2025-04-01 inspection_tour/integrity 李四     谈话函询 approved 04-15, inquiry 04-16→04-25,
//                                                  closed 05-12 substantiated: admonishment 05-10
//   talks: collective_new_cadre 2026-03-20 张三+李四; reminder 2026-07-01 李四;
//          routine 2025-06-01 张三; an archived reminder 2026-04-01 (not counted)
#include "org_test_bureau.h"
#include "store/database.h"

namespace qf::statstest {

struct DataSet {
  orgtest::Bureau bureau;
  int64_t zhang = 0;  // 办公室
  int64_t li = 0;     // 规划一科
};

DataSet make_data_set(store::Connection& conn);

}  // namespace qf::statstest
