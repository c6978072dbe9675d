// Child-process control for integration tests (see server_process.h).
#include "support/server_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

namespace qf::testing {

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string make_temp_dir(const char* prefix) {
  std::random_device rd;
  for (;;) {
    fs::path p = fs::temp_directory_path() / (std::string(prefix) + std::to_string(rd()));
    std::error_code ec;
    if (fs::create_directory(p, ec)) return p.string();
  }
}

int decode_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

// fork/exec with stdout/stderr redirected to files.
pid_t spawn(const std::vector<std::string>& args, const std::string& out_path, const std::string& err_path,
            const std::vector<std::pair<std::string, std::string>>& env) {
  pid_t pid = ::fork();
  if (pid != 0) return pid;
  int in = ::open("/dev/null", O_RDONLY);
  int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ::dup2(in, 0);
  ::dup2(out, 1);
  ::dup2(err, 2);
  for (const auto& [k, v] : env) ::setenv(k.c_str(), v.c_str(), 1);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  ::execv(argv[0], argv.data());
  ::_exit(127);
}

}  // namespace

std::string qingfeng_binary() {
  if (const char* b = std::getenv("QF_BINARY"); b && *b) return b;
#ifdef QF_DEFAULT_BINARY
  if (fs::exists(QF_DEFAULT_BINARY)) return QF_DEFAULT_BINARY;
#endif
  std::error_code ec;
  fs::path dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
  if (ec) return {};
  for (; !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
    std::error_code probe;  // a miss in one folder must not end the search
    fs::path candidate = dir / "qingfeng";
    if (fs::is_regular_file(candidate, probe)) return candidate.string();
  }
  return {};
}

Result<std::unique_ptr<ServerProcess>> ServerProcess::start(const ServerProcessOptions& o) {
  std::string binary = qingfeng_binary();
  if (binary.empty())
    return Error::make(ErrorKind::kUnavailable, "test.binary", "找不到 qingfeng 程序", "qingfeng binary not found (set QF_BINARY)");
  std::unique_ptr<ServerProcess> s(new ServerProcess());
  s->dir_ = make_temp_dir("qf_server_");
  std::string config = s->dir_ + "/qingfeng.toml";
  std::ofstream(config) << o.config_toml;
  std::string port_file = s->dir_ + "/port";
  std::vector<std::string> args{binary, "--config", config};
  if (!o.database_url.empty()) {
    args.push_back("--database");
    args.push_back(o.database_url);
  }
  args.insert(args.end(), {"serve", "--address", "127.0.0.1", "--port", "0", "--port-file", port_file});
  if (o.test_mode) args.push_back("--test-mode");
  if (!o.web_root.empty()) {
    args.push_back("--web-root");
    args.push_back(o.web_root);
  }
  args.insert(args.end(), o.extra_args.begin(), o.extra_args.end());
  s->pid_ = spawn(args, s->dir_ + "/stdout", s->dir_ + "/stderr", o.env);
  if (s->pid_ < 0) return Error::make(ErrorKind::kUnavailable, "test.spawn", "无法启动 qingfeng", "fork failed");

  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(o.start_timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(s->pid_, &status, WNOHANG) == s->pid_) {
      s->exit_code_ = decode_status(status);
      s->pid_ = -1;
      return Error::make(ErrorKind::kUnavailable, "test.server_exited", "qingfeng serve 启动失败",
                         "qingfeng serve exited with code " + std::to_string(s->exit_code_) + ": " + s->output());
    }
    std::error_code ec;
    if (fs::exists(port_file, ec)) {
      std::string text = read_all(port_file);
      int port = std::atoi(text.c_str());
      if (port > 0) {
        s->port_ = static_cast<uint16_t>(port);
        return s;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  s->stop(1000);
  return Error::make(ErrorKind::kUnavailable, "test.server_timeout", "qingfeng serve 未在规定时间内启动",
                     "qingfeng serve did not start in time: " + s->output());
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) stop(5000);
  std::error_code ec;
  if (!dir_.empty() && !std::getenv("QF_KEEP_TEST_FILES")) fs::remove_all(dir_, ec);
}

bool ServerProcess::running() {
  if (pid_ <= 0) return false;
  int status = 0;
  if (::waitpid(pid_, &status, WNOHANG) == pid_) {
    exit_code_ = decode_status(status);
    pid_ = -1;
    return false;
  }
  return true;
}

int ServerProcess::stop(int timeout_ms) {
  if (pid_ <= 0) return exit_code_;
  ::kill(pid_, SIGTERM);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      exit_code_ = decode_status(status);
      pid_ = -1;
      return exit_code_;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ::kill(pid_, SIGKILL);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  exit_code_ = -1;
  return exit_code_;
}

std::string ServerProcess::output() const {
  return read_all(dir_ + "/stdout") + read_all(dir_ + "/stderr");
}

CommandResult run_qingfeng(const std::vector<std::string>& args,
                           const std::vector<std::pair<std::string, std::string>>& env) {
  CommandResult r;
  std::string binary = qingfeng_binary();
  if (binary.empty()) {
    r.err = "qingfeng binary not found (set QF_BINARY)";
    return r;
  }
  std::string dir = make_temp_dir("qf_cmd_");
  std::vector<std::string> full{binary};
  full.insert(full.end(), args.begin(), args.end());
  pid_t pid = spawn(full, dir + "/stdout", dir + "/stderr", env);
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.exit_code = decode_status(status);
  r.out = read_all(dir + "/stdout");
  r.err = read_all(dir + "/stderr");
  std::error_code ec;
  fs::remove_all(dir, ec);
  return r;
}

}  // namespace qf::testing
