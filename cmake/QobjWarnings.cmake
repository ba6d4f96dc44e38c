# Warnings are errors on our own code only; third-party headers are included as system headers.
add_library(qobj_warnings INTERFACE)
target_compile_options(qobj_warnings INTERFACE -Wall -Wextra -Wpedantic -Werror -Wshadow
                                               -Wnon-virtual-dtor -Wold-style-cast)
# GCC 12 reports impossible overlaps inside std::string::insert/operator+ (GCC bugs 105329,
# 105651) depending on inlining, so the same code passes or fails with the build directory's
# path. The warning is off for GCC 12 only.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(qobj_warnings INTERFACE -Wno-restrict)
endif()
