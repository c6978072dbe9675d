#pragma once
// Pieces of the API framework shared between its files (framework_*.cpp); not for
// module code, which uses api.h only.
#include <string>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "http/message.h"
#include "http/router.h"

namespace qf::api::framework {

// Content-Security-Policy of every response: no inline scripts or <style> elements.
extern const char* const kContentSecurityPolicy;

// Adds the security headers (CSP, frame denial, nosniff, no-referrer; no-store on
// /api; HSTS over TLS) to `res` for `req`.
void add_security_headers(const http::Request& req, http::Response& res);

// {"data": …} or any JSON value as a response with the JSON content type. Invalid
// UTF-8 in strings is replaced rather than failing the response.
http::Response json_response(int status, const nlohmann::json& body);

// The OpenAPI 3.0.3 document of the routes registered in `router`.
nlohmann::json openapi_document(const http::Router& router);

// Serves files below `web_root`: correct MIME types, long cache for hashed /assets/*,
// index.html for unknown paths (single-page app), never a file outside web_root.
http::Handler static_files(std::string web_root);

// page/page_size/sort/order as given (sort checked against `sortable` when check_sort).
Result<Paging> parse_paging(const http::Request& req, const std::vector<std::string>& sortable, bool check_sort);

}  // namespace qf::api::framework
