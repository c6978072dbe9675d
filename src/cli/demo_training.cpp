// Demo data of training with quizzes (廉政培训与测试) for `qingfeng demo`: the course
// 新入职人员廉政培训 with materials and a bank of 24 questions on the integrity rules
// (single choice, multiple choice, true/false), assigned to the twelve most recently
// joined people, and assigned automatically to every person added to the organisation
// after the demo; a young cadres' course (年轻干部廉洁从政专题培训, 10 questions)
// assigned to ten young people and to the people of the demo accounts (so zhigong has
// 待完成培训 on the home page). Results in the demo year, taken through the same domain
// functions as the pages (the server's draw and scoring): some pass at once, some fail
// once and pass the retake, some have not started. Skips itself when a course exists.
#include <fmt/format.h>

#include <iostream>
#include <set>

#include "cli/command.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/education/training.h"

namespace qf::cli {
namespace {

namespace edu = qf::education;

struct Q {
  const char* kind;
  const char* stem;
  std::vector<std::string> options;
  const char* answer;
  const char* explanation;
};

const std::vector<Q>& new_staff_bank() {
  static const std::vector<Q> k{
      {"single", "中央八项规定是哪一年由中央政治局会议审议通过的？", {"2010年", "2012年", "2014年", "2016年"}, "B",
       "2012年12月4日，中央政治局会议审议通过《十八届中央政治局关于改进工作作风、密切联系群众的八项规定》。"},
      {"single", "收受可能影响公正执行公务的礼品、礼金、消费卡，违反的是哪一类纪律？",
       {"政治纪律", "组织纪律", "廉洁纪律", "群众纪律"}, "C", "《中国共产党纪律处分条例》将此类行为规定在违反廉洁纪律的行为中。"},
      {"single", "监督执纪“四种形态”的第一种形态是？",
       {"党纪轻处分、组织调整", "经常开展批评和自我批评、约谈函询，让“红红脸、出出汗”成为常态",
        "党纪重处分、重大职务调整", "严重违纪涉嫌违法立案审查"},
       "B", "第一种形态是常态，针对苗头性、倾向性问题。"},
      {"single", "党员干部在工作日中午饮酒，违反的是？", {"工作日午间禁酒规定", "公务接待标准", "会议费管理办法", "差旅费管理办法"},
       "A", "工作日午间一律禁酒，值班、执行公务期间禁止饮酒。"},
      {"single", "按照《领导干部报告个人有关事项规定》，领导干部应当在每年什么时候前集中报告上一年度的个人有关事项？",
       {"1月31日", "3月31日", "6月30日", "12月31日"}, "A", "领导干部应当于每年1月31日前集中报告一次上一年度的个人有关事项。"},
      {"single", "按照《党政机关国内公务接待管理规定》，确因工作需要，接待单位可以为接待对象安排工作餐几次？",
       {"一次", "两次", "三次", "不限次数"}, "A",
       "接待对象应当按照规定标准自行用餐；确因工作需要，接待单位可以安排工作餐一次，并严格控制陪餐人数。"},
      {"single", "在国土空间规划和自然资源领域，下列最容易产生廉政风险的环节是？",
       {"规划条件调整和用地审批", "办公用品领用", "内部会议记录", "学习笔记检查"}, "A",
       "规划条件调整、用地审批、矿业权出让等环节权力集中，是廉政风险防控的重点。"},
      {"single", "党员发现他人违纪违法问题，正确的做法是？", {"视而不见", "私下提醒后不再过问", "按规定向组织反映", "在网上公开曝光"},
       "C", "党员有权向党组织反映问题，反映问题应当通过正常渠道。"},
      {"single", "《中国共产党纪律处分条例》规定的党纪处分种类有几种？", {"三种", "四种", "五种", "六种"}, "C",
       "警告、严重警告、撤销党内职务、留党察看、开除党籍，共五种。"},
      {"single", "新入职人员在试用期内违规收受管理服务对象礼金，应当？",
       {"因是新人可以免责", "同样依纪依规处理", "退还即可无需报告", "只需口头检讨"}, "B",
       "纪律面前人人平等，新入职人员同样受纪律约束。"},
      {"multiple", "下列行为中，属于违反中央八项规定精神的有？", {"公款吃喝", "违规发放津贴补贴", "按标准安排工作餐", "公车私用"},
       "ABD", "按标准安排的工作餐不违规。"},
      {"multiple", "党员干部操办婚丧喜庆事宜，应当做到？", {"从简办理", "不借机敛财", "邀请管理服务对象参加", "按规定事前报告"},
       "ABD", "不得邀请管理服务对象参加，不得收受其礼金。"},
      {"multiple", "领导干部应当报告的个人有关事项包括？",
       {"本人婚姻变化情况", "配偶、子女移居国（境）外和从业情况", "本人的兴趣爱好", "本人、配偶、共同生活的子女投资情况"}, "ABD",
       "兴趣爱好不属于报告事项。"},
      {"multiple", "下列属于党的六项纪律的有？", {"政治纪律", "廉洁纪律", "经济纪律", "生活纪律"}, "ABD",
       "六项纪律：政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。"},
      {"multiple", "“三会一课”包括？", {"支部党员大会", "支部委员会", "党小组会", "党课"}, "ABCD", "四项均是。"},
      {"multiple", "节假日期间，党员干部应当严禁的行为有？", {"公款吃喝、公款旅游", "违规收送礼品礼金", "酒驾醉驾", "与家人团聚"},
       "ABC", "与家人团聚是正常生活。"},
      {"multiple", "廉政风险防控中，常见的风险点有？", {"行政审批", "资金管理", "工程招投标", "干部选拔任用"}, "ABCD",
       "四项均为常见风险点。"},
      {"multiple", "下列情形中，应当主动回避的有？", {"办理的审批事项涉及配偶的公司", "参与评审亲属投标的项目", "参加单位集体学习",
                                                 "调查与本人有利害关系的问题线索"},
       "ABD", "涉及本人、亲属或利害关系人的事项应当回避。"},
      {"judge", "工作日中午可以少量饮酒，只要不影响下午工作。", {}, "错误", "工作日午间一律禁酒。"},
      {"judge", "党员干部可以接受管理服务对象安排的宴请，只要事后自己付款。", {}, "错误",
       "不得接受可能影响公正执行公务的宴请，事后付款不能改变性质。"},
      {"judge", "新入职人员同样应当遵守中央八项规定及其实施细则精神。", {}, "正确", "纪律约束每一名党员干部和公职人员。"},
      {"judge", "收受的礼品礼金无法退还的，应当在规定时间内登记上交。", {}, "正确", "按规定登记上交，并如实说明情况。"},
      {"judge", "公务用车在节假日可以用于接送家属，只要自己承担油费。", {}, "错误", "严禁公车私用，自付油费不改变违规性质。"},
      {"judge", "对组织的函询，应当如实说明情况，不得隐瞒、编造。", {}, "正确", "如实向组织说明问题是党员的义务。"},
  };
  return k;
}

const std::vector<Q>& young_cadre_bank() {
  static const std::vector<Q> k{
      {"single", "年轻干部“第一次”收受礼品礼金时，最应该做的是？", {"先收下再说", "坚决拒绝并报告", "转送他人", "收下后少用"}, "B",
       "守住“第一次”，防止温水煮青蛙。"},
      {"single", "年轻干部在网络上发表言论，应当？", {"随意转发未经核实的信息", "遵守政治纪律和政治规矩", "泄露工作秘密", "参与网络赌博"},
       "B", "网络不是法外之地。"},
      {"single", "参与网络借贷平台“投资”获取高额回报，可能违反的是？", {"廉洁纪律", "群众纪律", "生活纪律", "以上都不是"}, "A",
       "利用职务影响参与高息借贷、违规投资，属于违反廉洁纪律。"},
      {"single", "下列不属于“八小时以外”监督重点的是？", {"社交圈", "生活圈", "朋友圈", "正常体育锻炼"}, "D",
       "正常体育锻炼不属于监督重点。"},
      {"multiple", "年轻干部应当警惕的“围猎”方式有？", {"以“老乡”“校友”名义拉关系", "投其所好赠送高档物品", "借子女升学送红包",
                                               "正常的工作交流"},
       "ABC", "正常工作交流不是“围猎”。"},
      {"multiple", "年轻干部提升拒腐防变能力，应当做到？", {"加强理论学习", "慎独慎微", "净化社交圈", "追求高消费"}, "ABC",
       "追求高消费与之相反。"},
      {"multiple", "下列属于违反工作纪律的行为有？", {"工作中不负责任造成损失", "违规干预市场经济活动", "按时上下班", "泄露审查工作秘密"},
       "ABD", "按时上下班是正常要求。"},
      {"judge", "年轻干部可以利用职务便利为亲友办理审批事项，只要手续齐全。", {}, "错误", "利用职务便利为亲友谋利属于违纪。"},
      {"judge", "干部兼职取酬应当按照规定经过批准。", {}, "正确", "未经批准兼职取酬属于违纪。"},
      {"judge", "“小错不断、大错不犯”不会受到纪律处理。", {}, "错误", "运用“四种形态”，抓早抓小。"},
  };
  return k;
}

constexpr const char* kNewStaffMaterials =
    "一、中央八项规定及其实施细则精神\n"
    "改进调查研究、精简会议活动、精简文件简报、规范出访活动、改进警卫工作、改进新闻报道、严格文稿发表、厉行勤俭节约。\n"
    "二、党的六项纪律\n"
    "政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。新入职人员要从入职第一天起把纪律规矩挺在前面。\n"
    "三、本局廉政风险防控要求\n"
    "规划条件调整、用地审批、不动产登记、矿业权出让、工程招投标等岗位权力集中，要严格执行回避、报告和集体决策制度。\n"
    "四、典型案例警示\n"
    "结合本年度警示教育通报和典型案例，守住“第一次”，严禁违规收送礼品礼金、违规吃喝、公车私用。\n"
    "五、测试说明\n"
    "每次测试从题库随机抽取10题，80分合格；首次不合格可补考2次。合格后可查看并打印结业证书。";

constexpr const char* kYoungCadreMaterials =
    "一、年轻干部要把牢理想信念“总开关”\n"
    "二、守住“第一次”：警惕“围猎”，净化社交圈、生活圈、朋友圈\n"
    "三、网络言行、兼职取酬、投资借贷的纪律要求\n"
    "四、以案为鉴：近年来年轻干部违纪违法典型案例剖析\n"
    "测试说明：每次随机抽取5题，80分合格，可补考1次。";

int64_t ms_of(Date d, int hour_beijing) { return d.days_since_epoch() * 86400000LL + (hour_beijing - 8) * 3600000LL; }

std::vector<edu::QuestionInput> inputs(const std::vector<Q>& bank) {
  std::vector<edu::QuestionInput> out;
  for (const Q& q : bank) out.push_back({q.kind, q.stem, q.answer, q.explanation, q.options});
  return out;
}

// A person takes the quiz on `on`, answering `right` of the drawn questions right.
Status take(store::Connection& conn, const auth::Principal& who, int64_t course, uint64_t seed, Date on, int right) {
  QF_TRY(edu::Attempt a, edu::start_attempt(conn, who, course, seed, ms_of(on, 10)));
  QF_TRY(auto bank_rows, conn.query("SELECT id, answer, kind FROM training_questions WHERE course_id = ?", {course}));
  std::map<int64_t, std::pair<std::string, std::string>> key;
  for (const auto& r : bank_rows) key[r.i64("id")] = {r.text("answer"), r.text("kind")};
  std::map<int64_t, std::string> answers;
  int n = 0;
  for (const auto& q : a.questions) {
    const auto& [answer, kind] = key[q.id];
    std::string chosen = answer;
    if (n++ >= right) chosen = kind == "multiple" ? answer.substr(0, answer.size() - 1) : (answer == "A" ? "B" : "A");
    answers[q.id] = chosen;
  }
  QF_TRY(auto done, edu::submit_attempt(conn, who, a.id, answers, ms_of(on, 10) + 15 * 60000, on.year()));
  (void)done;
  return Status{};
}

Status fill(store::Connection& conn, int64_t now, int* out_courses, int* out_attempts) {
  QF_TRY(auto existing, conn.query_one("SELECT COUNT(*) AS n FROM training_courses"));
  if (existing.i64("n") > 0) return Status{};
  QF_TRY(auto jiwei, auth::find_by_username(conn, "jiwei"));
  if (!jiwei) return Status{};
  const Date today = Date::from_unix_ms(now);
  const int year = today.month() == 12 ? today.year() : today.year() - 1;
  auto clamp = [&](Date d) { return today < d ? today : d; };

  QF_TRY(auto acc_rows, conn.query("SELECT person_id FROM accounts WHERE person_id IS NOT NULL"));
  std::set<int64_t> account_people;
  for (const auto& r : acc_rows) account_people.insert(r.i64("person_id"));
  QF_TRY(auto people_rows, conn.query("SELECT id FROM people WHERE status = 'active' AND archived_at IS NULL "
                                      "ORDER BY joined_date DESC, id DESC"));
  std::vector<int64_t> recent;
  for (const auto& r : people_rows)
    if (!account_people.count(r.i64("id"))) recent.push_back(r.i64("id"));
  if (recent.size() < 22) return Status{};

  // 新入职人员廉政培训: the twelve most recently joined; automatic for later hires.
  edu::CourseInput ns;
  ns.kind = "new_staff";
  ns.title = fmt::format("{}年新入职人员廉政培训", year);
  ns.materials = kNewStaffMaterials;
  ns.question_count = 10;
  ns.pass_mark = 80;
  ns.retakes = 2;
  ns.auto_new_staff = true;
  ns.audience.person_ids.assign(recent.begin(), recent.begin() + 12);
  const Date ns_on = clamp(Date::from_ymd(year, 3, 2).value());
  QF_TRY(auto made_ns, edu::create_course(conn, ns, jiwei->id, ms_of(ns_on, 9)));
  const int64_t new_staff = made_ns.first;
  // New hires are the people added from now on (the demo's own people came before).
  QF_TRY_STATUS(conn.execute("UPDATE training_courses SET auto_since = ? WHERE id = ?", {now, new_staff}));
  auth::Principal committee;
  committee.person_id = std::nullopt;
  committee.permissions = {std::string(edu::kTrainingManage), std::string(edu::kTrainingTake)};
  committee.unit_wide = true;
  QF_TRY(auto n1, edu::add_questions(conn, committee, new_staff, inputs(new_staff_bank()), ms_of(ns_on, 9)));
  (void)n1;

  // 年轻干部廉洁从政专题培训: ten young people and the demo accounts' people.
  edu::CourseInput yc;
  yc.kind = "young_cadre";
  yc.title = fmt::format("{}年年轻干部廉洁从政专题培训", year);
  yc.materials = kYoungCadreMaterials;
  yc.question_count = 5;
  yc.pass_mark = 80;
  yc.retakes = 1;
  yc.audience.person_ids.assign(recent.begin() + 12, recent.begin() + 22);
  for (int64_t p : account_people) yc.audience.person_ids.push_back(p);
  const Date yc_on = clamp(Date::from_ymd(year, 9, 8).value());
  QF_TRY(auto made_yc, edu::create_course(conn, yc, jiwei->id, ms_of(yc_on, 9)));
  const int64_t young = made_yc.first;
  QF_TRY(auto n2, edu::add_questions(conn, committee, young, inputs(young_cadre_bank()), ms_of(yc_on, 9)));
  (void)n2;

  // Results: taken through the domain functions (the server's draw and scoring).
  int attempts = 0;
  uint64_t seed = 20260302;
  auto as_person = [](int64_t person) {
    auth::Principal p;
    p.person_id = person;
    p.permissions = {std::string(edu::kTrainingTake)};
    return p;
  };
  for (size_t k = 0; k < 12; ++k) {
    const auth::Principal who = as_person(recent[k]);
    const Date first = clamp(Date::from_ymd(year, 3 + static_cast<unsigned>(k % 6), 10 + static_cast<unsigned>(k)).value());
    switch (k % 4) {
      case 0:  // not started yet
        break;
      case 1:  // passed at once
        QF_TRY_STATUS(take(conn, who, new_staff, seed += 7919, first, 9));
        ++attempts;
        break;
      case 2:  // failed once (60), passed the retake (90)
        QF_TRY_STATUS(take(conn, who, new_staff, seed += 7919, first, 6));
        QF_TRY_STATUS(take(conn, who, new_staff, seed += 7919, clamp(first.add_days(7)), 9));
        attempts += 2;
        break;
      default:  // full marks
        QF_TRY_STATUS(take(conn, who, new_staff, seed += 7919, first, 10));
        ++attempts;
    }
  }
  for (size_t k = 12; k < 22; ++k) {
    const auth::Principal who = as_person(recent[k]);
    const Date on = clamp(Date::from_ymd(year, 9, 15 + static_cast<unsigned>(k - 12)).value());
    if (k % 3 == 0) continue;  // not started
    if (k % 3 == 1) {
      QF_TRY_STATUS(take(conn, who, young, seed += 7919, on, 5));
      ++attempts;
    } else {  // failed once (60), passed the retake
      QF_TRY_STATUS(take(conn, who, young, seed += 7919, on, 3));
      QF_TRY_STATUS(take(conn, who, young, seed += 7919, clamp(on.add_days(3)), 4));
      attempts += 2;
    }
  }
  *out_courses = 2;
  *out_attempts = attempts;
  return Status{};
}

}  // namespace

void demo_training(store::Database& db) {
  SystemClock clock;
  int courses = 0, attempts = 0;
  auto st = db.transaction([&](store::Connection& c) { return fill(c, clock.now_ms(), &courses, &attempts); });
  if (!st.ok()) fail(st.error());
  if (courses == 0) {
    std::cout << "\n培训课程已存在，未再添加演示培训数据。/ Training courses exist; no demo training added.\n";
    return;
  }
  std::cout << fmt::format(
      "\n廉政培训与测试 / Training: {} 门课程（新入职人员廉政培训题库24题、年轻干部培训题库10题）、{} 次测试"
      " / {} courses (banks of 24 and 10 questions), {} quiz attempts\n",
      courses, attempts, courses, attempts);
}

QF_REGISTER_DEMO(62, "training", [](DemoContext& d) { demo_training(d.db); });

}  // namespace qf::cli
