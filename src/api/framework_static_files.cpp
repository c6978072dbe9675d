// The browser front end's static files (server.web_root) with single-page-app fallback.
// Safety: a request path is resolved segment by segment; "..", "." , empty segments,
// backslashes and NUL bytes are refused before touching the file system, and the
// resolved file must still lie inside the canonical web root (symlinks included).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "api/framework_internal.h"

namespace qf::api::framework {

namespace fs = std::filesystem;

namespace {

std::string mime_type(const fs::path& p) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {".csv", "text/csv; charset=utf-8"},
      {".pdf", "application/pdf"},
      {".wasm", "application/wasm"},
  };
  std::string ext = p.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [e, t] : kTypes)
    if (ext == e) return t;
  return "application/octet-stream";
}

bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return true;
}

// nullopt when the path is not acceptable (traversal attempts and the like).
std::optional<fs::path> relative_path(std::string_view path) {
  fs::path rel;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    std::string_view seg = path.substr(i, j - i);
    if (!seg.empty()) {
      if (seg == "." || seg == ".." || seg.find('\\') != std::string_view::npos ||
          seg.find('\0') != std::string_view::npos || seg.find(':') != std::string_view::npos)
        return std::nullopt;
      rel /= std::string(seg);
    }
    i = j + 1;
  }
  return rel;
}

}  // namespace

http::Handler static_files(std::string web_root) {
  std::error_code ec;
  fs::path root = fs::weakly_canonical(fs::absolute(web_root, ec), ec);
  return [root](http::Request& req) -> http::Response {
    auto not_found = [&] {
      return http::error_envelope(404, "not_found", "请求的地址不存在", "No such resource", req.path);
    };
    auto serve = [&](const fs::path& file, bool hashed_asset) -> std::optional<http::Response> {
      std::error_code e;
      fs::path canon = fs::canonical(file, e);
      if (e || !fs::is_regular_file(canon, e)) return std::nullopt;
      auto [r_end, c_it] = std::mismatch(root.begin(), root.end(), canon.begin(), canon.end());
      if (r_end != root.end()) return std::nullopt;  // outside the web root (symlink)
      std::string body;
      if (!read_file(canon, body)) return std::nullopt;
      http::Response res = http::Response::bytes(200, std::move(body), mime_type(canon));
      res.set_header("Cache-Control", hashed_asset ? "public, max-age=31536000, immutable" : "no-cache");
      return res;
    };
    auto rel = relative_path(req.path);
    if (!rel) return not_found();
    bool asset = req.path.rfind("/assets/", 0) == 0;
    if (!rel->empty()) {
      if (auto res = serve(root / *rel, asset)) return std::move(*res);
      if (asset) return not_found();  // a missing bundle is an error, not a page
    }
    if (auto res = serve(root / "index.html", false)) return std::move(*res);
    return http::error_envelope(404, "web.not_built", "前端页面尚未构建（server.web_root 中没有 index.html）",
                                "The web front end is not built (no index.html in server.web_root)");
  };
}

}  // namespace qf::api::framework
