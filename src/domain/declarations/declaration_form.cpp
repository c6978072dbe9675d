#include "domain/declarations/declaration_form.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

#include "core/calendar.h"
#include "core/resident_id.h"

namespace qf::declarations {
namespace {

Error form_error(const std::string& where, const std::string& what_zh, const std::string& what_en) {
  return Error::invalid("declaration.form", "报告表定义有误（" + where + "）：" + what_zh,
                        "The report form definition is wrong (" + where + "): " + what_en);
}

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool all_digits(const std::string& s, size_t from, size_t n) {
  if (s.size() < from + n) return false;
  for (size_t i = from; i < from + n; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}
bool upper_letter(char c) { return c >= 'A' && c <= 'Z'; }

// ≥ 0 with at most two decimals and at most `int_digits` digits before the point.
bool decimal(const std::string& s, size_t int_digits) {
  static const std::regex re(R"(^[0-9]+(\.[0-9]{1,2})?$)");
  if (!std::regex_match(s, re)) return false;
  const size_t dot = s.find('.');
  return (dot == std::string::npos ? s.size() : dot) <= int_digits;
}

const std::set<std::string> kTypes{"text", "choice", "date", "amount", "area", "resident_id", "passport", "permit"};
constexpr size_t kMaxText = 500;
constexpr size_t kMaxRows = 50;

std::string row_path(const FormItem& item, size_t row) {
  return "items." + item.code + "[" + std::to_string(row) + "]";
}

Error content_error(const FormItem& item, std::optional<size_t> row, const FormField* field, const std::string& zh,
                    const std::string& en) {
  std::string where_zh = "第" + item.no + "项「" + item.title_zh + "」";
  std::string where_en = "Item " + item.no + " \u201c" + item.title_en + "\u201d";
  std::string path = "items." + item.code;
  if (row) {
    where_zh += "第" + std::to_string(*row + 1) + "行";
    where_en += " row " + std::to_string(*row + 1);
    path = row_path(item, *row);
  }
  if (field) {
    where_zh += "「" + field->label_zh + "」";
    where_en += " \u201c" + field->label_en + "\u201d";
    path += "." + field->code;
  }
  return Error::invalid("declaration.invalid", where_zh + "：" + zh, where_en + ": " + en, path);
}

}  // namespace

const FormField* FormItem::field(const std::string& c) const {
  for (const auto& f : fields)
    if (f.code == c) return &f;
  return nullptr;
}

const FormItem* FormDef::item(const std::string& c) const {
  for (const auto& s : sections)
    for (const auto& i : s.items)
      if (i.code == c) return &i;
  return nullptr;
}

std::vector<const FormItem*> FormDef::items() const {
  std::vector<const FormItem*> out;
  for (const auto& s : sections)
    for (const auto& i : s.items) out.push_back(&i);
  return out;
}

Result<FormDef> parse_form(const std::string& text) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return form_error("JSON", "不是有效的 JSON 对象", "not a JSON object");
  FormDef f;
  f.revision = str(j, "revision");
  f.title_zh = str(j, "title_zh");
  f.title_en = str(j, "title_en");
  if (f.revision.empty()) return form_error("revision", "缺少版本号", "the revision is missing");
  if (!j.contains("sections") || !j["sections"].is_array() || j["sections"].empty())
    return form_error("sections", "缺少栏目", "no sections");
  std::set<std::string> codes;
  for (const auto& s : j["sections"]) {
    FormSection sec{str(s, "code"), str(s, "title_zh"), str(s, "title_en"), {}};
    if (!s.contains("items") || !s["items"].is_array()) return form_error(sec.code, "缺少事项", "no items");
    for (const auto& i : s["items"]) {
      FormItem item{str(i, "code"), str(i, "no"), str(i, "title_zh"), str(i, "title_en"), true, {}};
      if (item.code.empty() || item.title_zh.empty() || item.title_en.empty())
        return form_error(sec.code, "事项缺少代码或名称", "an item lacks its code or title");
      if (!codes.insert(item.code).second) return form_error(item.code, "事项代码重复", "item code repeated");
      if (i.contains("repeating") && i["repeating"].is_boolean()) item.repeating = i["repeating"].get<bool>();
      if (!i.contains("fields") || !i["fields"].is_array() || i["fields"].empty())
        return form_error(item.code, "事项没有栏目", "the item has no fields");
      std::set<std::string> fcodes;
      for (const auto& fj : i["fields"]) {
        FormField fld{str(fj, "code"), str(fj, "label_zh"), str(fj, "label_en"), str(fj, "type"), false, {}};
        if (fld.code.empty() || !fcodes.insert(fld.code).second)
          return form_error(item.code, "栏目代码缺失或重复", "a field code is missing or repeated");
        if (!kTypes.count(fld.type))
          return form_error(item.code + "." + fld.code, "未知栏目类型 " + fld.type, "unknown field type " + fld.type);
        fld.required = fj.value("required", false);
        if (fj.contains("options") && fj["options"].is_array())
          for (const auto& o : fj["options"]) fld.options.push_back(o.get<std::string>());
        if (fld.type == "choice" && fld.options.empty())
          return form_error(item.code + "." + fld.code, "选择栏目没有选项", "a choice field has no options");
        item.fields.push_back(std::move(fld));
      }
      sec.items.push_back(std::move(item));
    }
    f.sections.push_back(std::move(sec));
  }
  if (j.contains("handling_rules")) f.handling_rules = j["handling_rules"];
  f.raw = std::move(j);
  return f;
}

std::string normalise_document_number(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x80) {
      i += 2;  // U+3000 ideographic space
      continue;
    }
    if (std::isspace(c)) continue;
    out.push_back(static_cast<char>(std::toupper(c)));
  }
  return out;
}

// PRC passports: ordinary E + 8 digits, E + a letter + 7 digits (letters I and O are not
// used), G + 8 digits (before 2012); diplomatic/service/public-affairs D, S, P + 7 or 8 digits.
bool valid_passport_number(const std::string& s) {
  if (s.size() == 9 && s[0] == 'E' && all_digits(s, 1, 8)) return true;
  if (s.size() == 9 && s[0] == 'E' && upper_letter(s[1]) && s[1] != 'I' && s[1] != 'O' && all_digits(s, 2, 7))
    return true;
  if (s.size() == 9 && s[0] == 'G' && all_digits(s, 1, 8)) return true;
  if ((s.size() == 8 || s.size() == 9) && (s[0] == 'D' || s[0] == 'S' || s[0] == 'P') && all_digits(s, 1, s.size() - 1))
    return true;
  return false;
}
// 往来港澳通行证: C + 8 digits, or C + a letter + 7 digits.
bool valid_hk_macao_permit(const std::string& s) {
  if (s.size() != 9 || s[0] != 'C') return false;
  return all_digits(s, 1, 8) || (upper_letter(s[1]) && all_digits(s, 2, 7));
}
// 往来台湾通行证: L + 8 digits (card, since 2016) or 8 digits (booklet).
bool valid_taiwan_permit(const std::string& s) {
  return (s.size() == 9 && s[0] == 'L' && all_digits(s, 1, 8)) || (s.size() == 8 && all_digits(s, 0, 8));
}

std::optional<Problem> check_value(const FormField& f, const std::string& value, const std::string& row_kind) {
  if (value.size() > kMaxText) return Problem{"不能超过 500 个字节", "must not exceed 500 bytes"};
  if (f.type == "text") return std::nullopt;
  if (f.type == "choice") {
    if (std::find(f.options.begin(), f.options.end(), value) != f.options.end()) return std::nullopt;
    std::string opts;
    for (const auto& o : f.options) opts += (opts.empty() ? "" : "、") + o;
    return Problem{"应为以下之一：" + opts, "must be one of: " + opts};
  }
  if (f.type == "date") {
    if (Date::parse(value).ok()) return std::nullopt;
    return Problem{"应为日期，格式 YYYY-MM-DD，如 2026-01-31", "must be a date YYYY-MM-DD, e.g. 2026-01-31"};
  }
  if (f.type == "amount") {
    if (decimal(value, 13)) return std::nullopt;
    return Problem{"应为金额（元），不小于 0，最多两位小数，如 12345.67",
                   "must be an amount in yuan, not negative, at most two decimals, e.g. 12345.67"};
  }
  if (f.type == "area") {
    if (decimal(value, 9)) return std::nullopt;
    return Problem{"应为不小于 0 的数，最多两位小数，如 89.5", "must be a number not below 0 with at most two decimals, e.g. 89.5"};
  }
  if (f.type == "resident_id") {
    ResidentIdProblem p = ResidentIdProblem::kNone;
    auto id = ResidentId::parse(value, &p);
    if (id.valid()) return std::nullopt;
    if (p == ResidentIdProblem::kBadCheckDigit)
      return Problem{"身份证号校验码不正确（第18位），请核对",
                     "the check character (18th) of the resident ID number is wrong: please check the number"};
    return Problem{std::string("身份证号无效：") + resident_id_problem_zh(p) + "（应为18位，最后一位可为X）",
                   std::string("invalid resident ID number: ") + resident_id_problem_en(p) +
                       " (18 characters, the last may be X)"};
  }
  const std::string n = normalise_document_number(value);
  if (f.type == "passport") {
    if (valid_passport_number(n)) return std::nullopt;
    return Problem{"护照号码格式不正确：应为 E 加 8 位数字、E 加 1 个字母和 7 位数字，或 G 加 8 位数字（外交、公务护照为 D、S、P 加 7–8 位数字）",
                   "not a passport number: E + 8 digits, E + a letter + 7 digits, or G + 8 digits (diplomatic and "
                   "service passports D, S, P + 7–8 digits)"};
  }
  if (f.type == "permit") {
    const bool taiwan = row_kind.find("台湾") != std::string::npos;
    if (taiwan ? valid_taiwan_permit(n) : valid_hk_macao_permit(n)) return std::nullopt;
    if (taiwan)
      return Problem{"往来台湾通行证号码格式不正确：应为 L 加 8 位数字，或 8 位数字",
                     "not a Taiwan travel permit number: L + 8 digits, or 8 digits"};
    return Problem{"往来港澳通行证号码格式不正确：应为 C 加 8 位数字，或 C 加 1 个字母和 7 位数字",
                   "not a Hong Kong/Macao travel permit number: C + 8 digits, or C + a letter + 7 digits"};
  }
  return std::nullopt;
}

json empty_content() { return json{{"items", json::object()}, {"note", ""}}; }

Result<json> check_content(const FormDef& form, const json& content, bool complete) {
  if (!content.is_object())
    return Error::invalid("declaration.invalid", "报告内容应为对象", "The report content must be an object", "content");
  json out = empty_content();
  if (content.contains("note")) {
    if (!content["note"].is_string() || content["note"].get<std::string>().size() > 2000)
      return Error::invalid("declaration.invalid", "说明应为不超过 2000 字节的文字", "The note must be text of at most 2000 bytes",
                            "note");
    out["note"] = content["note"];
  }
  const json items = content.contains("items") ? content["items"] : json::object();
  if (!items.is_object())
    return Error::invalid("declaration.invalid", "items 应为对象", "items must be an object", "items");
  for (auto it = items.begin(); it != items.end(); ++it) {
    if (!form.item(it.key()))
      return Error::invalid("declaration.invalid", "报告表（" + form.revision + "）没有事项 " + it.key(),
                            "The form (" + form.revision + ") has no item " + it.key(), "items." + it.key());
  }
  for (const FormItem* item : form.items()) {
    auto found = items.find(item->code);
    if (found == items.end() || found->is_null()) {
      if (complete)
        return content_error(*item, std::nullopt, nullptr, "未填写：请填写，或勾选“无此类情况”",
                             "not answered: fill it in or tick \u201cnone\u201d");
      continue;
    }
    const json& answer = *found;
    if (!answer.is_object())
      return content_error(*item, std::nullopt, nullptr, "格式不正确", "malformed answer");
    const bool none = answer.value("none", false);
    json rows = answer.contains("rows") ? answer["rows"] : json::array();
    if (!rows.is_array()) return content_error(*item, std::nullopt, nullptr, "格式不正确", "malformed answer");
    if (none && !rows.empty())
      return content_error(*item, std::nullopt, nullptr, "已勾选“无此类情况”，却又填写了内容",
                           "marked \u201cnone\u201d but rows are filled in");
    if (!item->repeating && rows.size() > 1)
      return content_error(*item, std::nullopt, nullptr, "只能填写一行", "only one row is allowed");
    if (rows.size() > kMaxRows)
      return content_error(*item, std::nullopt, nullptr, "最多 50 行", "at most 50 rows");
    if (complete && !none && rows.empty())
      return content_error(*item, std::nullopt, nullptr, "未填写：请填写，或勾选“无此类情况”",
                           "not answered: fill it in or tick \u201cnone\u201d");
    json out_rows = json::array();
    for (size_t r = 0; r < rows.size(); ++r) {
      const json& row = rows[r];
      if (!row.is_object()) return content_error(*item, r, nullptr, "格式不正确", "malformed row");
      for (auto f = row.begin(); f != row.end(); ++f)
        if (!item->field(f.key()))
          return Error::invalid("declaration.invalid",
                                "第" + item->no + "项「" + item->title_zh + "」没有栏目 " + f.key(),
                                "Item " + item->no + " has no field " + f.key(), row_path(*item, r) + "." + f.key());
      const std::string row_kind = row.contains("kind") && row["kind"].is_string() ? row["kind"].get<std::string>() : "";
      json out_row = json::object();
      for (const FormField& fld : item->fields) {
        std::string v;
        if (row.contains(fld.code) && !row[fld.code].is_null()) {
          if (!row[fld.code].is_string())
            return content_error(*item, r, &fld, "应为文字", "must be text");
          v = row[fld.code].get<std::string>();
        }
        // Trim surrounding ASCII spaces.
        while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.pop_back();
        size_t lead = 0;
        while (lead < v.size() && std::isspace(static_cast<unsigned char>(v[lead]))) ++lead;
        v.erase(0, lead);
        if (v.empty()) {
          if (complete && fld.required) return content_error(*item, r, &fld, "必填", "is required");
          continue;
        }
        if (auto p = check_value(fld, v, row_kind)) return content_error(*item, r, &fld, p->zh, p->en);
        if (fld.type == "passport" || fld.type == "permit") v = normalise_document_number(v);
        if (fld.type == "resident_id") v = ResidentId::parse(v).str();
        out_row[fld.code] = v;
      }
      out_rows.push_back(std::move(out_row));
    }
    json out_answer = json::object();
    if (none) out_answer["none"] = true;
    else out_answer["rows"] = std::move(out_rows);
    out["items"][item->code] = std::move(out_answer);
  }
  return out;
}

json compare_content(const FormDef& form, const json& before, const json& after) {
  json result = json::array();
  auto answer_of = [](const json& c, const std::string& code) -> json {
    if (!c.is_object() || !c.contains("items") || !c["items"].contains(code)) return nullptr;
    return c["items"][code];
  };
  auto rows_of = [](const json& a) -> std::vector<json> {
    std::vector<json> out;
    if (a.is_object() && a.contains("rows"))
      for (const auto& r : a["rows"]) out.push_back(r);
    return out;
  };
  for (const FormItem* item : form.items()) {
    const json a = answer_of(before, item->code);
    const json b = answer_of(after, item->code);
    json changes = json::array();
    const bool a_none = a.is_object() && a.value("none", false);
    const bool b_none = b.is_object() && b.value("none", false);
    if (a.is_null() != b.is_null() || a_none != b_none) {
      changes.push_back({{"change", "answer"},
                         {"before", a.is_null() ? "unanswered" : (a_none ? "none" : "rows")},
                         {"after", b.is_null() ? "unanswered" : (b_none ? "none" : "rows")}});
    }
    std::vector<json> ra = rows_of(a), rb = rows_of(b);
    std::vector<bool> used_a(ra.size(), false), used_b(rb.size(), false);
    for (size_t j = 0; j < rb.size(); ++j)
      for (size_t i = 0; i < ra.size(); ++i)
        if (!used_a[i] && ra[i] == rb[j]) {
          used_a[i] = used_b[j] = true;
          break;
        }
    size_t i = 0;
    for (size_t j = 0; j < rb.size(); ++j) {
      if (used_b[j]) continue;
      while (i < ra.size() && used_a[i]) ++i;
      if (i < ra.size()) {
        json fields = json::array();
        for (const auto& f : item->fields)
          if (ra[i].value(f.code, std::string()) != rb[j].value(f.code, std::string())) fields.push_back(f.code);
        changes.push_back({{"change", "changed"}, {"row", j + 1}, {"fields", fields}, {"before", ra[i]}, {"after", rb[j]}});
        used_a[i] = true;
      } else {
        changes.push_back({{"change", "added"}, {"row", j + 1}, {"fields", json::array()}, {"before", nullptr}, {"after", rb[j]}});
      }
    }
    for (size_t k = 0; k < ra.size(); ++k)
      if (!used_a[k])
        changes.push_back({{"change", "removed"}, {"row", k + 1}, {"fields", json::array()}, {"before", ra[k]}, {"after", nullptr}});
    if (!changes.empty())
      result.push_back({{"item", item->code},
                        {"no", item->no},
                        {"title_zh", item->title_zh},
                        {"title_en", item->title_en},
                        {"changes", changes}});
  }
  return result;
}

}  // namespace qf::declarations
