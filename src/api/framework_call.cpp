// Call: request helpers for handlers (body, path ids, paging) and the audit entry.
#include <charconv>

#include <fmt/format.h>

#include "api/api.h"
#include "api/request_fields.h"
#include "api/framework_internal.h"
#include "domain/audit/audit_event.h"

namespace qf::api {

namespace framework {

namespace {
std::optional<int64_t> parse_int(const std::string& s) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}
}  // namespace

Result<Paging> parse_paging(const http::Request& req, const std::vector<std::string>& sortable, bool check_sort) {
  Paging p;
  if (auto v = req.query_param("page"); v && !v->empty()) {
    auto n = parse_int(*v);
    if (!n || *n < 1 || *n > 1000000)
      return Error::invalid("request.page", "页码应为正整数", "page must be a positive integer", "page");
    p.page = static_cast<int>(*n);
  }
  if (auto v = req.query_param("page_size"); v && !v->empty()) {
    auto n = parse_int(*v);
    if (!n || *n < 1)
      return Error::invalid("request.page_size", "每页条数应为 1 到 200 的整数",
                            "page_size must be an integer from 1 to 200", "page_size");
    p.page_size = static_cast<int>(std::min<int64_t>(*n, 200));
  }
  if (auto v = req.query_param("order"); v && !v->empty()) {
    if (*v == "desc") p.descending = true;
    else if (*v != "asc")
      return Error::invalid("request.order", "排序方向应为 asc 或 desc", "order must be asc or desc", "order");
  }
  if (auto v = req.query_param("sort"); v && !v->empty()) {
    if (check_sort && std::find(sortable.begin(), sortable.end(), *v) == sortable.end()) {
      std::string list;
      for (const auto& s : sortable) list += (list.empty() ? "" : ", ") + s;
      if (list.empty()) list = "-";
      return Error::invalid("request.sort", fmt::format("不能按“{}”排序，可选：{}", *v, list),
                            fmt::format("Cannot sort by \"{}\"; allowed: {}", *v, list), "sort");
    }
    p.sort = *v;
  }
  return p;
}

}  // namespace framework

Result<json> Call::body() const {
  if (req.body.empty()) return json::object();
  if (!principal && req.body.size() > kMaxUnauthenticatedBody)
    return Error::make(ErrorKind::kTooLarge, "request.too_large",
                       fmt::format("请求内容过大（未登录时上限 {} 字节）", kMaxUnauthenticatedBody),
                       fmt::format("Request body too large (limit {} bytes before sign-in)", kMaxUnauthenticatedBody),
                       "body");
  if (!json_depth_within(req.body, kMaxJsonDepth))
    return Error::invalid("request.json_depth", fmt::format("请求内容嵌套过深（上限 {} 层）", kMaxJsonDepth),
                          fmt::format("The request body nests too deeply (limit {} levels)", kMaxJsonDepth), "body");
  try {
    return json::parse(req.body);
  } catch (const json::parse_error& e) {
    return Error::invalid("request.json", fmt::format("请求内容不是有效的 JSON（第 {} 字节附近）", e.byte),
                          fmt::format("The request body is not valid JSON (near byte {})", e.byte), "body");
  }
}

Result<int64_t> Call::id_param(const std::string& name) const {
  auto it = req.path_params.find(name);
  if (it == req.path_params.end()) return Error::not_found();
  int64_t v = 0;
  const std::string& s = it->second;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || p != s.data() + s.size() || v <= 0) return Error::not_found();
  return v;
}

Result<Paging> Call::paging(const std::vector<std::string>& sortable) const {
  return framework::parse_paging(req, sortable, true);
}

Status Call::append_audit(store::Connection& conn, bool success) {
  audit::AuditEvent e;
  if (principal) {
    e.account_id = principal->account_id;
    e.actor = principal->username;
    e.roles = principal->role_codes();
  } else {
    e.actor = "anonymous";
  }
  e.action = audit_action.empty() ? fmt::format("{} {}", req.method, req.path) : audit_action;
  e.object_type = audit_object_type;
  e.object_id = audit_object_id;
  e.summary = audit_summary;
  e.client_addr = req.client_addr;
  e.success = success;
  e.at_ms = now_ms();
  return audit::append(conn, e);
}

Status Call::audit_read(const std::string& object_type, const std::string& object_id, const std::string& summary) {
  audit::AuditEvent e;
  if (principal) {
    e.account_id = principal->account_id;
    e.actor = principal->username;
    e.roles = principal->role_codes();
  } else {
    e.actor = "anonymous";
  }
  e.action = audit_action.empty() || req.is_state_changing() ? object_type + ".read" : audit_action;
  e.object_type = object_type;
  e.object_id = object_id;
  e.summary = summary;
  e.client_addr = req.client_addr;
  e.success = true;
  e.at_ms = now_ms();
  return app.db->transaction([&](store::Connection& c) { return audit::append(c, e); });
}

}  // namespace qf::api
