// The annual work report: see report.h.
#include "domain/annual/report.h"

#include <fmt/format.h>

#include <set>

namespace qf::annual {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

const std::vector<std::string>& cn_numerals() {
  static const std::vector<std::string> n = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
                                             "十一", "十二", "十三", "十四", "十五"};
  return n;
}

// The length of a heading marker at the start of `line` and its level, or 0.
std::pair<size_t, int> marker(std::string_view line) {
  for (const auto& n : cn_numerals()) {
    if (starts_with(line, n + "、")) return {n.size() + 3, 1};
    if (starts_with(line, "（" + n + "）")) return {n.size() + 6, 2};
  }
  size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i > 0 && i < line.size()) {
    if (line[i] == '.') return {i + 1, 3};
    if (starts_with(line.substr(i), "．")) return {i + 3, 3};
  }
  if (starts_with(line, "（") || starts_with(line, "(")) {
    size_t open = starts_with(line, "（") ? 3 : 1;
    size_t j = open;
    while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
    if (j > open) {
      if (starts_with(line.substr(j), "）")) return {j + 3, 4};
      if (starts_with(line.substr(j), ")")) return {j + 1, 4};
    }
  }
  return {0, 0};
}

Result<AnnualReport> report_of(const store::Row& r) {
  AnnualReport a;
  a.id = r.i64("id");
  a.year = static_cast<int>(r.i64("year"));
  a.title = r.text("title");
  a.unit_name = r.text("unit_name");
  a.issue_date = r.text("issue_date");
  a.body = r.text("body");
  a.status = r.text("status");
  a.seq = r.opt_i64("seq");
  a.number = r.opt_text("number").value_or("");
  a.rendered = r.opt_text("rendered").value_or("");
  a.organ_mark = r.text("organ_mark");
  a.number_prefix = r.text("number_prefix");
  a.copy_to = r.text("copy_to");
  a.printer = r.text("printer");
  a.doc_number = r.opt_text("doc_number").value_or("");
  a.version = r.i64("version");
  a.created_at = r.i64("created_at");
  a.updated_at = r.i64("updated_at");
  a.finalized_at = r.opt_i64("finalized_at");
  return a;
}

std::string fmt_value(const FigureValue& v) {
  return v.count ? std::to_string(*v.count) : std::string("（暂无数据）");
}

}  // namespace

std::string default_title(int year) { return fmt::format("关于{}年度党风廉政建设工作情况的报告", year); }

std::string default_template(int year) {
  (void)year;
  return R"(一、{{year}}年党风廉政建设取得积极进展
{{year}}年，局党委坚持以习近平新时代中国特色社会主义思想为指导，以政治建设为统领，推进全面从严治党，严明政治纪律和政治规矩，持之以恒正风肃纪反腐，党风廉政建设取得新成效。
（一）加强党的创新理论武装，增强全面从严治党政治自觉。局党委坚持把学习习近平总书记重要讲话和指示批示精神作为首要政治任务和第一议题，通过专题学习、专题辅导、研讨交流等方式深入学习，全年党委理论中心组学习{{education.study_sessions}}次，党员领导干部领学交流{{education.lead_study}}人次。
（二）突出政治引领，强化责任落实。党委严格落实主体责任，纪委严格履行监督责任。印发党建和纪检工作要点{{duty.work_points}}条，细化分解年度任务{{duty.tasks}}项，已完成{{duty.tasks_done}}项，压实各级责任。
（三）坚持问题导向，切实纠“四风”转作风树新风。聚焦问题隐患，组织开展专项监督检查{{inspections.checks}}次，发现问题{{inspections.items}}个，已整改销号{{inspections.items_closed}}个。
（四）注重加强日常教育监督，强化执纪问责。充分运用监督执纪“第一种形态”，全年开展廉政谈话{{talks.total}}次、{{talks.people}}人次，其中新提拔（转任）干部集体廉政谈话{{talks.collective_sessions}}次、{{talks.collective_new_cadre}}人次。加强廉政风险防控，各部门排查廉政风险点{{risk.points}}个，其中一级风险点{{risk.points_high}}个。与兄弟单位开展廉政共建活动{{coop.activities}}次，廉政信息双向通报{{coop.notices}}份。严格执行干部兼职、因私出国（境）、领导干部亲属经商办企业等相关规定，全年审批因私出国（境）{{approvals.trips}}件、兼职{{approvals.side_jobs}}件、亲属经商办企业{{approvals.family_business}}件。加强廉政警示教育，组织学习警示教育通报{{education.warning_notices}}期，典型案例{{education.typical_cases}}个。领导干部报告个人有关事项{{declarations.submitted}}份。受理信访举报{{reports.received}}件。坚持执纪务必从严，{{year}}年共收到问题线索{{clues.received}}个，处置问题线索{{clues.disposed}}个，运用第一种形态{{forms.first}}人次，对{{talks.admonishment}}人进行诫勉谈话。
二、深刻领会党风廉政建设面临的新任务新要求
（一）深刻认识全面从严治党取得的历史性成就，更加坚定必胜信心。（此段由纪委撰写。）
（二）清醒认识我局党风廉政建设存在的差距和不足。（此段由纪委撰写。）
三、{{next_year}}年工作任务
{{next_year}}年我局党风廉政建设工作要坚持严的主基调不动摇，坚持不懈把全面从严治党向纵深推进，重点抓好以下几个方面工作。
{{duty.next_year_points}}
同志们，全面从严治党永远在路上，我们要紧紧扭住全面从严治党不放松，以党风廉政建设新成效促进和保障各项事业高质量发展。)";
}

std::vector<std::string> fields_of(const std::string& body) {
  std::vector<std::string> out;
  size_t pos = 0;
  while ((pos = body.find("{{", pos)) != std::string::npos) {
    size_t end = body.find("}}", pos + 2);
    if (end == std::string::npos) {
      out.push_back(body.substr(pos + 2));  // unclosed: reported as unknown
      break;
    }
    out.push_back(body.substr(pos + 2, end - pos - 2));
    pos = end + 2;
  }
  return out;
}

namespace {
bool known_field(const std::string& f) {
  static const std::set<std::string> fixed = {"year", "next_year", "unit", "duty.next_year_points"};
  if (fixed.count(f)) return true;
  std::string code = f;
  const std::string prev = ".previous";
  if (code.size() > prev.size() && code.compare(code.size() - prev.size(), prev.size(), prev) == 0)
    code.resize(code.size() - prev.size());
  return find_figure(code).has_value();
}
}  // namespace

Status check_fields(const std::string& body) {
  for (const auto& f : fields_of(body)) {
    if (!known_field(f)) {
      return Error::invalid("annual.unknown_field", fmt::format("正文中的字段 {{{{{}}}}} 不存在", f),
                            fmt::format("The body uses an unknown field {{{{{}}}}}", f), "body");
    }
  }
  return Status{};
}

Result<std::string> fill(const std::string& body, FigureContext& ctx, int year, const std::string& unit) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = body.find("{{", pos);
    if (open == std::string::npos) {
      out += body.substr(pos);
      break;
    }
    size_t close = body.find("}}", open + 2);
    if (close == std::string::npos) {
      out += body.substr(pos);
      break;
    }
    out += body.substr(pos, open - pos);
    std::string f = body.substr(open + 2, close - open - 2);
    pos = close + 2;
    if (f == "year") {
      out += std::to_string(year);
    } else if (f == "next_year") {
      out += std::to_string(year + 1);
    } else if (f == "unit") {
      out += unit;
    } else if (f == "duty.next_year_points") {
      QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, "annual/work_points"), {int64_t{year + 1}}));
      if (rows.empty()) {
        out += fmt::format("（{}年工作要点尚未部署。）", year + 1);
      } else {
        for (size_t i = 0; i < rows.size(); ++i) {
          std::string title = rows[i].text("title");
          if (title.size() < 3 || title.substr(title.size() - 3) != "。") title += "。";
          if (i > 0) out += "\n";
          out += fmt::format("（{}）{}", i < cn_numerals().size() ? cn_numerals()[i] : std::to_string(i + 1), title);
        }
      }
    } else {
      std::string code = f;
      int y = year;
      const std::string prev = ".previous";
      if (code.size() > prev.size() && code.compare(code.size() - prev.size(), prev.size(), prev) == 0) {
        code.resize(code.size() - prev.size());
        y = year - 1;
      }
      auto def = find_figure(code);
      if (!def) {
        return Error::invalid("annual.unknown_field", fmt::format("正文中的字段 {{{{{}}}}} 不存在", f),
                              fmt::format("The body uses an unknown field {{{{{}}}}}", f), "body");
      }
      QF_TRY(FigureValue v, evaluate(*def, ctx, y));
      out += fmt_value(v);
    }
  }
  return out;
}

std::vector<Paragraph> paragraphs(const std::string& filled) {
  std::vector<Paragraph> out;
  size_t pos = 0;
  while (pos <= filled.size()) {
    size_t nl = filled.find('\n', pos);
    std::string line = filled.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    pos = nl == std::string::npos ? filled.size() + 1 : nl + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    size_t lead = 0;
    while (lead < line.size() && line[lead] == ' ') ++lead;
    while (starts_with(std::string_view(line).substr(lead), "　")) lead += 3;  // full-width spaces
    line = line.substr(lead);
    if (line.empty()) continue;
    Paragraph p;
    auto [len, level] = marker(line);
    p.level = level;
    if (level == 1) {
      p.heading = line;
    } else if (level >= 2) {
      size_t stop = line.find("。", len);
      if (stop == std::string::npos) {
        p.heading = line;
      } else {
        p.heading = line.substr(0, stop + 3);
        p.text = line.substr(stop + 3);
      }
    } else {
      p.text = line;
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::string chinese_date(const std::string& iso) {
  auto d = Date::parse(iso);
  if (!d.ok()) return iso;
  int y = d->year();
  unsigned m = std::stoi(iso.substr(5, 2)), day = std::stoi(iso.substr(8, 2));
  return fmt::format("{}年{}月{}日", y, m, day);
}

std::string report_number(int year, int64_t seq) { return fmt::format("〔{}〕年度报告第{}号", year, seq); }

std::string document_number(const std::string& prefix, int year, int64_t seq) {
  return fmt::format("{}〔{}〕{}号", prefix, year, seq);
}

namespace {
size_t chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}
// The header fields (版头, 版记) of a template or a report, each naming its field.
Status check_header(const std::string& organ_mark, const std::string& prefix, const std::string& copy_to,
                    const std::string& printer) {
  if (organ_mark.empty())
    return Error::invalid("annual.invalid", "请填写发文机关标志（如“中共××局纪律检查委员会文件”）",
                          "organ_mark (the issuing-organ mark) is required", "organ_mark");
  if (chars(organ_mark) > 24)
    return Error::invalid("annual.invalid", "发文机关标志不超过24个字", "organ_mark must be at most 24 characters",
                          "organ_mark");
  if (prefix.empty())
    return Error::invalid("annual.invalid", "请填写发文字号的机关代字（如“×纪”）",
                          "number_prefix (the organ code of the document number) is required", "number_prefix");
  if (chars(prefix) > 12 || prefix.find("〔") != std::string::npos || prefix.find("〕") != std::string::npos ||
      prefix.find("号") != std::string::npos || prefix.find_first_of("0123456789") != std::string::npos)
    return Error::invalid("annual.invalid", "机关代字不超过12个字，不含年份、〔〕、数字和“号”（发文字号由系统编排：代字〔年份〕序号号）",
                          "number_prefix: at most 12 characters, without the year, 〔〕, digits or 号 (the number is "
                          "laid out as prefix〔year〕n号)",
                          "number_prefix");
  if (chars(copy_to) > 200)
    return Error::invalid("annual.invalid", "抄送机关不超过200个字", "copy_to must be at most 200 characters", "copy_to");
  if (printer.empty())
    return Error::invalid("annual.invalid", "请填写印发机关", "printer (the printing office) is required", "printer");
  if (chars(printer) > 30)
    return Error::invalid("annual.invalid", "印发机关不超过30个字", "printer must be at most 30 characters", "printer");
  return Status{};
}
}  // namespace

ReportTemplate default_report_template(const std::string& unit) {
  ReportTemplate t;
  t.title = "关于{{year}}年度党风廉政建设工作情况的报告";
  t.body = default_template(0);
  t.organ_mark = unit + "文件";
  t.number_prefix = "纪";
  t.printer = unit + "办公室";
  return t;
}

std::string template_title(const std::string& title, int year) {
  std::string out = title;
  for (const auto& [f, v] : {std::pair<std::string, std::string>{"{{year}}", std::to_string(year)},
                             {"{{next_year}}", std::to_string(year + 1)}}) {
    size_t pos;
    while ((pos = out.find(f)) != std::string::npos) out.replace(pos, f.size(), v);
  }
  return out;
}

Result<ReportTemplate> get_template(store::Connection& conn, const std::string& unit) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "annual/template_get")));
  if (rows.empty()) return default_report_template(unit);
  const auto& r = rows[0];
  ReportTemplate t;
  t.title = r.text("title");
  t.body = r.text("body");
  t.organ_mark = r.text("organ_mark");
  t.number_prefix = r.text("number_prefix");
  t.copy_to = r.text("copy_to");
  t.printer = r.text("printer");
  t.version = r.i64("version");
  t.updated_at = r.i64("updated_at");
  return t;
}

Status save_template(store::Connection& conn, const ReportTemplate& t, int64_t account, int64_t now_ms) {
  if (t.title.empty()) return Error::invalid("annual.invalid", "请填写标题", "title is required", "title");
  for (const auto& f : fields_of(t.title)) {
    if (f != "year" && f != "next_year")
      return Error::invalid("annual.unknown_field", fmt::format("标题中只能使用 {{{{year}}}}、{{{{next_year}}}}，不能使用 {{{{{}}}}}", f),
                            fmt::format("The title may use only {{{{year}}}} and {{{{next_year}}}}, not {{{{{}}}}}", f),
                            "title");
  }
  if (t.body.empty()) return Error::invalid("annual.invalid", "请填写正文", "body is required", "body");
  QF_TRY_STATUS(check_fields(t.body));
  QF_TRY_STATUS(check_header(t.organ_mark, t.number_prefix, t.copy_to, t.printer));
  int64_t n = 0;
  if (t.version == 0) {
    QF_TRY(auto rows, conn.query(store::sql(conn, "annual/template_get")));
    if (rows.empty()) {
      QF_TRY(n, conn.execute(store::sql(conn, "annual/template_insert"),
                             {t.title, t.body, t.organ_mark, t.number_prefix, t.copy_to, t.printer, account, now_ms}));
    }
  } else {
    QF_TRY(n, conn.execute(store::sql(conn, "annual/template_update"),
                           {t.title, t.body, t.organ_mark, t.number_prefix, t.copy_to, t.printer, account, now_ms,
                            t.version}));
  }
  if (n != 1) {
    return Error::make(ErrorKind::kConflict, "annual.stale_version", "模板已被他人修改，请刷新后再保存",
                       "The template was changed by someone else; reload it and save again", "version");
  }
  return Status{};
}

Result<std::vector<AnnualReport>> list_reports(store::Connection& conn) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "annual/report_list")));
  std::vector<AnnualReport> out;
  for (const auto& r : rows) {
    QF_TRY(AnnualReport a, report_of(r));
    out.push_back(std::move(a));
  }
  return out;
}

Result<std::optional<AnnualReport>> get_report(store::Connection& conn, int64_t id) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "annual/report_get"), {id}));
  if (rows.empty()) return std::optional<AnnualReport>{};
  QF_TRY(AnnualReport a, report_of(rows[0]));
  return std::optional<AnnualReport>{std::move(a)};
}

Result<int64_t> create_report(store::Connection& conn, int year, const std::string& unit_name,
                              const std::string& issue_date, const ReportTemplate& tpl, int64_t account,
                              int64_t now_ms) {
  QF_TRY(auto drafts, conn.query(store::sql(conn, "annual/report_draft_of_year"), {int64_t{year}}));
  if (!drafts.empty()) {
    return Error::make(ErrorKind::kConflict, "annual.draft_exists",
                       fmt::format("{}年度已有一份草稿（编号 {}），请在草稿上修改", year, drafts[0].i64("id")),
                       fmt::format("Year {} already has a draft (id {}); edit that draft", year, drafts[0].i64("id")),
                       "year");
  }
  QF_TRY(auto row, conn.query_one(store::sql(conn, "annual/report_insert"),
                                  {int64_t{year}, template_title(tpl.title, year), unit_name, issue_date, tpl.body,
                                   tpl.organ_mark, tpl.number_prefix, tpl.copy_to, tpl.printer, account, now_ms,
                                   account, now_ms}));
  return row.i64("id");
}

Status update_report(store::Connection& conn, const AnnualReport& current, const ReportEdit& e, int64_t account,
                     int64_t now_ms) {
  if (current.status != "draft") {
    return Error::make(ErrorKind::kConflict, "annual.final_readonly", "定稿已编号归档，不能修改",
                       "A final version is numbered and archived; it cannot be changed");
  }
  if (e.title.empty()) return Error::invalid("annual.invalid", "请填写标题", "title is required", "title");
  if (e.unit_name.empty()) return Error::invalid("annual.invalid", "请填写发文机关署名", "unit_name is required", "unit_name");
  if (auto d = Date::parse(e.issue_date); !d.ok())
    return Error::invalid("annual.invalid", "成文日期应为 YYYY-MM-DD", "issue_date must be YYYY-MM-DD", "issue_date");
  if (e.body.empty()) return Error::invalid("annual.invalid", "请填写正文", "body is required", "body");
  QF_TRY_STATUS(check_fields(e.body));
  QF_TRY_STATUS(check_header(e.organ_mark, e.number_prefix, e.copy_to, e.printer));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "annual/report_update"),
                                 {e.title, e.unit_name, e.issue_date, e.body, e.organ_mark, e.number_prefix, e.copy_to,
                                  e.printer, account, now_ms, current.id, e.version}));
  if (n != 1) {
    return Error::make(ErrorKind::kConflict, "annual.stale_version", "报告已被他人修改，请刷新后再保存",
                       "The report was changed by someone else; reload it and save again", "version");
  }
  return Status{};
}

Result<std::string> finalize_report(store::Connection& conn, const AnnualReport& current, int64_t version,
                                    const std::string& rendered, int64_t account, int64_t now_ms) {
  if (current.status != "draft") {
    return Error::make(ErrorKind::kConflict, "annual.final_readonly", "定稿已编号归档，不能再次定稿",
                       "This version is already final");
  }
  QF_TRY(auto row, conn.query_one(store::sql(conn, "annual/report_max_seq"), {int64_t{current.year}}));
  int64_t seq = row.i64("n") + 1;
  std::string number = report_number(current.year, seq);
  // A report made before the header existed (migration 0034) has no prefix: the
  // built-in default's.
  const std::string prefix = current.number_prefix.empty() ? default_report_template("").number_prefix : current.number_prefix;
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "annual/report_finalize"),
                                 {seq, number, document_number(prefix, current.year, seq), rendered, account, now_ms,
                                  now_ms, current.id, version}));
  if (n != 1) {
    return Error::make(ErrorKind::kConflict, "annual.stale_version", "报告已被他人修改，请刷新后再定稿",
                       "The report was changed by someone else; reload it and finalise again", "version");
  }
  return number;
}

}  // namespace qf::annual
