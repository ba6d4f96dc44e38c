# Every dependency comes from a Debian package; .ci/setup installs them.
find_package(yaml-cpp REQUIRED)  # 0.7 exports the plain target `yaml-cpp`
find_package(fmt REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)  # pkg-config file only
pkg_check_modules(GMPXX REQUIRED IMPORTED_TARGET gmpxx)  # exact rational arithmetic
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8)  # ECMA-like regexes on UTF-8
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)  # the XLSX report
find_package(nlohmann_json REQUIRED)  # JSON and SARIF output, with stable key order
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)  # reading XLSX: libxlsxwriter's zip
pkg_check_modules(EXPAT REQUIRED IMPORTED_TARGET expat)  # reading XLSX: its XML, streamed
pkg_check_modules(FREEXL REQUIRED IMPORTED_TARGET freexl)  # reading .xls (Excel 97–2003)

# Start-up (issue 13): the dynamic loader resolving a dozen shared libraries took most of a
# run over one agency's files. What Debian ships as a static library is linked in (yaml-cpp,
# GMP, PCRE2, utf8proc, expat, freexl, libstdc++), fmt is used header-only, and only libxlsxwriter
# (with minizip, which the XLSX reader shares, and zlib) and libc stay shared. Sanitizer and fuzzing builds keep the shared ones.
option(QOBJ_STATIC_DEPS "Link statically the libraries Debian ships as .a" ON)
if(QOBJ_STATIC_DEPS AND NOT QOBJ_SANITIZE AND NOT QOBJ_FUZZ)
  set(QOBJ_LINKS_STATIC ON)
  foreach(library yaml-cpp gmpxx gmp pcre2-8 utf8proc expat freexl)
    string(MAKE_C_IDENTIFIER ${library} name)
    find_library(QOBJ_STATIC_${name} NAMES lib${library}.a REQUIRED)
  endforeach()
  add_library(qobj_dep_yaml INTERFACE)
  target_link_libraries(qobj_dep_yaml INTERFACE ${QOBJ_STATIC_yaml_cpp})
  target_include_directories(qobj_dep_yaml INTERFACE
                             $<TARGET_PROPERTY:yaml-cpp,INTERFACE_INCLUDE_DIRECTORIES>)
  add_library(qobj_dep_gmp INTERFACE)
  target_link_libraries(qobj_dep_gmp INTERFACE ${QOBJ_STATIC_gmpxx} ${QOBJ_STATIC_gmp})
  target_include_directories(qobj_dep_gmp INTERFACE ${GMPXX_INCLUDE_DIRS})
  add_library(qobj_dep_pcre2 INTERFACE)
  target_link_libraries(qobj_dep_pcre2 INTERFACE ${QOBJ_STATIC_pcre2_8})
  target_include_directories(qobj_dep_pcre2 INTERFACE ${PCRE2_INCLUDE_DIRS})
  add_library(qobj_dep_utf8proc INTERFACE)
  target_link_libraries(qobj_dep_utf8proc INTERFACE ${QOBJ_STATIC_utf8proc})
  target_include_directories(qobj_dep_utf8proc INTERFACE ${UTF8PROC_INCLUDE_DIRS})
  target_compile_definitions(qobj_dep_utf8proc INTERFACE UTF8PROC_STATIC)
  add_library(qobj_dep_expat INTERFACE)
  target_link_libraries(qobj_dep_expat INTERFACE ${QOBJ_STATIC_expat})
  target_include_directories(qobj_dep_expat INTERFACE ${EXPAT_INCLUDE_DIRS})
  add_library(qobj_dep_freexl INTERFACE)
  target_link_libraries(qobj_dep_freexl INTERFACE ${QOBJ_STATIC_freexl} m)
  target_include_directories(qobj_dep_freexl INTERFACE ${FREEXL_INCLUDE_DIRS})
  add_library(qobj_dep_fmt INTERFACE)
  target_link_libraries(qobj_dep_fmt INTERFACE fmt::fmt-header-only)
  add_link_options(-static-libstdc++ -static-libgcc)
else()
  set(QOBJ_LINKS_STATIC OFF)
  foreach(pair yaml=yaml-cpp gmp=PkgConfig::GMPXX pcre2=PkgConfig::PCRE2
               utf8proc=PkgConfig::UTF8PROC expat=PkgConfig::EXPAT freexl=PkgConfig::FREEXL
               fmt=fmt::fmt)
    string(REPLACE "=" ";" pair ${pair})
    list(GET pair 0 name)
    list(GET pair 1 target)
    add_library(qobj_dep_${name} INTERFACE)
    target_link_libraries(qobj_dep_${name} INTERFACE ${target})
  endforeach()
endif()
