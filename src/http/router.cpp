// Router: a segment trie. Literal children are tried before the parameter child, and
// the search backtracks, so "/people/export" beats "/people/{id}" while
// "/people/42/positions" still finds "/people/{id}/positions".
#include "http/router.h"

#include <map>
#include <string_view>
#include <unordered_map>

namespace qf::http {

namespace {
std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> segs;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '/') { ++i; continue; }
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    segs.push_back(path.substr(i, j - i));
    i = j;
  }
  return segs;
}

bool is_param(std::string_view seg) { return seg.size() >= 2 && seg.front() == '{' && seg.back() == '}'; }
}  // namespace

struct Router::Table {
  struct Endpoint {
    Handler handler;
    std::vector<std::pair<size_t, std::string>> params;  // segment index → name
  };
  struct Node {
    std::unordered_map<std::string, std::unique_ptr<Node>> literal;
    std::unique_ptr<Node> param;
    std::map<std::string, Endpoint> methods;  // ordered: Allow lists them stably
  };
  Node root;

  const Node* find(const Node& n, const std::vector<std::string_view>& segs, size_t i) const {
    if (i == segs.size()) return n.methods.empty() ? nullptr : &n;
    if (auto it = n.literal.find(std::string(segs[i])); it != n.literal.end()) {
      if (const Node* r = find(*it->second, segs, i + 1)) return r;
    }
    if (n.param && !segs[i].empty()) return find(*n.param, segs, i + 1);
    return nullptr;
  }
};

void Router::add(RouteInfo info, Handler handler) {
  if (!table_) table_ = std::make_shared<Table>();
  Table::Node* n = &table_->root;
  Table::Endpoint ep;
  ep.handler = std::move(handler);
  auto segs = split_path(info.pattern);
  for (size_t i = 0; i < segs.size(); ++i) {
    std::string_view s = segs[i];
    if (is_param(s)) {
      ep.params.emplace_back(i, std::string(s.substr(1, s.size() - 2)));
      if (!n->param) n->param = std::make_unique<Table::Node>();
      n = n->param.get();
    } else {
      auto& child = n->literal[std::string(s)];
      if (!child) child = std::make_unique<Table::Node>();
      n = child.get();
    }
  }
  n->methods[info.method] = std::move(ep);  // a later registration replaces an earlier one
  for (auto& existing : infos_) {
    if (existing.method == info.method && existing.pattern == info.pattern) {
      existing = std::move(info);
      return;
    }
  }
  infos_.push_back(std::move(info));
}

Response Router::dispatch(Request& req) const {
  const Table::Node* node = nullptr;
  std::vector<std::string_view> segs;
  if (table_) {
    segs = split_path(req.path);
    node = table_->find(table_->root, segs, 0);
  }
  if (!node) {
    if (fallback_ && (req.method == "GET" || req.method == "HEAD")) return fallback_(req);
    return error_envelope(404, "not_found", "请求的地址不存在", "No such resource", req.path);
  }
  auto it = node->methods.find(req.method);
  if (it == node->methods.end() && req.method == "HEAD") it = node->methods.find("GET");
  if (it == node->methods.end()) {
    std::string allow;
    for (const auto& [m, _] : node->methods) allow += (allow.empty() ? "" : ", ") + m;
    Response r = error_envelope(405, "method_not_allowed", "此地址不支持该请求方法",
                                "Method not allowed for this resource", req.method);
    r.set_header("Allow", allow);
    return r;
  }
  for (const auto& [index, name] : it->second.params) req.path_params[name] = std::string(segs[index]);
  return it->second.handler(req);
}

Handler chain(std::vector<Middleware> middlewares, Handler last) {
  Handler h = std::move(last);
  for (auto it = middlewares.rbegin(); it != middlewares.rend(); ++it) {
    h = [mw = std::move(*it), next = std::move(h)](Request& req) { return mw(req, next); };
  }
  return h;
}

}  // namespace qf::http
