// The annual report as a GB/T 9704 PDF: see pdf.h.
#include "domain/annual/pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>
#include <fontconfig/fontconfig.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <mutex>

namespace qf::annual {

const PdfFonts& pdf_fonts() {
  static const PdfFonts f{
      {"方正小标宋简体", "Noto Serif CJK SC", true, "fonts-noto-cjk"},
      {"仿宋_GB2312", "AR PL UMing CN", false, "fonts-arphic-uming"},
      {"黑体", "Noto Sans CJK SC", false, "fonts-noto-cjk"},
      {"楷体_GB2312", "AR PL UKai CN", false, "fonts-arphic-ukai"},
      {"宋体", "Noto Serif CJK SC", false, "fonts-noto-cjk"},
  };
  return f;
}

namespace {

using namespace pdf9704;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Whether fontconfig has the family itself (not a fallback it would substitute).
bool font_installed(const std::string& family) {
  static std::mutex mu;
  std::lock_guard lock(mu);
  FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(family.c_str()));
  if (!pat) return false;
  FcConfigSubstitute(nullptr, pat, FcMatchPattern);
  FcDefaultSubstitute(pat);
  FcResult res = FcResultNoMatch;
  FcPattern* match = FcFontMatch(nullptr, pat, &res);
  bool ok = false;
  if (match) {
    FcChar8* got = nullptr;
    for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &got) == FcResultMatch; ++i)
      if (got && lower(reinterpret_cast<const char*>(got)) == lower(family)) ok = true;
    FcPatternDestroy(match);
  }
  FcPatternDestroy(pat);
  return ok;
}

std::string esc(const std::string& s) {
  gchar* e = g_markup_escape_text(s.c_str(), static_cast<gssize>(s.size()));
  std::string out(e);
  g_free(e);
  return out;
}

// A span in `font` at `size` pt (Pango markup; sizes in 1/1024 pt).
std::string span(const PdfFont& font, double size, const std::string& text) {
  return fmt::format(R"(<span font_family="{}" font_weight="{}" size="{}">{}</span>)", esc(font.family),
                     font.bold ? "bold" : "normal", static_cast<int>(size * PANGO_SCALE), esc(text));
}

// A layout in points: 72 units an inch (Pango's default for Cairo is 96), metrics not
// hinted, so a 16 pt character advances 16 pt and lines measure as the page does.
PangoLayout* make_layout(cairo_t* cr) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoContext* pc = pango_layout_get_context(layout);
  pango_cairo_context_set_resolution(pc, 72.0);
  cairo_font_options_t* fo = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(pc, fo);
  cairo_font_options_destroy(fo);
  pango_layout_context_changed(layout);
  return layout;
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Draws lines onto the 22-line grid of the type area, page after page.
class GridWriter {
 public:
  explicit GridWriter(cairo_t* cr) : cr_(cr) {}

  enum class Align { kJustify, kCentre, kRight };
  struct Block {
    std::string markup;
    Align align = Align::kJustify;
    double indent = 0;        // first line, pt
    double right_inset = 0;   // pt kept free at the right
    double letter_spacing = 0;
  };

  void blank() {
    if (line_ == kLinesPerPage) next_page();
    ++line_;
  }

  void put(const Block& b) {
    PangoLayout* layout = make_layout(cr_);
    const double width = kTypeWidth - b.right_inset;
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_indent(layout, static_cast<int>(b.indent * PANGO_SCALE));
    pango_layout_set_alignment(layout, b.align == Align::kCentre  ? PANGO_ALIGN_CENTER
                                       : b.align == Align::kRight ? PANGO_ALIGN_RIGHT
                                                                  : PANGO_ALIGN_LEFT);
    pango_layout_set_justify(layout, b.align == Align::kJustify);
    std::string markup = b.markup;
    if (b.letter_spacing != 0)
      markup = fmt::format(R"(<span letter_spacing="{}">{}</span>)", static_cast<int>(b.letter_spacing * PANGO_SCALE),
                           markup);
    pango_layout_set_markup(layout, markup.c_str(), -1);
    PangoLayoutIter* it = pango_layout_get_iter(layout);
    do {
      if (line_ == kLinesPerPage) next_page();
      PangoRectangle ink, logical;
      pango_layout_iter_get_line_extents(it, &ink, &logical);
      const double line_h = static_cast<double>(logical.height) / PANGO_SCALE;
      const double baseline_in_line = static_cast<double>(pango_layout_iter_get_baseline(it) - logical.y) / PANGO_SCALE;
      const double top = kMarginTop + line_ * kLinePitch;
      const double baseline = top + (kLinePitch - line_h) / 2 + baseline_in_line;
      last_ink_bottom_ = top + (kLinePitch - line_h) / 2 + static_cast<double>(ink.y + ink.height - logical.y) / PANGO_SCALE;
      cairo_move_to(cr_, kMarginLeft + static_cast<double>(logical.x) / PANGO_SCALE, baseline);
      pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
      ++line_;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    g_object_unref(layout);
  }

  void finish() { page_number(); }
  int pages() const { return page_; }
  int line() const { return line_; }
  // Moves to grid line `k` of this page (never backwards).
  void move_to_line(int k) { line_ = std::max(line_, std::min(k, kLinesPerPage)); }
  // The bottom of the ink of the last line put (pt from the page's top).
  double last_ink_bottom() const { return last_ink_bottom_; }
  // The first grid line whose top is at least `y` (pt from the page's top).
  static int line_at_or_below(double y) {
    return static_cast<int>(std::ceil((y - kMarginTop) / kLinePitch - 1e-6));
  }
  // 版记 (GB/T 9704-2012 §7.4) at the foot of this page, or of a new one when the text
  // reaches into its rows: rows of 28 pt ending on the bottom edge of the type area,
  // 抄送 (when any) over 印发机关 … 印发日期 in 四号, one character in at both sides; a thick
  // rule (0.35 mm) over the first row, a thin one (0.25 mm) between, a thick one on the
  // bottom edge.
  void record(const PdfFont& font, const std::string& copy_to, const std::string& printer, const std::string& date) {
    const int rows = copy_to.empty() ? 1 : 2;
    const double bottom = kMarginTop + kTypeHeight;
    const double block_top = bottom - rows * kLinePitch;
    if (kMarginTop + line_ * kLinePitch > block_top + 0.01) next_page();
    line_ = kLinesPerPage;
    auto text_at = [&](const std::string& text, double row_top, bool right) {
      PangoLayout* layout = make_layout(cr_);
      pango_layout_set_markup(layout, span(font, kPageNumberSize, text).c_str(), -1);
      PangoRectangle logical;
      pango_layout_get_extents(layout, nullptr, &logical);
      const double w = static_cast<double>(logical.width) / PANGO_SCALE;
      const double h = static_cast<double>(logical.height) / PANGO_SCALE;
      const double x = right ? kMarginLeft + kTypeWidth - kPageNumberSize - w : kMarginLeft + kPageNumberSize;
      cairo_move_to(cr_, x, row_top + (kLinePitch - h) / 2);
      pango_cairo_show_layout(cr_, layout);
      g_object_unref(layout);
    };
    auto rule = [&](double y, double width_mm) {
      cairo_set_line_width(cr_, width_mm * kMm);
      cairo_move_to(cr_, kMarginLeft, y);
      cairo_line_to(cr_, kMarginLeft + kTypeWidth, y);
      cairo_stroke(cr_);
    };
    double row = block_top;
    rule(row, 0.35);
    if (!copy_to.empty()) {
      std::string cc = copy_to;
      if (cc.size() < 3 || cc.substr(cc.size() - 3) != "。") cc += "。";
      text_at("抄送：" + cc, row, false);
      row += kLinePitch;
      rule(row, 0.25);
    }
    text_at(printer, row, false);
    text_at(date + "印发", row, true);
    rule(bottom, 0.35);
  }

 private:
  void next_page() {
    page_number();
    cairo_show_page(cr_);
    ++page_;
    line_ = 0;
  }
  // "— n —", 四号, its top 7 mm under the type area; odd pages right, even left, one
  // character in. Dash, number and dash are set half a character apart (a visible gap
  // that text extraction reads as a space, as in "— 1 —").
  void page_number() {
    const PdfFont& f = pdf_fonts().page_number;
    auto piece = [&](const std::string& text) {
      PangoLayout* layout = make_layout(cr_);
      pango_layout_set_markup(layout, span(f, kPageNumberSize, text).c_str(), -1);
      return layout;
    };
    PangoLayout* parts[3] = {piece("—"), piece(std::to_string(page_)), piece("—")};
    const double gap = kPageNumberSize / 2;
    double widths[3], width = 2 * gap, ink_top = 1e9;
    for (int i = 0; i < 3; ++i) {
      PangoRectangle ink, logical;
      pango_layout_get_extents(parts[i], &ink, &logical);
      widths[i] = static_cast<double>(logical.width) / PANGO_SCALE;
      width += widths[i];
      if (i == 1) ink_top = static_cast<double>(ink.y) / PANGO_SCALE;  // the digits' top
    }
    const double y = kMarginTop + kTypeHeight + 7 * kMm - ink_top;
    double x = page_ % 2 == 1 ? kMarginLeft + kTypeWidth - kPageNumberSize - width : kMarginLeft + kPageNumberSize;
    for (int i = 0; i < 3; ++i) {
      cairo_move_to(cr_, x, y);
      pango_cairo_show_layout(cr_, parts[i]);
      x += widths[i] + gap;
      g_object_unref(parts[i]);
    }
  }

  cairo_t* cr_;
  int line_ = 0;
  int page_ = 1;
  double last_ink_bottom_ = 0;
};

// The issuing-organ mark: 小标宋 (its substitute), red, centred, 初号 or smaller so it fits
// the line; its ink's top kOrganMarkTop under the type area's top. Answers its ink's bottom.
double organ_mark(cairo_t* cr, const PdfFont& font, const std::string& text) {
  PangoLayout* layout = make_layout(cr);
  double size = kOrganMarkSize;
  pango_layout_set_markup(layout, span(font, size, text).c_str(), -1);
  PangoRectangle ink, logical;
  pango_layout_get_extents(layout, &ink, &logical);
  const double width = static_cast<double>(logical.width) / PANGO_SCALE;
  if (width > kTypeWidth) {
    size = std::floor(size * kTypeWidth / width * 10) / 10;
    pango_layout_set_markup(layout, span(font, size, text).c_str(), -1);
    pango_layout_get_extents(layout, &ink, &logical);
  }
  const double w = static_cast<double>(logical.width) / PANGO_SCALE;
  const double ink_top = static_cast<double>(ink.y) / PANGO_SCALE;
  const double ink_h = static_cast<double>(ink.height) / PANGO_SCALE;
  const double top = kMarginTop + kOrganMarkTop;
  cairo_set_source_rgb(cr, 1, 0, 0);
  cairo_move_to(cr, kMarginLeft + (kTypeWidth - w) / 2, top - ink_top);
  pango_cairo_show_layout(cr, layout);
  cairo_set_source_rgb(cr, 0, 0, 0);
  g_object_unref(layout);
  return top + ink_h;
}

}  // namespace

std::vector<std::pair<PdfFont, bool>> pdf_font_status() {
  const auto& f = pdf_fonts();
  std::vector<std::pair<PdfFont, bool>> out;
  for (const PdfFont* p : {&f.title, &f.body, &f.heading1, &f.heading2, &f.page_number})
    out.emplace_back(*p, font_installed(p->family));
  return out;
}

Result<std::string> write_pdf(const OfficialDocument& doc) {
  // One document at a time: fontconfig's configuration and Pango's font maps are shared.
  static std::mutex render_mu;
  std::lock_guard render_lock(render_mu);
  for (const auto& [font, ok] : pdf_font_status()) {
    if (!ok)
      return Error::make(ErrorKind::kUnavailable, "annual.pdf_font_missing",
                         fmt::format("生成 PDF 所需字体“{}”（替代{}）未安装，请安装 Debian 软件包 {}", font.family,
                                     font.standard, font.package),
                         fmt::format("The PDF font \"{}\" (for {}) is not installed: install the Debian package {}",
                                     font.family, font.standard, font.package));
  }
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &out, kPageWidth, kPageHeight);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    return Error::internal("annual: cairo PDF surface");
  }
  cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, doc.unit_name.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "清风 Qingfeng");
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0, 0, 0);
  {
    const auto& f = pdf_fonts();
    // 28 三号 characters fill the 156 mm line: each advance is 156/28 mm.
    const double advance = kTypeWidth / kCharsPerLine;
    const double spacing = advance - kBodySize - 0.005;
    GridWriter w(cr);
    using B = GridWriter::Block;
    using A = GridWriter::Align;
    if (!doc.header.organ_mark.empty()) {
      // 版头 (GB/T 9704-2012 §7.2): the mark in red, its top 35 mm under the type area's top.
      const double mark_bottom = organ_mark(cr, f.title, doc.header.organ_mark);
      // The number two blank lines under the mark, centred, on the grid.
      w.move_to_line(GridWriter::line_at_or_below(mark_bottom + 2 * kLinePitch));
      const std::string number = doc.header.doc_number.empty() ? std::string(kDraftMark) : doc.header.doc_number;
      w.put(B{span(f.body, kBodySize, number), A::kCentre, 0, 0, 0});
      // The red rule 4 mm under the number, as wide as the type area.
      const double rule_y = w.last_ink_bottom() + kRuleGap;
      cairo_set_source_rgb(cr, 1, 0, 0);
      cairo_set_line_width(cr, kRuleWidth);
      cairo_move_to(cr, kMarginLeft, rule_y);
      cairo_line_to(cr, kMarginLeft + kTypeWidth, rule_y);
      cairo_stroke(cr);
      cairo_set_source_rgb(cr, 0, 0, 0);
      // The title two blank lines under the rule.
      w.move_to_line(GridWriter::line_at_or_below(rule_y + kRuleWidth / 2 + 2 * kLinePitch));
    }
    w.put(B{span(f.title, kTitleSize, doc.title), A::kCentre, 0, 0, 0});
    w.blank();
    for (const auto& p : doc.paragraphs) {
      std::string m;
      switch (p.level) {
        case 1: m = span(f.heading1, kBodySize, p.heading); break;
        case 2: m = span(f.heading2, kBodySize, p.heading) + span(f.body, kBodySize, p.text); break;
        case 3:
        case 4: m = span(f.body, kBodySize, p.heading) + span(f.body, kBodySize, p.text); break;
        default: m = span(f.body, kBodySize, p.text);
      }
      w.put(B{m, A::kJustify, 2 * advance, 0, spacing});
    }
    w.blank();
    w.blank();
    w.put(B{span(f.body, kBodySize, doc.unit_name), A::kRight, 0, 4 * advance, spacing});
    w.put(B{span(f.body, kBodySize, doc.date_zh), A::kRight, 0, 4 * advance, spacing});
    if (!doc.header.printer.empty())
      w.record(f.body, doc.header.copy_to, doc.header.printer, doc.header.print_date_zh);
    w.finish();
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t st = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (st != CAIRO_STATUS_SUCCESS) return Error::internal(std::string("annual: cairo PDF: ") + cairo_status_to_string(st));
  return out;
}

}  // namespace qf::annual
