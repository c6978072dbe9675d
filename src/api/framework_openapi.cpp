// /api/v1/openapi.json: built from the router's RouteInfo, so the document lists
// exactly the routes that exist.
#include <set>

#include <nlohmann/json.hpp>

#include "api/framework_internal.h"

namespace qf::api::framework {

namespace {
nlohmann::json example_or_null(const std::string& text) {
  if (text.empty()) return nullptr;
  auto j = nlohmann::json::parse(text, nullptr, false);
  return j.is_discarded() ? nlohmann::json(text) : j;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace

nlohmann::json openapi_document(const http::Router& router) {
  using nlohmann::json;
  json paths = json::object();
  std::set<std::string> tags;
  for (const auto& r : router.routes()) {
    json op;
    op["summary"] = r.summary_zh.empty() ? r.summary_en : r.summary_zh;
    op["description"] = r.summary_en;
    op["x-summary-en"] = r.summary_en;
    op["operationId"] = lower(r.method) + r.pattern;
    if (!r.tag.empty()) {
      op["tags"] = json::array({r.tag});
      tags.insert(r.tag);
    }
    json params = json::array();
    for (size_t i = 0; i < r.pattern.size(); ++i) {
      if (r.pattern[i] != '{') continue;
      size_t end = r.pattern.find('}', i);
      if (end == std::string::npos) break;
      std::string name = r.pattern.substr(i + 1, end - i - 1);
      params.push_back({{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
      i = end;
    }
    if (!params.empty()) op["parameters"] = params;
    if (r.permission == "public") {
      op["security"] = json::array();
    } else {
      op["security"] = json::array({{{"sessionCookie", json::array()}}});
      if (!r.permission.empty()) op["x-permission"] = r.permission;
    }
    if (r.method != "GET" && r.method != "DELETE" && r.method != "HEAD") {
      json media = {{"schema", {{"type", "object"}}}};
      if (auto ex = example_or_null(r.request_schema); !ex.is_null()) media["example"] = ex;
      op["requestBody"] = {{"required", false}, {"content", {{"application/json", media}}}};
    }
    json ok = {{"description", "OK"}};
    json ok_media = {{"schema", {{"type", "object"}}}};
    if (auto ex = example_or_null(r.response_schema); !ex.is_null()) ok_media["example"] = ex;
    ok["content"] = {{"application/json", ok_media}};
    json error_ref = {{"description", "错误 / Error"},
                      {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
    op["responses"] = {{"200", ok}, {"default", error_ref}};
    paths[r.pattern][lower(r.method)] = std::move(op);
  }
  json tag_list = json::array();
  for (const auto& t : tags) tag_list.push_back({{"name", t}});
  return {
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "清风 廉政监督平台 API / Qingfeng API"},
        {"version", QF_VERSION},
        {"description", "所有接口位于 /api/v1，返回 {\"data\":…} 或 {\"error\":…}。 / All endpoints live under /api/v1 "
                        "and answer {\"data\":…} or {\"error\":…}."}}},
      {"tags", tag_list},
      {"paths", paths},
      {"components",
       {{"securitySchemes",
         {{"sessionCookie", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "qf_session"}}}}},
        {"schemas",
         {{"Error",
           {{"type", "object"},
            {"properties",
             {{"error",
               {{"type", "object"},
                {"properties",
                 {{"code", {{"type", "string"}}},
                  {"message_zh", {{"type", "string"}}},
                  {"message_en", {{"type", "string"}}},
                  {"field", {{"type", "string"}}}}}}}}}}}}}}},
  };
}

}  // namespace qf::api::framework
