# qf_embed(<target> <namespace> <function> <base_dir> FILES...)
# Generates a C++ source that holds the files' bytes, and a lookup function
#   std::optional<std::string_view> <namespace>::<function>(std::string_view path)
# keyed by the path relative to <base_dir>, plus <function>_list() listing the paths.
# Used for SQL migrations and queries: SQL lives in .sql files, not in C++ strings.
function(qf_embed target ns fn base_dir)
  cmake_parse_arguments(E "" "" "FILES" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}_${fn}_embedded.cpp)
  set(script ${PROJECT_SOURCE_DIR}/cmake/EmbedRun.cmake)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNS=${ns} -DFN=${fn} -DBASE=${base_dir}
            "-DFILES=${E_FILES}" -P ${script}
    DEPENDS ${E_FILES} ${script}
    COMMENT "Embedding ${fn} files for ${target}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
