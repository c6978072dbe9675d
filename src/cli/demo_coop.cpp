// Demo data of co-construction (廉政共建) for `qingfeng demo`: a partner unit (市公共资源
// 交易中心) with its agreement and its public key, notices exchanged both ways (one
// signed by the bureau, one signed by the partner and received through the same
// verification as an upload), a joint training and a return visit with its feedback
// form; and a second partner whose key is not registered yet. The demo partner's private
// key is derived from a fixed text, so it is public: fit for a demo, never for use.
// Skips itself when a partner exists, so `demo --force` stays safe.
#include <sodium.h>

#include <iostream>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/auth/server_key.h"
#include "domain/coop/coop_store.h"

namespace qf::cli {
namespace {

namespace co = qf::coop;

// The demo partner's key: SHA-256 of a fixed text as the seed.
co::SigningKey demo_partner_key() {
  std::array<unsigned char, 32> seed{};
  const std::string text = "qingfeng demo partner 市公共资源交易中心";
  crypto_hash_sha256(seed.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
  return co::signing_key_from_seed(seed);
}

Status fill(store::Connection& conn, const auth::ServerKey& key, const std::string& unit, int64_t now, bool* added) {
  QF_TRY(auto existing, conn.query_one("SELECT COUNT(*) AS n FROM coop_partners"));
  if (existing.i64("n") > 0) return Status{};
  QF_TRY(auto jiwei, auth::find_by_username(conn, "jiwei"));
  if (!jiwei) return Status{};
  const int64_t by = jiwei->id;
  const Date today = Date::from_unix_ms(now);
  auto day = [&](int n) { return today.add_days(n).to_string(); };

  co::PartnerInput jy{"市公共资源交易中心", "王主任", "0571-88001234", "GJXY-" + day(-200).substr(0, 4) + "-01",
                      day(-200), day(-200), day(530),
                      "双方建立廉政信息双向通报机制，每半年互通一次廉政风险和违规违纪问题线索移送情况；"
                      "联合开展招投标领域廉洁风险防控培训；局纪委每年对交易中心开展一次回访，了解我局工作人员履职和廉洁情况。",
                      "active"};
  QF_TRY(int64_t partner, co::create_partner(conn, jy, by, now));
  const co::SigningKey partner_key = demo_partner_key();
  QF_TRY(auto kc, co::register_key(conn, partner, co::public_key_base64(partner_key.public_key), false, "", by, now));
  (void)kc;
  co::PartnerInput zj{"市建设工程质量安全监督站", "李科长", "0571-88005678", "GJXY-" + day(-30).substr(0, 4) + "-02",
                      day(-30), day(-30), day(700), "互通廉政信息，联合开展警示教育。", "active"};
  QF_TRY(int64_t second, co::create_partner(conn, zj, by, now));
  (void)second;

  QF_TRY(int64_t out, co::create_outgoing(conn, key, unit, partner,
                                          {"关于规范评标专家抽取工作的廉政提醒",
                                           "近期我局在专项检查中发现，个别项目评标专家抽取后信息登记不及时。请贵中心协助核对"
                                           "本年度我局项目评标专家抽取记录，发现工作人员违规干预的情况及时向局纪委通报。",
                                           day(-60)},
                                          day(-60) + "T09:30:00+08:00", by, now));
  (void)out;
  const co::NoticePayload in{"交易中心廉通〔" + day(-40).substr(0, 4) + "〕3号",
                             "关于上半年交易活动中廉政情况的通报",
                             "上半年贵局在我中心进场交易项目 26 个，未发现贵局工作人员违规打招呼、干预评标等问题；"
                             "1 个项目的招标文件资格条件设置偏严，已提醒项目单位修改。",
                             "市公共资源交易中心", unit, day(-40), day(-40) + "T15:00:00+08:00"};
  QF_TRY(int64_t received, co::receive_notice(conn, key, partner, co::sign_notice_file(partner_key, in), by, now));
  (void)received;

  co::Training t;
  t.partner_id = partner;
  t.held_on = day(-25);
  t.topic = "招投标领域廉洁风险防控联合培训";
  t.place = "市公共资源交易中心三楼培训室";
  t.our_participants = {"局纪委 纪检干部", "规划处 负责人", "财务处 负责人"};
  t.partner_participants = {"交易中心 王主任", "交易中心 综合科 张科长"};
  QF_TRY(int64_t tid, co::create_training(conn, t, by, now));
  (void)tid;
  // 纪检业务研讨交流 (the seed's third way of co-construction).
  co::Training seminar;
  seminar.partner_id = partner;
  seminar.kind = "seminar";
  seminar.held_on = day(-15);
  seminar.topic = "工程建设项目招投标监督纪检业务研讨交流";
  seminar.place = "局机关四楼会议室";
  seminar.our_participants = {"局纪委 纪检干部", "审批处 负责人"};
  seminar.partner_participants = {"交易中心 纪检组 李组长"};
  QF_TRY(int64_t sid, co::create_training(conn, seminar, by, now));
  (void)sid;

  co::Visit v;
  v.partner_id = partner;
  v.visited_on = day(-10);
  v.visitors = "局纪委书记、纪检干部";
  v.interviewees = "交易中心 王主任、综合科 张科长";
  v.scores = {{"integrity", 5}, {"service", 4}, {"efficiency", 4}, {"rules", 5}, {"coop", 5}};
  v.comments = "贵局进场项目人员遵守交易纪律，无吃拿卡要现象；建议进一步缩短招标文件备案审核时间。";
  QF_TRY(int64_t vid, co::create_visit(conn, key, v, by, now));
  (void)vid;
  *added = true;
  return Status{};
}

void demo_coop(DemoContext& d) {
  auto opened = auth::ensure_server_key(d.config.security.secret_key_file);
  if (!opened.ok()) fail(opened.error());
  SystemClock clock;
  bool added = false;
  auto st = d.db.transaction([&](store::Connection& c) {
    return fill(c, opened->key, d.config.org.unit_name, clock.now_ms(), &added);
  });
  if (!st.ok()) fail(st.error());
  if (!added) {
    std::cout << "\n合作单位已存在，未再添加廉政共建演示数据。/ Partner units exist; no co-construction demo added.\n";
    return;
  }
  std::cout << "\n廉政共建 / Co-construction: 2 个合作单位（1 个已登记公钥），往来签名通报 2 份，联合培训 1 次，回访 1 次"
               " / 2 partner units (1 with its key), 2 signed notices exchanged, 1 joint training, 1 return visit\n";
}

QF_REGISTER_DEMO(70, "coop", demo_coop);

}  // namespace
}  // namespace qf::cli
