// Demo data of education and study (警示教育与学习培训) for `qingfeng demo`: the demo
// year's 12 numbered warning-education notices (one a month), 110 typical cases built
// from a small table of categories and templates (the published notices' wording),
// positive models, quarterly articles and regulation interpretations — all assigned to
// every staff member, most of them confirmed (the latest notice still open for every
// demo account, so zhigong has 待学习 on the home page); the year's study sessions
// (theory study group monthly, 三会一课 per branch quarterly, Party and integrity
// lessons, warning-education meetings) with attendance and who led the study; and the
// holiday integrity reminders of the year's holidays already reached, sent once each.
// The demo year is the current year in December, the previous one before (so it is a
// whole year in the past). Skips itself when an item exists (`demo --force` stays safe).
#include <fmt/format.h>

#include <iostream>
#include <map>
#include <set>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/calendar/calendar_store.h"
#include "domain/education/education.h"
#include "domain/education/education_messages.h"

namespace qf::cli {
namespace {

namespace edu = qf::education;

// A small deterministic generator, so the demo is the same every run.
struct Rng {
  uint64_t s = 20260705;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  template <class T, size_t N>
  const T& pick(const T (&a)[N]) { return a[below(N)]; }
};

struct CaseTemplate {
  const char* category;
  const char* title;  // {who} is the person; {n} an amount in 万元
  const char* body;
  const char* rules;
  const char* lessons;
};

const CaseTemplate kCases[] = {
    {"eight_rules", "{who}违规公款吃喝问题",
     "{year}年{m}月，{who}借开展调研之机，安排下属单位以公务接待名义在内部食堂宴请，超标准列支餐费{k}元，并饮用酒水。{who}受到党内警告处分，违规费用已全部清退。",
     "《中国共产党纪律处分条例》第一百零七条；《党政机关国内公务接待管理规定》",
     "公务接待标准是不可逾越的红线。“舌尖上的腐败”看似小事，实则是作风问题的风向标，必须时刻绷紧纪律之弦。"},
    {"eight_rules", "{who}违规发放津贴补贴问题",
     "{year}年，{who}在单位年终考核中，以“加班补助”“专项奖励”名义违规发放津贴补贴共计{n}万元。{who}受到党内严重警告处分，违规发放款项全部收回。",
     "《中国共产党纪律处分条例》第一百零四条；中央八项规定精神",
     "津补贴发放必须于法有据、于规有依。“一把手”要带头守规矩，不能以“福利”之名行违规之实。"},
    {"eight_rules", "{who}公车私用问题",
     "{year}年{m}月至{m2}月，{who}多次在节假日驾驶单位公务用车办理私事，行驶里程{k}公里，产生油费、通行费由单位报销。{who}受到诫勉处理，相关费用已退缴。",
     "《中国共产党纪律处分条例》第一百一十二条；《党政机关公务用车管理办法》",
     "公车姓“公”不姓“私”。节假日是“四风”问题易发多发期，越是节日越要守住底线。"},
    {"gifts", "{who}违规收受礼品礼金问题",
     "{year}年春节、中秋节期间，{who}先后收受管理服务对象所送购物卡、礼品，折合人民币共计{n}万元。{who}受到党内严重警告、政务记过处分，违纪所得已收缴。",
     "《中国共产党纪律处分条例》第九十八条；《关于严禁公款购买印制寄送贺年卡等物品的通知》",
     "“礼尚往来”不能成为收受礼金的借口。管理服务对象的“人情”背后往往是“围猎”，要守住“第一次”。"},
    {"gifts", "{who}借操办婚丧喜庆事宜敛财问题",
     "{year}年{m}月，{who}在为其子操办婚礼期间，违规邀请管理服务对象参加并收受礼金{n}万元。{who}受到党内警告处分，违规收受的礼金已退还。",
     "《中国共产党纪律处分条例》第一百零二条",
     "婚丧喜庆要从简办理，不得借机敛财。党员干部要严于律己、严管亲属，带头移风易俗。"},
    {"banquets", "{who}违规接受宴请问题",
     "{year}年{m}月，{who}接受项目建设单位安排的宴请，并在私人会所饮酒，事后未主动报告。{who}受到政务警告处分。",
     "《中国共产党纪律处分条例》第九十九条",
     "管理服务对象的饭局不能吃，私人会所的门不能进。一顿饭、一杯酒，都可能成为被“围猎”的开始。"},
    {"banquets", "{who}工作日午间饮酒问题",
     "{year}年{m}月某工作日中午，{who}与他人聚餐饮酒，下午上班时酒后履职，造成不良影响。{who}受到诫勉处理。",
     "《中国共产党纪律处分条例》第一百二十四条；工作日午间禁酒规定",
     "工作日午间禁酒是铁的纪律。小节不拘，必失大节。"},
    {"power_abuse", "{who}利用职务便利为他人谋利问题",
     "{year}年至{year2}年，{who}利用负责项目审批的职务便利，为他人在用地审批、规划调整等方面谋取利益，收受财物共计{n}万元。{who}被开除党籍、开除公职，涉嫌犯罪问题移送检察机关依法审查起诉。",
     "《中国共产党纪律处分条例》第二十八条、第一百零一条；《中华人民共和国刑法》第三百八十五条",
     "手中的权力是人民赋予的，只能用来为人民谋利益。审批权力越大，越要自觉接受监督，越要严守程序。"},
    {"power_abuse", "{who}违规插手干预工程项目问题",
     "{year}年{m}月，{who}违规向下属单位打招呼，为亲属承揽测绘项目提供帮助，涉及合同金额{n}万元。{who}受到撤销党内职务处分，并被调整岗位。",
     "《中国共产党纪律处分条例》第一百零三条；领导干部插手干预重大事项记录报告规定",
     "领导干部插手干预工程项目是廉政风险的高发点。亲属经商办企业要主动报告、主动回避。"},
    {"land_planning", "{who}违规调整规划条件问题",
     "{year}年{m}月，{who}在未经集体研究的情况下，违规同意开发企业提高地块容积率，造成国有土地出让金流失{n}万元。{who}被开除党籍，涉嫌职务违法问题移送监察机关处理。",
     "《中国共产党纪律处分条例》第一百二十一条；《中华人民共和国城乡规划法》第四十三条",
     "规划一经批准，必须严格执行。规划条件调整必须集体研究、依法公示，任何个人不得擅自决定。"},
    {"land_planning", "{who}在不动产登记中违规办理问题",
     "{year}年，{who}在办理不动产登记过程中，对材料不全的申请违规予以登记，并收受中介人员好处费{n}万元。{who}受到开除处分，违纪违法所得已收缴。",
     "《中国共产党纪律处分条例》第一百零一条；《不动产登记暂行条例》",
     "窗口岗位直接面对群众，一言一行代表机关形象。要严格执行“一次告知”和材料审核制度，拒绝“中介”围猎。"},
    {"land_planning", "{who}违法占用耕地查处不力问题",
     "{year}年{m}月，{who}在执法巡查中发现违法占用耕地建设问题，未按规定立案查处，致使违法建筑面积扩大至{k}平方米。{who}受到政务记过处分。",
     "《中国共产党纪律处分条例》第一百二十一条；《中华人民共和国土地管理法》第七十七条",
     "耕地保护是“国之大者”。执法人员要敢于碰硬、依法履职，对违法用地“零容忍”。"},
    {"formalism", "{who}履职不力、敷衍应付问题",
     "{year}年{m}月，{who}在开展耕地保护专项检查中，未按要求实地核查，仅凭下级上报材料填写检查报告，导致问题长期未被发现。{who}受到诫勉处理。",
     "《中国共产党问责条例》第七条；《中国共产党纪律处分条例》第一百二十一条",
     "形式主义害死人。检查要“身入”更要“心至”，以“纸面落实”代替“实际落实”必将被问责。"},
    {"formalism", "{who}搞“痕迹主义”加重基层负担问题",
     "{year}年，{who}在推进专项工作中，要求基层单位重复报送材料{k}余份，层层加码留痕，造成基层负担加重。{who}被责令作出书面检查，在一定范围内通报。",
     "《中国共产党问责条例》；整治形式主义为基层减负有关规定",
     "为基层减负是作风建设的重要内容。工作成效看实绩，不看材料厚度。"},
    {"dereliction", "{who}落实安全监管责任不力问题",
     "{year}年{m}月，{who}作为分管负责人，对辖区地质灾害隐患点巡查工作督促不力，巡查记录弄虚作假。{who}受到党内警告处分。",
     "《中国共产党问责条例》第七条；《地质灾害防治条例》",
     "安全监管责任重于泰山，来不得半点马虎。履职尽责必须到位，巡查记录必须真实。"},
    {"dereliction", "{who}违规泄露工作秘密问题",
     "{year}年{m}月，{who}在土地出让前，违规向他人透露出让底价等工作秘密。{who}受到党内严重警告处分，并被调离原岗位。",
     "《中国共产党纪律处分条例》第一百三十三条；《中华人民共和国保守国家秘密法》",
     "保密纪律是铁的纪律。土地出让、招标投标等环节的信息一旦泄露，就可能造成国有资产流失。"},
    {"other", "{who}违规从事营利性活动问题",
     "{year}年至{year2}年，{who}违规在外兼职并领取报酬共计{n}万元，利用业余时间为企业提供规划咨询服务。{who}受到政务记过处分，违规所得已收缴。",
     "《中国共产党纪律处分条例》第一百零三条；《中华人民共和国公职人员政务处分法》",
     "公职人员不得违规兼职取酬。党员干部要正确处理公与私、义与利的关系。"},
    {"other", "{who}参与赌博问题",
     "{year}年{m}月，{who}多次参与以营利为目的的赌博活动，涉赌金额{n}万元，被公安机关行政拘留。{who}受到党内严重警告、政务撤职处分。",
     "《中国共产党纪律处分条例》第一百四十八条",
     "生活情趣关乎作风操守。党员干部要慎独慎微，远离不良嗜好。"},
};

const char* const kPlaces[] = {"某市", "某区", "某县", "某市某区", "某县级市", "某自治县"};
const char* const kOrgs[] = {"自然资源和规划局", "自然资源局", "不动产登记中心", "规划勘测设计院",
                             "土地储备中心", "国土空间规划编制研究中心", "自然资源综合执法支队", "测绘地理信息院"};
const char* const kPosts[] = {"原局长", "原副局长", "原党组成员、副局长", "规划科科长", "用地审批科原科长",
                              "耕地保护科副科长", "执法大队原大队长", "登记窗口工作人员", "原主任", "副主任",
                              "办公室主任", "财务科工作人员", "二级主任科员", "四级调研员"};
const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                 "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
const char* const kSources[] = {"中央纪委国家监委网站", "省纪委监委网站", "市纪委监委通报", "自然资源部警示教育读本",
                                "《中国纪检监察报》", "市纪委监委“清风”微信公众号"};

struct NoticeText {
  const char* title;
  const char* body;
};
const NoticeText kNotices[] = {
    {"关于元旦春节期间违反中央八项规定精神典型问题的通报",
     "近期，市纪委监委集中通报了元旦春节期间违反中央八项规定精神的典型问题。各部门要组织干部职工认真学习，以案为鉴，坚决防止“节日腐败”。"},
    {"关于几起违规收送礼品礼金问题的通报",
     "现将几起违规收送礼品礼金问题通报如下。各党支部要结合主题党日组织学习，开展廉政风险自查。"},
    {"关于国土空间规划领域违纪违法典型案例的通报",
     "为深化以案促改，现将国土空间规划领域典型案例予以通报，请各部门对照检查规划审批、调整等关键环节的风险点。"},
    {"关于几起形式主义官僚主义典型问题的通报", "现将几起形式主义官僚主义典型问题通报如下，请认真对照，切实为基层减负。"},
    {"关于“五一”端午期间廉洁过节的提醒及典型问题通报",
     "“五一”、端午将至，现将几起节日期间违纪问题通报如下，请全体干部职工廉洁过节。"},
    {"关于不动产登记领域违纪违法典型案例的通报",
     "现将不动产登记领域违纪违法典型案例通报如下，各窗口部门要组织专题学习，严格执行登记规范。"},
    {"关于几起违规吃喝问题的通报", "现将几起违规吃喝问题通报如下，请各部门对照检查公务接待、内部食堂管理等情况。"},
    {"关于耕地保护领域履职不力问题的通报", "现将几起耕地保护领域履职不力问题通报如下，请执法、耕保部门深刻汲取教训。"},
    {"关于中秋国庆期间违反中央八项规定精神典型问题的通报",
     "中秋、国庆将至，现将几起典型问题通报如下，请各部门加强节日期间监督检查。"},
    {"关于几起违规兼职取酬和经商办企业问题的通报", "现将几起违规兼职取酬问题通报如下，请干部职工对照检查。"},
    {"关于测绘地理信息领域违纪违法典型案例的通报", "现将测绘地理信息领域典型案例通报如下，请相关部门开展以案促改。"},
    {"关于2026年度违纪违法典型案例的综合通报", "现将本年度系统内外违纪违法典型案例综合通报如下，请结合年度民主生活会、组织生活会认真学习。"},
};

const NoticeText kModels[] = {
    {"扎根基层二十年的“耕地守护人”——执法支队第二大队先进事迹",
     "执法二大队坚持“早发现、早制止、严查处”，多年来辖区违法占用耕地问题保持“零新增”。"},
    {"清廉窗口：不动产登记中心“一窗受理”服务团队", "登记中心窗口团队推行“一次告知、一次办结”，连续多年零投诉。"},
    {"把规划审批权关进制度笼子的“明白人”", "规划处负责同志坚持重大事项集体研究、全程留痕，主动拒收礼金多次。"},
    {"优秀共产党员、测绘工程师的廉洁家风", "立家规、传家训，以清廉家风涵养清朗作风。"},
};

const NoticeText kArticles[] = {
    {"第一季度警示教育文章：从“小节”失守到“大节”不保", "剖析多起案件从接受吃请到收受巨额贿赂的演变过程。"},
    {"第二季度警示教育文章：警惕“温水煮青蛙”式围猎", "分析管理服务对象“围猎”党员干部的常见手法。"},
    {"第三季度警示教育文章：权力越大越要敬畏", "以规划审批领域案例说明权力运行监督的重要性。"},
    {"第四季度警示教育文章：守住节日廉洁关", "梳理节日期间“四风”问题新表现，提醒党员干部廉洁过节。"},
};
const NoticeText kInterpretations[] = {
    {"《中国共产党纪律处分条例》修订要点解读", "逐条解读新修订条例在政治纪律、廉洁纪律等方面的新规定。"},
    {"《党政机关国内公务接待管理规定》解读", "解读公务接待的范围、标准、审批和公函制度。"},
    {"本局《会议费管理办法》制度解读", "说明会议分类、开支标准、报销附件和审批流程。"},
    {"《领导干部插手干预重大事项记录报告规定》解读", "说明“两个记录”的情形、报告程序和责任追究。"},
};

std::string fill_template(std::string text, const std::map<std::string, std::string>& vars) {
  for (const auto& [k, v] : vars) {
    const std::string marker = "{" + k + "}";
    for (size_t pos = text.find(marker); pos != std::string::npos; pos = text.find(marker, pos + v.size()))
      text.replace(pos, marker.size(), v);
  }
  return text;
}

int64_t ms_of(Date d, int hour_beijing) { return d.days_since_epoch() * 86400000LL + (hour_beijing - 8) * 3600000LL; }

Status fill(store::Connection& conn, int64_t now, int* out_items, int* out_sessions, int* out_holidays) {
  QF_TRY(auto existing, conn.query_one("SELECT COUNT(*) AS n FROM education_items"));
  if (existing.i64("n") > 0) return Status{};
  QF_TRY(auto jiwei, auth::find_by_username(conn, "jiwei"));
  if (!jiwei) return Status{};
  const Date today = Date::from_unix_ms(now);
  const int year = today.month() == 12 ? today.year() : today.year() - 1;
  auto clamp = [&](Date d) { return today < d ? today : d; };
  Rng rng;

  // The persons of the demo accounts: their latest notice stays to be studied.
  QF_TRY(auto acc_rows, conn.query("SELECT person_id FROM accounts WHERE person_id IS NOT NULL"));
  std::set<int64_t> account_people;
  for (const auto& r : acc_rows) account_people.insert(r.i64("person_id"));

  edu::Audience everyone;
  everyone.everyone = true;
  struct Published {
    int64_t id;
    Date on;
  };
  std::vector<Published> published;
  auto publish = [&](const edu::ItemInput& in, Date on) -> Status {
    QF_TRY(edu::Published p, edu::publish(conn, in, jiwei->id, ms_of(on, 9)));
    published.push_back({p.id, on});
    return Status{};
  };

  // Twelve numbered notices, one on the 5th of each month; ~9 typical cases a month.
  int case_no = 0;
  int64_t latest_notice = 0;
  for (unsigned m = 1; m <= 12; ++m) {
    const Date on = clamp(Date::from_ymd(year, m, 5).value());
    edu::ItemInput n;
    n.kind = "notice";
    n.title = kNotices[m - 1].title;
    n.body = kNotices[m - 1].body;
    n.source = "局纪委";
    n.published_on = on.to_string();
    n.audience = everyone;
    QF_TRY_STATUS(publish(n, on));
    latest_notice = published.back().id;
    const int cases_this_month = m <= 2 ? 10 : 9;  // 110 in the year
    for (int k = 0; k < cases_this_month; ++k, ++case_no) {
      const CaseTemplate& t = kCases[static_cast<size_t>(case_no) % std::size(kCases)];
      const std::string who = std::string(rng.pick(kPlaces)) + rng.pick(kOrgs) + rng.pick(kPosts) + rng.pick(kSurnames) + "某";
      const int past = 1 + static_cast<int>(rng.below(4));
      const unsigned mm = 1 + static_cast<unsigned>(rng.below(10));
      std::map<std::string, std::string> vars{{"who", who},
                                              {"year", std::to_string(year - past)},
                                              {"year2", std::to_string(year - past + 1 + static_cast<int>(rng.below(2)))},
                                              {"m", std::to_string(mm)},
                                              {"m2", std::to_string(mm + 1 + static_cast<unsigned>(rng.below(2)))},
                                              {"n", fmt::format("{:.1f}", 0.5 + static_cast<double>(rng.below(480)) / 10.0)},
                                              {"k", std::to_string(300 + rng.below(9700))}};
      edu::ItemInput c;
      c.kind = "case";
      c.title = fill_template(t.title, vars);
      c.body = fill_template(t.body, vars);
      c.category = t.category;
      c.rules_broken = t.rules;
      c.lessons = t.lessons;
      c.source = rng.pick(kSources);
      c.published_on = clamp(Date::from_ymd(year, m, 5 + static_cast<unsigned>(k) * 2).value()).to_string();
      c.audience = everyone;
      QF_TRY_STATUS(publish(c, Date::parse(c.published_on).value()));
    }
    if (m % 3 == 0) {
      const size_t q = m / 3 - 1;
      for (const NoticeText* t : {&kArticles[q], &kInterpretations[q], &kModels[q]}) {
        edu::ItemInput a;
        a.kind = t == &kArticles[q] ? "article" : t == &kInterpretations[q] ? "interpretation" : "model";
        a.title = t->title;
        a.body = t->body;
        a.source = "局纪委";
        const Date aon = clamp(Date::from_ymd(year, m, 20).value());
        a.published_on = aon.to_string();
        a.audience = everyone;
        QF_TRY_STATUS(publish(a, aon));
      }
    }
  }
  // Confirmations: most people confirm within days; the later the item, the fewer.
  std::string exclude = "0";
  for (int64_t p : account_people) exclude += "," + std::to_string(p);
  for (size_t k = 0; k < published.size(); ++k) {
    const Published& p = published[k];
    const int64_t rate = p.id == latest_notice ? 55 : 88 + static_cast<int64_t>(k % 12);
    const int64_t salt = static_cast<int64_t>(k * 31 + 7);
    const int64_t at = ms_of(p.on.add_days(1 + static_cast<int64_t>(k % 5)), 15);
    std::string sql =
        "UPDATE education_assignments SET confirmed_at = ? WHERE item_id = ? AND ((person_id * 37 + ?) % 100) < ?";
    if (p.id == latest_notice) sql += " AND person_id NOT IN (" + exclude + ")";
    QF_TRY_STATUS(conn.execute(sql, {at, p.id, salt, rate}));
    if (p.id != latest_notice && !account_people.empty()) {
      QF_TRY_STATUS(conn.execute("UPDATE education_assignments SET confirmed_at = ? WHERE item_id = ? AND person_id IN (" +
                                     exclude + ") AND confirmed_at IS NULL",
                                 {at, p.id}));
    }
  }
  *out_items = static_cast<int>(published.size());

  // Study sessions.
  QF_TRY(auto leaders_rows, conn.query("SELECT id FROM people WHERE is_leading_cadre = 1 AND status = 'active' ORDER BY id"));
  std::vector<int64_t> leaders;
  for (const auto& r : leaders_rows) leaders.push_back(r.i64("id"));
  QF_TRY(auto branch_rows, conn.query("SELECT id, name FROM branches WHERE archived_at IS NULL ORDER BY sort_order, id"));
  std::map<int64_t, std::vector<int64_t>> members;
  QF_TRY(auto member_rows, conn.query("SELECT id, branch_id FROM people WHERE branch_id IS NOT NULL AND status = 'active' ORDER BY id"));
  for (const auto& r : member_rows) members[r.i64("branch_id")].push_back(r.i64("id"));
  const char* const kCenterTopics[] = {
      "学习二十届中央纪委全会精神", "学习习近平总书记关于党的自我革命的重要思想", "学习新修订的《中国共产党纪律处分条例》",
      "学习习近平总书记关于耕地保护的重要指示批示精神", "学习贯彻中央八项规定精神", "专题学习国土空间规划有关法律法规",
      "学习习近平总书记在庆祝建党纪念日的重要讲话", "学习党纪学习教育有关文件", "学习习近平生态文明思想",
      "学习习近平总书记关于作风建设的重要论述", "学习全面从严治党形势任务报告", "学习年度民主生活会有关要求"};
  int sessions = 0;
  auto record = [&](edu::SessionInput in) -> Status {
    QF_TRY(int64_t id, edu::record_session(conn, in, jiwei->id, ms_of(Date::parse(in.held_on).value(), 17)));
    (void)id;
    ++sessions;
    return Status{};
  };
  for (unsigned m = 1; m <= 12; ++m) {
    edu::SessionInput s;
    s.kind = "center_group";
    s.held_on = clamp(Date::from_ymd(year, m, 15).value()).to_string();
    s.topic = kCenterTopics[m - 1];
    s.speaker = "局党委书记";
    s.place = "局机关三楼会议室";
    s.materials = "学习材料汇编（第" + std::to_string(m) + "期）";
    for (size_t k = 0; k < leaders.size() && k < 9; ++k) s.attendees.emplace_back(leaders[k], (k + m) % 4 == 0);
    QF_TRY_STATUS(record(s));
  }
  for (const auto& b : branch_rows) {
    const int64_t branch = b.i64("id");
    const auto& people = members[branch];
    if (people.empty()) continue;
    for (unsigned q = 0; q < 4; ++q) {
      edu::SessionInput s;
      s.kind = q == 1 ? "party_lesson" : "branch_assembly";
      s.held_on = clamp(Date::from_ymd(year, 3 * q + 2, 25).value()).to_string();
      s.topic = q == 1 ? "支部书记讲党课：做新时代合格共产党员" : fmt::format("第{}季度支部党员大会：集中学习警示教育通报", q + 1);
      s.speaker = "支部书记";
      s.branch_id = branch;
      for (size_t k = 0; k < people.size(); ++k)
        if ((people[k] + q) % 9 != 0) s.attendees.emplace_back(people[k], k < 2);
      QF_TRY_STATUS(record(s));
    }
  }
  QF_TRY(auto all_rows, conn.query("SELECT id FROM people WHERE status = 'active' AND archived_at IS NULL ORDER BY id"));
  for (unsigned h : {6u, 11u}) {
    edu::SessionInput lesson;
    lesson.kind = "integrity_lesson";
    lesson.held_on = clamp(Date::from_ymd(year, h, 28).value()).to_string();
    lesson.topic = h == 6 ? "纪委书记讲廉政党课：严守纪律规矩，筑牢廉洁防线" : "廉政党课：以案为鉴，守住规划审批廉洁关";
    lesson.speaker = "局纪委书记";
    lesson.place = "局机关报告厅";
    edu::SessionInput film = lesson;
    film.kind = "warning_meeting";
    film.held_on = clamp(Date::from_ymd(year, h - 2, 18).value()).to_string();
    film.topic = h == 6 ? "观看警示教育片《零容忍》" : "观看警示教育片《持续发力 纵深推进》";
    film.speaker = "局纪委";
    for (const auto& r : all_rows) {
      const int64_t id = r.i64("id");
      if (id % 7 != 0) lesson.attendees.emplace_back(id, false);
      if (id % 5 != 0) film.attendees.emplace_back(id, false);
    }
    QF_TRY_STATUS(record(lesson));
    QF_TRY_STATUS(record(film));
  }
  *out_sessions = sessions;

  // The holiday reminders of the demo year already reached, each sent once.
  edu::EducationConfig cfg;
  QF_TRY(WorkingDayCalendar cal, calendar_store::load(conn));
  int holidays = 0;
  for (const auto& h : edu::holidays_starting(cal, Date::from_ymd(year, 1, 1).value(), Date::from_ymd(year, 12, 31).value())) {
    const Date remind = h.start.add_days(-cfg.holiday_remind_days_before);
    if (today < remind) continue;
    QF_TRY(auto sent, edu::send_holiday(conn, h, ms_of(remind, 9)));
    holidays += sent ? 1 : 0;
  }
  *out_holidays = holidays;
  return Status{};
}

}  // namespace

void demo_education(store::Database& db) {
  SystemClock clock;
  int items = 0, sessions = 0, holidays = 0;
  auto st = db.transaction([&](store::Connection& c) { return fill(c, clock.now_ms(), &items, &sessions, &holidays); });
  if (!st.ok()) fail(st.error());
  if (items == 0) {
    std::cout << "\n学习内容已存在，未再添加演示警示教育数据。/ Study items exist; no demo education added.\n";
    return;
  }
  std::cout << fmt::format(
      "\n警示教育与学习 / Education and study: {} 项学习内容（通报12期、典型案例110个）、{} 次学习活动、{} 次廉洁过节提醒"
      " / {} study items (12 notices, 110 cases), {} study sessions, {} holiday reminders\n",
      items, sessions, holidays, items, sessions, holidays);
}

QF_REGISTER_DEMO(60, "education", [](DemoContext& d) { demo_education(d.db); });

}  // namespace qf::cli
