# Every dependency comes from a Debian package; .ci/setup installs them.
find_package(yaml-cpp REQUIRED)  # 0.7 exports the plain target `yaml-cpp`
find_package(fmt REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)  # pkg-config file only
pkg_check_modules(GMPXX REQUIRED IMPORTED_TARGET gmpxx)  # exact rational arithmetic
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8)  # ECMA-like regexes on UTF-8
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)  # the XLSX report
find_package(nlohmann_json REQUIRED)  # JSON and SARIF output, with stable key order
