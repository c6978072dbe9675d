// Blocking HTTP/1.1 client for tests (see http_client.h).
#include "support/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace qf::testing {

namespace {
std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}
constexpr int kIoTimeoutMs = 60000;
}  // namespace

std::string HttpResponse::header(const std::string& name) const {
  std::string n = lower(name);
  for (const auto& [k, v] : headers)
    if (lower(k) == n) return v;
  return {};
}

nlohmann::json HttpResponse::json() const {
  auto j = nlohmann::json::parse(body, nullptr, false);
  return j.is_discarded() ? nlohmann::json() : j;
}

std::string HttpResponse::error_code() const {
  auto j = json();
  if (j.is_object() && j.contains("error") && j["error"].is_object() && j["error"].contains("code"))
    return j["error"]["code"].get<std::string>();
  return {};
}

HttpClient::HttpClient(uint16_t port, std::string host) : host_(std::move(host)), port_(port) {}
HttpClient::~HttpClient() { close(); }

void HttpClient::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  buffer_.clear();
}

bool HttpClient::ensure_connected(std::string& error) {
  if (fd_ >= 0) return true;
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd_ < 0) {
    error = std::strerror(errno);
    return false;
  }
  int one = 1;
  ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port_);
  ::inet_pton(AF_INET, host_.c_str(), &addr.sin_addr);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    error = std::string("connect: ") + std::strerror(errno);
    close();
    return false;
  }
  ++connections_opened_;
  return true;
}

bool HttpClient::send_all(const std::string& data, std::string& error) {
  size_t sent = 0;
  while (sent < data.size()) {
    ssize_t n = ::send(fd_, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) {
      if (n < 0 && errno == EINTR) continue;
      error = std::string("send: ") + std::strerror(errno);
      return false;
    }
    sent += static_cast<size_t>(n);
  }
  return true;
}

bool HttpClient::read_response(HttpResponse& r) {
  auto fill = [&]() -> bool {
    pollfd p{fd_, POLLIN, 0};
    int pr = ::poll(&p, 1, kIoTimeoutMs);
    if (pr <= 0) {
      r.error = "timeout";
      return false;
    }
    char buf[16384];
    ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) {
      r.error = n == 0 ? "connection closed" : std::strerror(errno);
      return false;
    }
    buffer_.append(buf, static_cast<size_t>(n));
    return true;
  };
  size_t end;
  while ((end = buffer_.find("\r\n\r\n")) == std::string::npos)
    if (!fill()) return false;
  std::string head = buffer_.substr(0, end);
  buffer_.erase(0, end + 4);
  size_t line_end = head.find("\r\n");
  std::string status_line = head.substr(0, line_end);
  size_t sp = status_line.find(' ');
  r.status = sp == std::string::npos ? 0 : std::atoi(status_line.c_str() + sp + 1);
  size_t pos = line_end == std::string::npos ? head.size() : line_end + 2;
  while (pos < head.size()) {
    size_t e = head.find("\r\n", pos);
    if (e == std::string::npos) e = head.size();
    std::string line = head.substr(pos, e - pos);
    size_t colon = line.find(':');
    if (colon != std::string::npos) r.headers.emplace_back(line.substr(0, colon), trim(line.substr(colon + 1)));
    pos = e + 2;
  }
  size_t length = 0;
  if (auto cl = r.header("Content-Length"); !cl.empty()) length = std::stoul(cl);
  while (buffer_.size() < length)
    if (!fill()) return false;
  r.body = buffer_.substr(0, length);
  buffer_.erase(0, length);
  for (const auto& [k, v] : r.headers) {
    if (lower(k) != "set-cookie") continue;
    std::string pair = v.substr(0, v.find(';'));
    size_t eq = pair.find('=');
    if (eq == std::string::npos) continue;
    std::string name = trim(pair.substr(0, eq)), value = trim(pair.substr(eq + 1));
    std::string attrs = lower(v);
    if (value.empty() || attrs.find("max-age=0") != std::string::npos) cookies_.erase(name);
    else cookies_[name] = value;
  }
  if (lower(r.header("Connection")) == "close") close();
  return true;
}

HttpResponse HttpClient::request(const std::string& method, const std::string& target, const std::string& body,
                                 std::vector<std::pair<std::string, std::string>> headers) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    HttpResponse r;
    bool reused = fd_ >= 0;
    if (!ensure_connected(r.error)) return r;
    std::string req = method + " " + target + " HTTP/1.1\r\nHost: " + host_ + ":" + std::to_string(port_) + "\r\n";
    bool has_type = false;
    for (const auto& [k, v] : headers) {
      req += k + ": " + v + "\r\n";
      if (lower(k) == "content-type") has_type = true;
    }
    if (!body.empty() && !has_type) req += "Content-Type: application/json\r\n";
    bool changing = method != "GET" && method != "HEAD" && method != "OPTIONS";
    if (changing && !csrf_.empty()) req += "X-CSRF-Token: " + csrf_ + "\r\n";
    if (!cookies_.empty()) {
      std::string c;
      for (const auto& [k, v] : cookies_) c += (c.empty() ? "" : "; ") + k + "=" + v;
      req += "Cookie: " + c + "\r\n";
    }
    req += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    if (send_all(req, r.error) && read_response(r)) return r;
    close();
    // A kept-alive connection the server has just closed: retry once on a new one.
    if (!reused || r.status != 0) return r;
  }
  HttpResponse r;
  r.error = "unreachable";
  return r;
}

HttpResponse HttpClient::post_json(const std::string& target, const nlohmann::json& body) {
  return request("POST", target, body.dump());
}
HttpResponse HttpClient::put_json(const std::string& target, const nlohmann::json& body) {
  return request("PUT", target, body.dump());
}

void HttpClient::adopt_csrf(const HttpResponse& r) {
  auto j = r.json();
  if (j.is_object() && j.contains("data") && j["data"].is_object() && j["data"].contains("csrf_token") &&
      j["data"]["csrf_token"].is_string())
    csrf_ = j["data"]["csrf_token"].get<std::string>();
}

std::optional<std::string> HttpClient::cookie(const std::string& name) const {
  auto it = cookies_.find(name);
  if (it == cookies_.end()) return std::nullopt;
  return it->second;
}

std::string HttpClient::raw_exchange(const std::string& bytes, int timeout_ms) {
  close();
  std::string error, out;
  if (!ensure_connected(error)) return {};
  send_all(bytes, error);
  for (;;) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, timeout_ms) <= 0) break;
    char buf[16384];
    ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  close();
  return out;
}

}  // namespace qf::testing
