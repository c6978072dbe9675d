#pragma once
// HTTP request and response as plain values. The http/ layer knows nothing of any
// module: handlers receive a Request and return a Response. Boost.Beast is confined to
// http/server.cpp, so nothing else pays for its headers.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qf::http {

// Case-insensitive ordering for header names.
struct CaseInsensitiveLess {
  bool operator()(std::string_view a, std::string_view b) const;
  using is_transparent = void;
};

struct Request {
  std::string method;        // "GET", "POST", …
  std::string target;        // raw target, e.g. "/api/v1/org/people?page=2"
  std::string path;          // decoded path without the query string
  std::map<std::string, std::string> query;        // decoded query parameters (last wins)
  std::map<std::string, std::string, CaseInsensitiveLess> headers;
  std::string body;
  std::string client_addr;   // peer IP address (X-Forwarded-For only when configured trusted)
  bool secure = false;       // arrived over TLS
  std::map<std::string, std::string> path_params;  // filled by the Router: {id} → "42"
  std::string request_id;    // generated per request, echoed in X-Request-Id and logs

  std::string header(std::string_view name) const;  // "" when absent
  std::optional<std::string> cookie(std::string_view name) const;
  std::optional<std::string> query_param(std::string_view name) const;
  bool is_state_changing() const { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void set_header(std::string name, std::string value);  // replaces an existing one
  std::string header(std::string_view name) const;

  static Response text(int status, std::string body, std::string content_type = "text/plain; charset=utf-8");
  static Response bytes(int status, std::string body, std::string content_type,
                        std::string download_filename = {});  // sets Content-Disposition (RFC 5987 for Chinese names)
};

// The JSON error envelope {"error":{"code","message_zh","message_en","field"}} with
// `status`; used where the API layer is not involved (404/405 of the router, 408/413
// of the server) so that every error a client sees has one shape.
Response error_envelope(int status, std::string_view code, std::string_view message_zh,
                        std::string_view message_en, std::string_view field = {});

// Fills req.path (percent-decoded, '+' kept) and req.query from req.target.
void split_target(Request& req);

// URL helpers. url_decode leaves a malformed %-escape as it is.
std::string url_decode(std::string_view s, bool plus_is_space = true);
std::string url_encode(std::string_view s);
std::map<std::string, std::string> parse_query(std::string_view query);

}  // namespace qf::http
