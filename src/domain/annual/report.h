#pragma once
// The annual work report (党风廉政建设工作报告 / 工作总结): a template the discipline
// committee edits — fixed paragraphs as text, figure fields {{code}} filled from the
// records (figures.h) — saved as drafts, then finalised: numbered within its year and
// archived with the filled text frozen. The structure of the default template follows
// the bureau's own report (../shared/seed): 一、 the year's work told in figures; 二、
// and 三、 free text, 三's tasks drawn from next year's duty work points.
//
// Fields: {{<figure code>}} the count ("（暂无数据）" when nothing provides it),
// {{<figure code>.previous}} last year's, {{year}}, {{next_year}}, {{unit}} and
// {{duty.next_year_points}} — next year's work points, one "（一）…" paragraph each.
// An unknown field is refused when the draft is saved, naming it.
//
// Paragraph levels (GB/T 9704-2012 headings): a line beginning 一、 … 十、 is level 1
// (黑体), （一） level 2 (楷体), 1. / 1． level 3, （1） level 4 (仿宋); other lines are
// body text. Levels 2–4 put the heading sentence (up to the first 。) in the heading
// font and the rest in the body font.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/annual/figures.h"
#include "store/database.h"

namespace qf::annual {

struct AnnualReport {
  int64_t id = 0;
  int year = 0;
  std::string title;
  std::string unit_name;
  std::string issue_date;  // YYYY-MM-DD (成文日期)
  std::string body;        // the template text
  std::string status;      // draft | final
  std::optional<int64_t> seq;
  std::string number;      // final: 〔2026〕年度报告第1号 (the archive number)
  // The official-document header (GB/T 9704-2012 版头, 版记), copied from the template
  // when the draft is made and edited per report.
  std::string organ_mark;     // 发文机关标志: "中共××局纪律检查委员会文件"
  std::string number_prefix;  // 发文字号 prefix: "×纪" → ×纪〔2026〕3号
  std::string copy_to;        // 抄送 ("" = no 抄送 line)
  std::string printer;        // 印发机关
  std::string doc_number;     // final: the 发文字号 (prefix〔year〕seq号), frozen
  std::string rendered;    // final: the filled text, frozen
  int64_t version = 1;
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> finalized_at;
};

struct Paragraph {
  int level = 0;          // 0 body, 1..4 headings
  std::string heading;    // levels 2–4: the heading sentence (incl. its 。); level 1: the whole line
  std::string text;       // the rest (body font)
};

std::string default_title(int year);
std::string default_template(int year);
// The fields a body uses, in order of appearance (without braces).
std::vector<std::string> fields_of(const std::string& body);
// kInvalid naming "body" and the first unknown field, if any.
Status check_fields(const std::string& body);
// The body with every field filled for `year` (figures over ctx).
Result<std::string> fill(const std::string& body, FigureContext& ctx, int year, const std::string& unit);
std::vector<Paragraph> paragraphs(const std::string& filled);
// "2026年12月31日" from "2026-12-31".
std::string chinese_date(const std::string& iso);
std::string report_number(int year, int64_t seq);
// The 发文字号 of GB/T 9704-2012 §7.2.4: prefix, the year in 〔〕, the sequence number
// without 第 and without leading zeros, then 号: "×纪〔2026〕3号".
std::string document_number(const std::string& prefix, int year, int64_t seq);

// ---- the bureau-wide template (one, edited by the discipline committee) -----------------
struct ReportTemplate {
  std::string title;  // may use {{year}} and {{next_year}}
  std::string body;
  std::string organ_mark, number_prefix, copy_to, printer;
  int64_t version = 0;  // 0 = never saved: the built-in default
  int64_t updated_at = 0;
};
// The built-in default for a bureau named `unit`.
ReportTemplate default_report_template(const std::string& unit);
// The stored template, or the built-in default when none was saved.
Result<ReportTemplate> get_template(store::Connection& conn, const std::string& unit);
// Saves the template when `t.version` is the version read (0 = the default was read);
// kInvalid naming the field (unknown fields in title or body), kConflict
// annual.stale_version.
Status save_template(store::Connection& conn, const ReportTemplate& t, int64_t account, int64_t now_ms);
// The title with {{year}} / {{next_year}} filled.
std::string template_title(const std::string& title, int year);

// ---- store (caller's transaction) -----------------------------------------------------
Result<std::vector<AnnualReport>> list_reports(store::Connection& conn);
Result<std::optional<AnnualReport>> get_report(store::Connection& conn, int64_t id);
// kConflict annual.draft_exists when the year already has a draft.
// The draft starts from `tpl` (the bureau-wide template): title, body and header copied.
Result<int64_t> create_report(store::Connection& conn, int year, const std::string& unit_name,
                              const std::string& issue_date, const ReportTemplate& tpl, int64_t account,
                              int64_t now_ms);
struct ReportEdit {
  std::string title, unit_name, issue_date, body;
  std::string organ_mark, number_prefix, copy_to, printer;
  int64_t version = 0;
};
// kConflict annual.final_readonly / annual.stale_version; kInvalid naming the field.
Status update_report(store::Connection& conn, const AnnualReport& current, const ReportEdit& e, int64_t account,
                     int64_t now_ms);
Result<std::string> finalize_report(store::Connection& conn, const AnnualReport& current, int64_t version,
                                    const std::string& rendered, int64_t account, int64_t now_ms);

}  // namespace qf::annual
