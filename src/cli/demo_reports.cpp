#include "cli/demo_reports.h"

#include <iostream>

#include "cli/command.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/sessions.h"
#include "domain/clues/clue_config.h"
#include "domain/reports/query_code.h"
#include "domain/reports/reader_keys.h"
#include "domain/reports/report_config.h"
#include "domain/reports/report_crypto.h"
#include "domain/reports/report_handling.h"
#include "domain/reports/report_intake.h"

namespace qf::cli {
namespace {

namespace rp = qf::reports;

rp::NewReport demo_report(rp::Channel channel, bool anonymous, const std::string& who, const std::string& unit,
                          const std::string& matter) {
  rp::NewReport r;
  r.channel = channel;
  r.anonymous = anonymous;
  if (!anonymous) r.identity = {"演示举报人", "13000000000", "", "演示市演示路1号", ""};
  r.matter = {who, unit, "科长", matter, "2026年上半年，办公室", "有相关票据"};
  return r;
}

Status fill(store::Connection& conn, const Config& config, const std::string& password, int64_t now,
            std::string* recovery, std::string* query_code) {
  QF_TRY(auto secretary, auth::find_by_username(conn, "jiwei"));
  QF_TRY(auto member, auth::find_by_username(conn, "jijian"));
  QF_TRY(auto office_head, auth::find_by_username(conn, "jjszr"));
  if (!secretary || !member) return Status{};
  QF_TRY(*recovery, rp::init_keys(conn, config.security, secretary->id, password, now));
  QF_TRY_STATUS(rp::enrol_reader(conn, config.security, member->id, password, now));
  QF_TRY(rp::ReportsConfig cfg, rp::ReportsConfig::load(config));
  QF_TRY(auth::SessionTokens session, auth::start_session(conn, config.security, secretary->id, now, "demo", "demo"));
  QF_TRY(std::string cookie, rp::unlock_reader_key(conn, secretary->id, session.session_id, password, now));
  QF_TRY(std::string secret, rp::session_reader_secret(conn, secretary->id, session.session_id, cookie));
  QF_TRY(auth::Principal who, auth::load_principal(conn, secretary->id, now));
  who.session_id = session.session_id;
  QF_TRY(auto link, rp::open_link_key(conn, secretary->id, secret));

  rp::NewReport online = demo_report(rp::Channel::kOnline, true, "演示被反映人甲", "规划处", "反映其在项目验收中收受礼品");
  online.password = "demo-query-1";
  QF_TRY(rp::SubmittedReport first, rp::submit_report(conn, online, cfg, config.security, now, std::nullopt, std::nullopt));
  *query_code = first.query_code;
  rp::NewReport real = demo_report(rp::Channel::kOnline, false, "演示被反映人乙", "财务处", "反映其违规报销差旅费");
  real.password = "demo-query-2";
  QF_TRY(rp::SubmittedReport second, rp::submit_report(conn, real, cfg, config.security, now, std::nullopt, std::nullopt));
  rp::NewReport letter = demo_report(rp::Channel::kLetter, true, "演示被反映人甲", "规划处", "来信反映同一人接受宴请");
  letter.registered_by = secretary->id;
  QF_TRY(rp::SubmittedReport third, rp::submit_report(conn, letter, cfg, config.security, now, std::nullopt, link));
  rp::NewReport phone = demo_report(rp::Channel::kPhone, true, "演示某人", "外单位", "来电反映邻里纠纷");
  phone.registered_by = secretary->id;
  QF_TRY(rp::SubmittedReport fourth, rp::submit_report(conn, phone, cfg, config.security, now, std::nullopt, link));

  QF_TRY_STATUS(rp::assign_report(conn, who, secret, first.id, {member->id}, now));
  QF_TRY(int64_t question, rp::ask_reporter(conn, who, secret, first.id, "请补充收受礼品的大致时间", cfg, now));
  (void)question;
  QF_TRY(auto opened, rp::open_report(conn, who, secret, first.id));  // links it with the letter
  (void)opened;
  auto clue_section = config.module_section("clues");
  auto clue_cfg = clues::ClueConfig::from_toml(clue_section.toml, clue_section.source);
  rp::ClueFromReport clue;
  clue.matter = "反映财务处某科长违规报销差旅费（信访举报转）";
  clue.persons = {clues::ReportedPerson{std::nullopt, "演示被反映人乙", "科长"}};
  clue.assignments = {{member->id, clues::ClueActorRole::kHandler}};
  // As every demo clue: the office head signs as 部门负责人.
  if (office_head) clue.assignments.emplace_back((*office_head).id, clues::ClueActorRole::kDeptHead);
  QF_TRY_STATUS(rp::triage_into_clues(conn, who, secret, second.id, {clue},
                                      clue_cfg.ok() ? *clue_cfg : clues::ClueConfig{}, now));
  QF_TRY_STATUS(rp::triage_out_of_scope(conn, who, secret, fourth.id, "属于民事纠纷，已告知向相关部门反映", now));
  (void)third;
  rp::wipe(secret);
  if (link) rp::wipe(*link);
  return auth::end_session(conn, session.session_id);
}

}  // namespace

void demo_reports(store::Database& db, const Config& config, const std::string& password) {
  auto lease = db.acquire();
  if (!lease.ok()) fail(lease.error());
  auto done = rp::keys_initialised(lease->get());
  if (!done.ok()) fail(done.error());
  if (*done) {
    std::cout << "\n信访举报密钥已设置，未再添加演示举报。/ Report keys already set up; no demo reports added.\n";
    return;
  }
  lease = Result<store::ConnectionLease>(Error::internal("released"));
  SystemClock clock;
  std::string recovery, code;
  auto st = db.transaction(
      [&](store::Connection& c) { return fill(c, config, password, clock.now_ms(), &recovery, &code); });
  if (!st.ok()) fail(st.error());
  if (recovery.empty()) return;
  std::cout << "\n信访举报 / Petitions and reports\n"
            << "  演示恢复码（生产中只显示一次，须打印交纪委书记保管）/ demo recovery code (shown once in production):\n  "
            << recovery << "\n"
            << "  演示查询码 / demo query code: " << rp::display_query_code(code) << "  密码 / password: demo-query-1\n"
            << "  信访举报公开入口见 [public]（默认端口 8081）/ public intake: see [public] (port 8081 by default)\n";
}

QF_REGISTER_DEMO(10, "reports", [](DemoContext& d) { demo_reports(d.db, d.config, d.password); });

}  // namespace qf::cli
