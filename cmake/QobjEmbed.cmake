# qobj_embed_text(TARGET FUNCTION NAMESPACE FILE): compiles FILE into TARGET as a function
# `std::string_view NAMESPACE::FUNCTION()` returning its bytes. CMake re-runs when FILE
# changes, so the binary never carries a stale copy.
function(qobj_embed_text target function namespace file)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${file})
  file(READ ${file} hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded/${function}.cpp)
  file(CONFIGURE OUTPUT ${output} CONTENT "// Generated from ${file}: do not edit.
#include <string_view>
namespace ${namespace} {
namespace { const unsigned char kData[] = {${bytes} 0}; }
std::string_view ${function}() { return std::string_view(reinterpret_cast<const char*>(kData), ${size}); }
}  // namespace ${namespace}
")
  target_sources(${target} PRIVATE ${output})
endfunction()
