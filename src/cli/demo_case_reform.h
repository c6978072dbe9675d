#pragma once
// The demo's case-driven reform notice (demo_case_reform.cpp, order 52), named here so
// the regulation demo (order 64) can link the meeting-expenditure rules' new version to it.
namespace qf::cli {
inline constexpr const char* kDemoReformTitle = "关于以公务接待超标准问题为鉴深化以案促改的通知";
}  // namespace qf::cli
