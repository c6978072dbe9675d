// Demo data of the annual work report for `qingfeng demo`: next year's work points
// (the five tasks the bureau's own report sets for its new year, so section 三 reads
// like ../shared/seed) when the duty module has none for that year, and a draft of
// this year's report from the template, by the discipline secretary. Its section 一
// is filled from the demo bureau's own records. Skips itself when a report exists.
#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/annual/report.h"
#include "domain/auth/accounts.h"
#include "domain/duty/duty.h"

namespace qf::cli {
namespace {

Status fill(store::Connection& conn, int64_t now) {
  const int year = Date::from_unix_ms(now).year();
  QF_TRY(auto points, conn.query(store::sql(conn, "annual/work_points"), {int64_t{year + 1}}));
  if (points.empty()) {
    const char* const kPoints[] = {
        "强化政治意识，坚定捍卫“两个确立”",
        "纠树并举，驰而不息推进作风建设",
        "坚持标本兼治，一体推进“三不”体制机制",
        "进一步加强廉政风险防控体系建设",
        "进一步压紧压实全面从严治党政治责任",
    };
    for (size_t i = 0; i < std::size(kPoints); ++i) {
      QF_TRY(int64_t id, duty::create_work_point(conn, year + 1, kPoints[i], static_cast<int>(i + 1), now));
      (void)id;
    }
  }
  QF_TRY(auto secretary, auth::find_by_username(conn, "jiwei"));
  const int64_t account = secretary ? secretary->id : 0;
  QF_TRY(auto units, conn.query(store::sql(conn, "annual/unit_name")));
  const std::string unit = units.empty() ? std::string("本局") : units.front().text("name");
  // The bureau-wide template with the discipline committee's header (版头, 版记), once.
  QF_TRY(annual::ReportTemplate tpl, annual::get_template(conn, unit));
  if (tpl.version == 0) {
    // The template's fields are checked against the figure registry, which the API
    // registrars fill when serving; the demo command registers the built-in figures (the
    // default body uses only those).
    annual::register_builtin_figures();
    tpl.organ_mark = "中共" + unit + "纪律检查委员会文件";
    if (tpl.organ_mark.size() > 24 * 3) tpl.organ_mark = unit + "纪委文件";
    tpl.number_prefix = unit == "清江市自然资源和规划局" ? "清自然资纪" : "局纪";
    tpl.copy_to = "局党委各委员，各党支部";
    tpl.printer = unit + "纪委办公室";
    if (tpl.printer.size() > 30 * 3) tpl.printer = "局纪委办公室";
    QF_TRY_STATUS(annual::save_template(conn, tpl, account, now));
    QF_TRY(annual::ReportTemplate saved, annual::get_template(conn, unit));
    tpl = std::move(saved);
  }
  QF_TRY(int64_t id, annual::create_report(conn, year, unit, fmt::format("{}-01-31", year + 1), tpl, account, now));
  (void)id;
  return {};
}

void demo_annual(store::Database& db) {
  {
    auto lease = db.acquire();
    if (!lease.ok()) fail(lease.error());
    auto n = lease->get().query_one(store::sql(lease->get(), "annual/any_report"));
    if (!n.ok()) fail(n.error());
    if (n->i64("n") > 0) {
      std::cout << "\n年度工作报告已存在，未再添加演示数据。/ An annual report exists; no demo report added.\n";
      return;
    }
  }
  SystemClock clock;
  auto st = db.transaction([&](store::Connection& c) { return fill(c, clock.now_ms()); });
  if (!st.ok()) fail(st.error());
  std::cout << "\n年度工作报告 / Annual report: 本年度报告草稿（按模板，数字取自记录）及下一年度工作要点\n";
}

}  // namespace

QF_REGISTER_DEMO(90, "annual", [](DemoContext& d) { demo_annual(d.db); });

}  // namespace qf::cli
