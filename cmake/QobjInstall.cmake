# What `cmake --install` puts where, and the Debian package CPack makes of it (issue 13).
include(GNUInstallDirs)

# The manual pages (English and Vietnamese) and the shell completions, written by the binary
# from its own option table (qobj --man PAGE, qobj --completion SHELL), so they are the text
# of --help and never drift from it.
set(QOBJ_MAN_PAGES qobj qobj-check qobj-report qobj-schema qobj-init qobj-new-year qobj-diff qobj-import qobj-document)
set(generated_docs)
foreach(lang en vi)
  foreach(page ${QOBJ_MAN_PAGES})
    set(output ${PROJECT_BINARY_DIR}/man/${lang}/man1/${page}.1)
    add_custom_command(OUTPUT ${output}
                       COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:qobj>;--lang;${lang};--man;${page}"
                               -DOUTPUT=${output} -P ${PROJECT_SOURCE_DIR}/cmake/QobjCapture.cmake
                       DEPENDS qobj ${PROJECT_SOURCE_DIR}/cmake/QobjCapture.cmake VERBATIM)
    list(APPEND generated_docs ${output})
  endforeach()
endforeach()
set(QOBJ_COMPLETIONS bash:qobj zsh:_qobj fish:qobj.fish)
foreach(entry ${QOBJ_COMPLETIONS})
  string(REPLACE ":" ";" entry ${entry})
  list(GET entry 0 shell)
  list(GET entry 1 name)
  set(output ${PROJECT_BINARY_DIR}/completions/${shell}/${name})
  add_custom_command(OUTPUT ${output}
                     COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:qobj>;--lang;en;--completion;${shell}"
                             -DOUTPUT=${output} -P ${PROJECT_SOURCE_DIR}/cmake/QobjCapture.cmake
                     DEPENDS qobj ${PROJECT_SOURCE_DIR}/cmake/QobjCapture.cmake VERBATIM)
  list(APPEND generated_docs ${output})
endforeach()
add_custom_target(qobj_docs ALL DEPENDS ${generated_docs})

install(TARGETS qobj RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# For editors (yaml-language-server's modeline); qobj itself uses the ones compiled in.
install(FILES ${PROJECT_SOURCE_DIR}/schemas/objectives.schema.json
              ${PROJECT_SOURCE_DIR}/schemas/measurements.schema.json
              ${PROJECT_SOURCE_DIR}/schemas/report.schema.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/qobj/schemas)
install(DIRECTORY ${PROJECT_BINARY_DIR}/man/en/man1 DESTINATION ${CMAKE_INSTALL_MANDIR})
install(DIRECTORY ${PROJECT_BINARY_DIR}/man/vi/man1 DESTINATION ${CMAKE_INSTALL_MANDIR}/vi)
install(FILES ${PROJECT_BINARY_DIR}/completions/bash/qobj
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PROJECT_BINARY_DIR}/completions/zsh/_qobj
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PROJECT_BINARY_DIR}/completions/fish/qobj.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png" PATTERN "*.yml")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
# The examples' modeline says ../../schemas: beside them, a link to the installed schemas.
install(CODE "file(MAKE_DIRECTORY \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DOCDIR}\")
file(CREATE_LINK ../../qobj/schemas
     \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DOCDIR}/schemas\" SYMBOLIC)")

# cpack -G DEB: a package that installs with apt-get on a clean Debian 12. Its dependencies are
# what dpkg-shlibdeps finds the binary needs (libxlsxwriter4, libc6): the rest is linked in.
set(CPACK_PACKAGE_NAME qobj)
set(CPACK_PACKAGE_VENDOR "qobj")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "qobj developers <qobj@qobj.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "check and evaluate ISO 9001 quality objectives (Mục tiêu chất lượng)")
# The body only (CPack puts the summary above it and indents it for the control file); an
# empty line separates the English and Vietnamese paragraphs.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "qobj reads the yearly quality objectives that Vietnamese public agencies set under
TCVN ISO 9001:2015, and the measurements of the year, kept as YAML files; it reports every
mistake with its file, line and column, evaluates every target exactly, and writes compliance
reports (terminal, HTML, XLSX, Markdown, CSV, JSON, JUnit).

qobj kiểm tra và đánh giá Mục tiêu chất lượng hằng năm của cơ quan hành chính nhà nước theo
TCVN ISO 9001:2015, ghi trong tệp YAML cùng số liệu theo dõi: báo mọi lỗi kèm tệp, dòng, cột;
đánh giá chính xác từng chỉ tiêu; lập báo cáo kết quả.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://qobj.invalid/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
include(CPack)
