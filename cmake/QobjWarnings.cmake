# Warnings are errors on our own code only; third-party headers are included as system headers.
add_library(qobj_warnings INTERFACE)
target_compile_options(qobj_warnings INTERFACE -Wall -Wextra -Wpedantic -Werror -Wshadow
                                               -Wnon-virtual-dtor -Wold-style-cast)
