// Demo data of the integrity opinions (党风廉政意见回复) for `qingfeng demo`: one request
// of the organisation department (renshi) about two leading cadres before a promotion —
// one whose record is clear, answered 未发现问题 and approved by the discipline secretary
// (jiwei), numbered; and the cadre whose verification concluded 瞒报 (the verification
// demo, order 42), drafted "建议暂缓提拔" and awaiting jiwei's approval (his to-do).
// Skips itself when a request exists, so `demo --force` stays safe.
#include <iostream>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/server_key.h"
#include "domain/opinions/opinion_store.h"
#include "domain/verification/opinion_facts.h"
#include "domain/verification/verification_store.h"

namespace qf::cli {
namespace {

namespace op = qf::opinions;

Status fill(store::Connection& conn, const Config& config, int* made) {
  QF_TRY(auto existing, conn.query(store::sql(conn, "opinions/requests_list")));
  if (!existing.empty()) return Status{};
  QF_TRY(auto hr_acc, auth::find_by_username(conn, "renshi"));
  QF_TRY(auto sec_acc, auth::find_by_username(conn, "jiwei"));
  if (!hr_acc || !sec_acc) return Status{};
  QF_TRY(auto opened, auth::ensure_server_key(config.security.secret_key_file));
  const auth::ServerKey& key = opened.key;
  const int64_t now = SystemClock().now_ms();
  QF_TRY(auth::Principal hr, auth::load_principal(conn, hr_acc->id, now));
  QF_TRY(auth::Principal sec, auth::load_principal(conn, sec_acc->id, now));

  // The two cadres: the first with a 瞒报 conclusion, the first with nothing on record.
  std::optional<int64_t> concealed, clear;
  QF_TRY(auto cadres, verification::cadres_in_scope(conn, hr, ""));
  for (const auto& c : cadres) {
    if (c.person_id == hr.person_id.value_or(0) || c.person_id == sec.person_id.value_or(0)) continue;
    QF_TRY(verification::IntegrityFacts f, verification::integrity_facts(conn, key, c.person_id));
    if (!concealed && !f.concealed.empty()) concealed = c.person_id;
    if (!clear && f.concealed.empty() && f.open_clues.empty() && f.measures.empty()) clear = c.person_id;
  }
  if (!concealed || !clear) return Status{};
  op::OpinionsConfig cfg;
  op::NewRequest in{"promotion", "", Date::from_unix_ms(now).add_days(10).to_string(), {*clear, *concealed}};
  QF_TRY(int64_t id, op::create_request(conn, hr, key, cfg, in, now - 3 * 86400000LL));
  QF_TRY(op::RequestDetail d, op::get_request(conn, sec, key, id));
  for (const auto& a : d.answers)
    if (a.person_id == *clear) {
      QF_TRY(op::Answer done, op::approve_answer(conn, sec, key, cfg, a.id, a.version, now - 86400000LL));
      (void)done;
    }
  *made = static_cast<int>(d.answers.size());
  return Status{};
}

void demo_opinions(DemoContext& d) {
  int made = 0;
  auto st = d.db.transaction([&](store::Connection& c) { return fill(c, d.config, &made); });
  if (!st.ok()) fail(st.error());
  if (made == 0) {
    std::cout << "\n党风廉政意见回复已有数据或无可用人员，未再添加。/ Integrity opinions exist (or no cadres); none added.\n";
    return;
  }
  std::cout << "\n党风廉政意见回复 / Integrity opinions: 1 次征求意见（" << made
            << " 人：1 份已审批编号，1 份“建议暂缓提拔”待审批）/ one request, one reply approved, one awaiting approval\n";
}

}  // namespace

QF_REGISTER_DEMO(85, "opinions", demo_opinions);

}  // namespace qf::cli
