// `qingfeng crosscheck`: the data cross-check (大数据比对) of FORMATS.md.
//   qingfeng crosscheck --data DIR --out DIR [--as-of YYYY-MM-DD] [--config FILE]
//                       [--threads N] [--stats]
// The rule settings come from the [crosscheck] table of the global configuration
// (qingfeng.toml, when it exists) and then from the command's own --config FILE.
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "crosscheck/engine.h"

namespace {

struct CrosscheckArgs {
  std::string data_dir;
  std::string out_dir;
  std::string as_of;
  std::string config;
  unsigned threads = 0;
  bool stats = false;
};

void add_crosscheck(CLI::App& root) {
  using qf::cli::bi;
  auto args = std::make_shared<CrosscheckArgs>();
  auto* cmd = root.add_subcommand("crosscheck", bi("大数据比对：按规则 R1–R10 比对登记数据与申报数据",
                                                   "Data cross-check: rules R1-R10 over registry and declaration files"));
  cmd->set_help_flag("-h,--help", bi("显示帮助", "Show help"));
  cmd->add_option("--data", args->data_dir, bi("输入目录（CSV 文件）", "Input directory (CSV files)"))->required();
  cmd->add_option("--out", args->out_dir, bi("输出目录", "Output directory"))->required();
  cmd->add_option("--as-of", args->as_of, bi("参考日期 YYYY-MM-DD（默认今天）", "Reference date YYYY-MM-DD (default today)"));
  cmd->add_option("--config", args->config,
                  bi("规则配置文件（TOML，[crosscheck] 表）", "Rule configuration file (TOML, [crosscheck] table)"));
  cmd->add_option("--threads", args->threads, bi("线程数（默认全部核心）", "Worker threads (default: all cores)"));
  cmd->add_flag("--stats", args->stats, bi("在标准错误输出各阶段用时", "Print per-phase timings to stderr"));
  cmd->callback([args] {
    using namespace qf::crosscheck;
    const bool tty = isatty(STDERR_FILENO) == 1;
    RunOptions base;
    base.data_dir = args->data_dir;
    base.out_dir = args->out_dir;
    base.as_of = args->as_of;
    base.threads = args->threads;
    base.progress = tty;
    // Global qingfeng.toml first (ignored when absent), then the command's --config.
    RuleConfig config;
    const std::string& global = qf::cli::global_options().config_path;
    if (!global.empty()) {
      std::error_code ec;
      if (std::filesystem::exists(global, ec)) {
        if (auto st = load_rule_config(global, &config); !st.ok()) {
          std::cerr << st.error().to_string() << "\n";
          throw CLI::RuntimeError(2);
        }
      }
    }
    base.config = config;
    if (!args->config.empty()) {
      base.config_path = args->config;
      base.config_required = true;
    }
    auto result = run_crosscheck(base);
    if (!result.ok()) {
      std::cerr << result.error().to_string() << "\n";
      throw CLI::RuntimeError(2);
    }
    std::cout << format_summary(*result);
    if (args->stats || tty) std::cerr << format_stats(*result);
  });
}

QF_REGISTER_COMMAND(500, add_crosscheck);

}  // namespace
