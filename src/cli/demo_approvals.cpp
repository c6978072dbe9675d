// Demo data of approvals (因私出国(境)、证照集中保管、兼职、亲属经商办企业) for
// `qingfeng demo`: every leading cadre's passport (and for every other one a Hong
// Kong/Macao permit) in central custody, with the numbers of their personal-matters
// reports; four trips of cadres without an account of their own — one approved, lent and
// back, one approved and lent whose passport is overdue, one waiting for the organisation
// department (renshi), one returned for correction — two side jobs (one approved, one
// waiting) and one relative's business (approved; the same company the cadre declared).
// The approvals are taken step by step by the accounts holding each role. Skips itself
// when any application or document exists, so `demo --force` stays safe.
#include <iostream>

#include "cli/command.h"
#include "core/clock.h"
#include "domain/approvals/approval_custody.h"
#include "domain/approvals/approval_store.h"
#include "domain/approvals/approvals_config.h"
#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/server_key.h"
#include "domain/org/data_scope.h"

namespace qf::cli {
namespace {

namespace ap = qf::approvals;
using json = nlohmann::json;

std::string eight_digits(int seed) {  // as demo_declarations.cpp, so the numbers agree
  char buf[9];
  std::snprintf(buf, sizeof buf, "%08d", (seed * 7919 + 12345) % 100000000);
  return buf;
}

struct Cadre {
  int index = 0;  // position among the leading cadres (employee number order)
  int64_t person_id = 0;
  std::string name;
  bool has_account = false;
};

// Takes every step of the chain with the accounts holding its role.
Status approve_all(store::Connection& conn, const auth::ServerKey& key, int64_t id, int64_t now,
                   const std::string& stop_role = "") {
  for (int guard = 0; guard < 8; ++guard) {
    auth::Principal all;
    all.unit_wide = true;
    all.permissions = {ap::perm::kRead};
    QF_TRY(ap::Request r, ap::visible_request(conn, all, id));
    if (r.state != ap::State::kPending) return {};
    if (!stop_role.empty() && r.current_role == stop_role) return {};
    QF_TRY(auto holders, ap::holders_of(conn, r.current_role, now));
    bool taken = false;
    for (const auto& h : holders) {
      if (taken || !h.can(ap::perm::kDecide) || (h.person_id && *h.person_id == r.person_id)) continue;
      taken = ap::approve_request(conn, h, key, id, r.version, "同意", now).ok();  // refused before any write
    }
    if (!taken) return Error::internal("demo approvals: nobody takes step " + r.current_role);
    now += 3600 * 1000;
  }
  return {};
}

Status fill(store::Connection& conn, const Config& config, int* made) {
  QF_TRY(auto existing, conn.query_one(store::sql(conn, "approvals/count_all")));
  QF_TRY(auto docs, conn.query_one(store::sql(conn, "approvals/count_documents")));
  if (existing.i64("n") > 0 || docs.i64("n") > 0) return Status{};
  QF_TRY(auto hr_account, auth::find_by_username(conn, "renshi"));
  if (!hr_account) return Status{};
  QF_TRY(auto opened, auth::ensure_server_key(config.security.secret_key_file));
  const auth::ServerKey& key = opened.key;
  auto section = config.module_section("approvals");
  QF_TRY(ap::ApprovalsConfig cfg, ap::ApprovalsConfig::from_toml(section.toml, section.source));
  const int64_t now = SystemClock().now_ms();
  const Date today = Date::from_unix_ms(now);
  QF_TRY(auth::Principal hr, auth::load_principal(conn, hr_account->id, now));

  QF_TRY(auto rows, conn.query(store::sql(conn, "approvals/leading_cadres")));
  std::vector<Cadre> cadres, without_account;
  int i = 0;
  for (const auto& r : rows) {
    Cadre c{i++, r.i64("id"), r.text("name"), !r.is_null("account_id")};
    cadres.push_back(c);
    if (!c.has_account) without_account.push_back(c);
  }
  if (without_account.size() < 7) return Status{};

  // Documents in custody: the passport numbers of the cadres' own reports.
  std::map<int64_t, int64_t> passport_of;
  for (const auto& c : cadres) {
    ap::NewDocument d{c.person_id, "passport", "E" + eight_digits(c.index), "2029-05-09"};
    QF_TRY(passport_of[c.person_id], ap::register_document(conn, hr, key, d, now - 200LL * 86400000));
    ++*made;
    if (c.index % 2 == 0) {
      ap::NewDocument p{c.person_id, "hk_macao_permit", "C" + eight_digits(c.index + 1), "2028-02-28"};
      QF_TRY(int64_t id, ap::register_document(conn, hr, key, p, now - 200LL * 86400000));
      (void)id;
      ++*made;
    }
  }

  auto applicant = [&](const Cadre& c) {
    auth::Principal p;
    p.account_id = hr_account->id;  // the organisation department entered it for the cadre
    p.person_id = c.person_id;
    p.display_name = c.name;
    p.permissions = {ap::perm::kOwn};
    return p;
  };
  auto trip = [&](const Cadre& c, int from, int to, const std::string& where, const std::string& why) -> Result<int64_t> {
    QF_TRY(ap::Application a, ap::check_application(ap::Kind::kTrip,
                                                    json{{"destinations", where}, {"reason", why}, {"companions", "配偶"},
                                                         {"funding", "自费"}, {"document_type", "passport"}},
                                                    today.add_days(from).to_string(), today.add_days(to).to_string()));
    ++*made;
    return ap::submit_application(conn, cfg, applicant(c), key, a, now - 30LL * 86400000);
  };
  const int64_t day = 86400000;

  // 1. Approved, travelled, passport lent and back.
  const Cadre& c1 = without_account[0];
  QF_TRY(int64_t t1, trip(c1, -120, -113, "日本", "探亲"));
  QF_TRY_STATUS(approve_all(conn, key, t1, now - 29 * day));
  QF_TRY(ap::Request r1, ap::record_trip_dates(conn, hr, t1, today.add_days(-120).to_string(),
                                               today.add_days(-113).to_string(), cfg.document_return_days, now - 20 * day));
  (void)r1;
  QF_TRY(ap::Document l1, ap::lend_document(conn, hr, key, passport_of[c1.person_id], t1, today.add_days(-122).to_string(),
                                            cfg.document_return_days, today, now - 20 * day));
  QF_TRY(ap::Document b1, ap::return_document(conn, hr, key, l1.id, today.add_days(-110).to_string(), today, now - 20 * day));
  (void)b1;

  // 2. Approved, lent, back from the trip 40 days ago: the passport is overdue.
  const Cadre& c2 = without_account[1];
  QF_TRY(int64_t t2, trip(c2, -50, -40, "泰国、新加坡", "家庭旅游"));
  QF_TRY_STATUS(approve_all(conn, key, t2, now - 28 * day));
  QF_TRY(ap::Document l2, ap::lend_document(conn, hr, key, passport_of[c2.person_id], t2, today.add_days(-52).to_string(),
                                            cfg.document_return_days, today, now - 20 * day));
  (void)l2;
  QF_TRY(ap::Request r2, ap::record_trip_dates(conn, hr, t2, today.add_days(-50).to_string(),
                                               today.add_days(-40).to_string(), cfg.document_return_days, now - 20 * day));
  (void)r2;

  // 3. Waiting for the organisation department.
  QF_TRY(int64_t t3, trip(without_account[2], 20, 27, "新西兰", "探望在外留学的子女"));
  QF_TRY_STATUS(approve_all(conn, key, t3, now - 2 * day, "org_hr"));

  // 4. Returned for correction by the organisation department.
  QF_TRY(int64_t t4, trip(without_account[3], 30, 36, "韩国", "旅游"));
  QF_TRY_STATUS(approve_all(conn, key, t4, now - 3 * day, "org_hr"));
  {
    QF_TRY(ap::Request r, ap::visible_request(conn, hr, t4));
    if (r.state == ap::State::kPending && r.current_role == "org_hr") {
      QF_TRY(ap::Request back, ap::return_request(conn, hr, key, t4, r.version, "请写明同行人员姓名及与本人关系", now - day));
      (void)back;
    }
  }

  // Side jobs: one approved, one waiting.
  auto apply = [&](const Cadre& c, ap::Kind kind, const json& content) -> Result<int64_t> {
    QF_TRY(ap::Application a, ap::check_application(kind, content, "", ""));
    ++*made;
    return ap::submit_application(conn, cfg, applicant(c), key, a, now - 10 * day);
  };
  QF_TRY(int64_t s1, apply(without_account[4], ap::Kind::kSideJob,
                           json{{"organisation", "演示市城市规划学会"}, {"position", "副理事长"}, {"term", "2025-2028"},
                                {"remuneration", "不取酬"}, {"reason", "学会换届，经推荐兼任，不领取报酬"}}));
  QF_TRY_STATUS(approve_all(conn, key, s1, now - 9 * day));
  QF_TRY(int64_t s2, apply(without_account[5], ap::Kind::kSideJob,
                           json{{"organisation", "演示市测绘地理信息协会"}, {"position", "理事"}, {"term", "2026-2029"},
                                {"remuneration", "不取酬"}, {"reason", "协会邀请兼任理事"}}));
  (void)s2;

  // A relative's business: the company cadre number 2 declared (demo_declarations.cpp).
  const Cadre* declared = nullptr;
  for (const auto& c : cadres)
    if (c.index % 5 == 2 && !c.has_account) {
      declared = &c;
      break;
    }
  if (!declared) declared = &without_account[6];
  QF_TRY(int64_t b1id, apply(*declared, ap::Kind::kFamilyBusiness,
                             json{{"relation", "子女"}, {"relative_name", declared->name.substr(0, 3) + "明"},
                                  {"company", "演示市明远文化传播有限公司"}, {"role", "股东，出资 30%"},
                                  {"business_scope", "文化艺术交流活动策划"}, {"trades_with_unit", "无"}}));
  QF_TRY_STATUS(approve_all(conn, key, b1id, now - 9 * day));
  return Status{};
}

void demo_approvals(DemoContext& d) {
  int made = 0;
  auto st = d.db.transaction([&](store::Connection& c) { return fill(c, d.config, &made); });
  if (!st.ok()) fail(st.error());
  if (made == 0) {
    std::cout << "\n审批与证照保管已有数据，未再添加。/ Approvals and documents exist; none added.\n";
    return;
  }
  std::cout << "\n因私出国（境）、证照保管、兼职、经商办企业 / Approvals and documents in custody: " << made
            << " 项（含 1 本逾期未归还的护照）/ records (one passport overdue)\n";
}

}  // namespace

QF_REGISTER_DEMO(45, "approvals", demo_approvals);

}  // namespace qf::cli
