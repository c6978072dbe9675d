// Demo data of the verification (核查) of personal-matters reports for `qingfeng demo`:
// the round of the last accepted year, drawn by the organisation department (renshi)
// with a recorded seed, the department head of 规划处 (chuzhang) proposed for promotion
// (凡提必核), and three concluded items approved by the discipline secretary (jiwei) —
// one 如实报告, one 漏报, one 瞒报 (barring promotion: the dossier shows it) — plus one
// item on chuzhang awaiting his explanation (his home page and message centre show it).
// Skips itself when a round exists, so `demo --force` stays safe.
#include <iostream>

#include "cli/command.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/server_key.h"
#include "domain/declarations/declarations_config.h"
#include "domain/verification/verification_store.h"

namespace qf::cli {
namespace {

namespace vf = qf::verification;

struct Planned {
  const char* item;
  const char* discrepancy;
  const char* declared;
  const char* registry;
  const char* explanation;
  const char* conclusion;
  const char* basis;
  const char* consequences;
};

const Planned kPlans[] = {
    {"securities", "understated", "配偶持有演示稳健混合基金 20000 份，市值 21800 元", "基金账户查询：持有 20000 份，市值 23600 元",
     "报告时按申购时的市值填写，份额无变化，差额系净值变动所致", "truthful", "份额与登记一致，差额系净值变动，不属于少报", ""},
    {"real_estate", "understated", "文三路住宅 1 套，建筑面积 96.5 平方米", "不动产登记：住宅 1 套 96.5 平方米，另有地下车位 1 个 13.2 平方米",
     "车位系购房时配套购买，误以为不需单独报告", "omitted", "", "批评教育，责令补报"},
    {"real_estate", "missing", "报告房产 1 处（文三路住宅）", "不动产登记：另有本人名下商品房 1 套（演示市滨江区江南大道 88 号，126 平方米）",
     "该房产系为子女购买，登记在本人名下，未作报告", "concealed", "", "诫勉谈话；本年度不得提拔、进一步使用"},
};

Status fill(store::Connection& conn, const Config& config, int* made) {
  QF_TRY(auto existing, conn.query(store::sql(conn, "verification/rounds_list")));
  if (!existing.empty()) return Status{};
  QF_TRY(auto hr_acc, auth::find_by_username(conn, "renshi"));
  QF_TRY(auto sec_acc, auth::find_by_username(conn, "jiwei"));
  QF_TRY(auto head_acc, auth::find_by_username(conn, "chuzhang"));
  if (!hr_acc || !sec_acc || !head_acc) return Status{};
  QF_TRY(auto opened, auth::ensure_server_key(config.security.secret_key_file));
  const auth::ServerKey& key = opened.key;
  auto section = config.module_section("declarations");
  QF_TRY(declarations::DeclarationsConfig dcfg, declarations::DeclarationsConfig::from_toml(section.toml, section.source));
  const int64_t now = SystemClock().now_ms();
  const int year = dcfg.current_report_year(Date::from_unix_ms(now)) - 1;
  const int64_t day = 86400000;
  const int64_t t0 = now - 40 * day;
  QF_TRY(auth::Principal hr, auth::load_principal(conn, hr_acc->id, now));
  QF_TRY(auth::Principal sec, auth::load_principal(conn, sec_acc->id, now));

  QF_TRY(int64_t round, vf::create_round(conn, hr, year, 10, year + 1, t0));
  QF_TRY(vf::Round drawn, vf::draw_round(conn, hr, round, "20260315", t0 + 600000));
  (void)drawn;
  QF_TRY(int64_t head_member, vf::add_candidate(conn, hr, key, round, *head_acc->person_id, "局长助理", t0 + 900000));

  // Three members for the concluded items: drawn ones first, then further cadres as
  // candidates, never the discipline secretary, the organisation department's own person
  // or chuzhang.
  auto excluded = [&](int64_t person) {
    return person == sec_acc->person_id.value_or(0) || person == hr_acc->person_id.value_or(0) ||
           person == *head_acc->person_id;
  };
  QF_TRY(vf::RoundDetail detail, vf::get_round(conn, hr, key, round));
  std::vector<std::pair<int64_t, int64_t>> chosen;  // member, person
  for (const auto& m : detail.members)
    if (!excluded(m.person_id) && chosen.size() < 3) chosen.emplace_back(m.id, m.person_id);
  if (chosen.size() < 3) {
    QF_TRY(auto cadres, vf::cadres_in_scope(conn, hr, ""));
    for (const auto& c : cadres) {
      if (chosen.size() >= 3) break;
      bool taken = excluded(c.person_id);
      for (const auto& [mid, pid] : chosen) taken = taken || pid == c.person_id;
      if (taken) continue;
      QF_TRY(int64_t mid, vf::add_candidate(conn, hr, key, round, c.person_id, "副处长", t0 + 1200000));
      chosen.emplace_back(mid, c.person_id);
    }
  }
  for (size_t k = 0; k < chosen.size(); ++k) {
    const Planned& p = kPlans[k];
    const int64_t t = t0 + static_cast<int64_t>(k + 1) * day;
    vf::ItemContent in{p.item, p.discrepancy, p.declared, p.registry};
    QF_TRY(int64_t id, vf::add_item(conn, hr, key, chosen[k].first, in, t));
    auth::Principal owner;
    owner.account_id = hr.account_id;
    owner.person_id = chosen[k].second;
    owner.display_name = "本人";
    owner.permissions = {vf::perm::kOwn};
    QF_TRY(auto explained, vf::explain_item(conn, owner, key, id, p.explanation, t + 2 * day));
    QF_TRY(auto proposed, vf::propose_conclusion(conn, hr, key, id, p.conclusion, p.basis, t + 5 * day));
    QF_TRY(auto approved, vf::approve_conclusion(conn, sec, key, id, t + 6 * day));
    (void)explained;
    (void)proposed;
    (void)approved;
    if (*p.consequences) {
      QF_TRY(auto done, vf::record_consequences(conn, hr, key, id, p.consequences, t + 8 * day));
      (void)done;
    }
    ++*made;
  }
  vf::ItemContent waiting{"private_trips", "missing", "未报告因私出国（境）情况",
                          "出入境记录：2025-10-01 至 2025-10-06 赴日本"};
  QF_TRY(int64_t w, vf::add_item(conn, hr, key, head_member, waiting, now - 2 * day));
  (void)w;
  ++*made;
  return Status{};
}

void demo_verification(DemoContext& d) {
  int made = 0;
  auto st = d.db.transaction([&](store::Connection& c) { return fill(c, d.config, &made); });
  if (!st.ok()) fail(st.error());
  if (made == 0) {
    std::cout << "\n个人有关事项核查已有数据，未再添加。/ Verification records exist; none added.\n";
    return;
  }
  std::cout << "\n个人有关事项核查 / Verification: 1 个年度核查轮次（随机种子 20260315）、" << made
            << " 个核查事项（如实报告、漏报、瞒报各 1，1 项待本人说明）/ one round, items with each conclusion\n";
}

}  // namespace

QF_REGISTER_DEMO(42, "verification", demo_verification);

}  // namespace qf::cli
