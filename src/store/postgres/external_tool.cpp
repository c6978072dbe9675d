#include "store/postgres/external_tool.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

extern char** environ;

namespace qf::store {

std::string find_pg_tool(const std::string& name) {
  for (const char* dir : {"/usr/lib/postgresql/15/bin/", "/usr/lib/postgresql/16/bin/", "/usr/lib/postgresql/17/bin/"}) {
    std::string p = std::string(dir) + name;
    if (::access(p.c_str(), X_OK) == 0) return p;
  }
  return name;  // posix_spawnp searches PATH
}

ToolRun run_tool(const std::string& program, const std::vector<std::string>& args, const std::string& stdout_path) {
  ToolRun run;
  char err_template[] = "/tmp/qf-tool-XXXXXX";
  int err_fd = ::mkstemp(err_template);
  if (err_fd < 0) return run;
  ::close(err_fd);
  std::vector<std::string> argv_storage;
  argv_storage.push_back(program);
  for (const auto& a : args) argv_storage.push_back(a);
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, stdout_path.empty() ? "/dev/null" : stdout_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_template, O_WRONLY | O_TRUNC, 0600);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc == 0) {
    run.started = true;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  }
  std::ifstream in(err_template);
  std::stringstream ss;
  ss << in.rdbuf();
  run.stderr_text = ss.str();
  if (run.stderr_text.size() > 4000) run.stderr_text.resize(4000);
  std::remove(err_template);
  return run;
}

}  // namespace qf::store
