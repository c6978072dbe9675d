#include "api/request_fields.h"

#include <charconv>

#include <fmt/format.h>

namespace qf::api {

using nlohmann::json;

http::Response xlsx_response(std::string bytes, const std::string& filename) {
  return http::Response::bytes(200, std::move(bytes), kXlsxContentType, filename);
}

bool json_depth_within(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (in_string) {
      if (ch == '\\') ++i;
      else if (ch == '"') in_string = false;
    } else if (ch == '"') {
      in_string = true;
    } else if (ch == '[' || ch == '{') {
      if (++depth > max_depth) return false;
    } else if (ch == ']' || ch == '}') {
      --depth;
    }
  }
  return true;
}

std::string text_field(const json& body, std::string_view key) {
  auto it = body.find(key);
  return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Result<std::optional<int64_t>> id_field(const json& body, std::string_view key, std::string_view field) {
  const std::string name(field.empty() ? key : field);
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::optional<int64_t>{};
  if (it->is_number_integer() && it->get<int64_t>() > 0) return std::optional<int64_t>{it->get<int64_t>()};
  if (it->is_string() && it->get<std::string>().empty()) return std::optional<int64_t>{};
  return Error::invalid("request.id", fmt::format("{} 应为编号（正整数）", name),
                        fmt::format("{} must be an id (positive integer)", name), name);
}

Result<std::optional<int64_t>> query_id(const Call& c, const char* name) {
  auto v = c.req.query_param(name);
  if (!v || v->empty()) return std::optional<int64_t>{};
  int64_t n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec == std::errc() && end == v->data() + v->size() && n > 0) return std::optional<int64_t>{n};
  return Error::invalid("request.id", fmt::format("参数 {} 应为编号（正整数）", name),
                        fmt::format("{} must be an id (positive integer)", name), name);
}

Result<std::optional<bool>> query_bool(const Call& c, const char* name) {
  auto v = c.req.query_param(name);
  if (!v || v->empty()) return std::optional<bool>{};
  if (*v == "true" || *v == "1") return std::optional<bool>{true};
  if (*v == "false" || *v == "0") return std::optional<bool>{false};
  return Error::invalid("request.bool", fmt::format("参数 {} 应为 true 或 false", name),
                        fmt::format("{} must be true or false", name), name);
}

json nullable(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }

}  // namespace qf::api
