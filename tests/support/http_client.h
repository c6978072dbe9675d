#pragma once
// A small blocking HTTP/1.1 client for tests: one kept-alive connection to
// 127.0.0.1:<port> (reopened when the server closes it), a cookie jar, the CSRF header
// on state-changing requests once a token is known, and JSON helpers.
//
//   qf::testing::HttpClient c(server->port());
//   auto r = c.post_json("/api/v1/auth/login", {{"username","sysadmin"},{"password","…"}});
//   c.set_csrf(r.json()["data"]["csrf_token"]);   // or c.adopt_csrf(r)
//   auto me = c.get("/api/v1/auth/me");
//
// Not thread-safe; one client per thread.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace qf::testing {

struct HttpResponse {
  int status = 0;                                              // 0 = transport failure (see error)
  std::vector<std::pair<std::string, std::string>> headers;    // in arrival order
  std::string body;
  std::string error;                                           // transport error text

  std::string header(const std::string& name) const;           // case-insensitive; "" when absent
  nlohmann::json json() const;                                 // parsed body; null when not JSON
  // error.code of the envelope, "" when none.
  std::string error_code() const;
};

class HttpClient {
 public:
  explicit HttpClient(uint16_t port, std::string host = "127.0.0.1");
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  HttpResponse request(const std::string& method, const std::string& target, const std::string& body = {},
                       std::vector<std::pair<std::string, std::string>> headers = {});
  HttpResponse get(const std::string& target) { return request("GET", target); }
  HttpResponse del(const std::string& target) { return request("DELETE", target); }
  HttpResponse post_json(const std::string& target, const nlohmann::json& body = nlohmann::json::object());
  HttpResponse put_json(const std::string& target, const nlohmann::json& body = nlohmann::json::object());

  // CSRF token sent as X-CSRF-Token on POST/PUT/PATCH/DELETE ("" = none).
  void set_csrf(std::string token) { csrf_ = std::move(token); }
  const std::string& csrf() const { return csrf_; }
  // Takes data.csrf_token from a login or /auth/me response when present.
  void adopt_csrf(const HttpResponse& r);

  // Cookie jar (Set-Cookie names/values; attributes are ignored, Max-Age=0 deletes).
  std::optional<std::string> cookie(const std::string& name) const;
  void set_cookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
  void clear_cookies() { cookies_.clear(); }

  // Number of TCP connections opened so far (keep-alive checks).
  int connections_opened() const { return connections_opened_; }
  void close();
  // Sends raw bytes on a fresh connection and returns everything read until the server
  // closes it or `timeout_ms` passes (for malformed/oversized/slow request tests).
  std::string raw_exchange(const std::string& bytes, int timeout_ms = 5000);

 private:
  bool ensure_connected(std::string& error);
  bool send_all(const std::string& data, std::string& error);
  bool read_response(HttpResponse& r);

  std::string host_;
  uint16_t port_;
  int fd_ = -1;
  std::string buffer_;
  std::string csrf_;
  std::map<std::string, std::string> cookies_;
  int connections_opened_ = 0;
};

}  // namespace qf::testing
