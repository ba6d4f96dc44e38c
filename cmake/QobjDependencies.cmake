# Every dependency comes from a Debian package; .ci/setup installs them.
find_package(yaml-cpp REQUIRED)  # 0.7 exports the plain target `yaml-cpp`
find_package(fmt REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)  # pkg-config file only
