# The Debian package: `cpack -G DEB` in a build folder gives converge_<version>_<arch>.deb with
# /usr as its prefix. Library dependencies are computed by dpkg-shlibdeps (dpkg-dev); the Qt
# plugins the app loads at run time are not linked, so the packages holding them are looked up
# here with dpkg -S on the build machine, which is the machine the package is for.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME converge)
set(CPACK_PACKAGE_VENDOR "The Converge developers")
set(CPACK_PACKAGE_CONTACT "The Converge developers <converge@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see what eventual consistency does to people")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CONVERGE_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_PACKAGE_DESCRIPTION
    "Converge runs a simulated backend (a primary and lagging read replicas, injected latency\n"
    "and failures, lost responses, idempotency keys, a push channel) and three everyday screens\n"
    "that talk to it over real HTTP: optimistic favorites with rollback, a profile photo read\n"
    "back from a lagging replica, and a money transfer with a transparent pending state.\n"
    "For designers, UX workshop facilitators and QA engineers. Includes converge-backend,\n"
    "the standalone backend, and converge-gallery, the UX kit's component gallery.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")

# The window (xcb), headless runs (offscreen) and the JPEG sample photos.
set(converge_runtime_plugins platforms/libqxcb.so platforms/libqoffscreen.so
    imageformats/libqjpeg.so)
find_program(CONVERGE_DPKG dpkg)
set(converge_plugin_packages)
if(CONVERGE_DPKG)
    get_target_property(converge_qmake Qt6::qmake LOCATION)
    execute_process(COMMAND ${converge_qmake} -query QT_INSTALL_PLUGINS
        OUTPUT_VARIABLE converge_plugin_dir OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE converge_qmake_result)
    foreach(plugin IN LISTS converge_runtime_plugins)
        if(NOT converge_qmake_result EQUAL 0)
            break()
        endif()
        execute_process(COMMAND ${CONVERGE_DPKG} -S ${converge_plugin_dir}/${plugin}
            OUTPUT_VARIABLE owner OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET
            RESULT_VARIABLE owner_result)
        if(owner_result EQUAL 0)
            # "libqt6gui6:amd64: /usr/lib/…" → libqt6gui6
            string(REGEX REPLACE "[:,].*" "" owner "${owner}")
            list(APPEND converge_plugin_packages ${owner})
        endif()
    endforeach()
    list(REMOVE_DUPLICATES converge_plugin_packages)
endif()
# Appended to by dpkg-shlibdeps' findings.
list(JOIN converge_plugin_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)

# Qt's own words (standard buttons, file dialogs) in the person's language; Converge's own
# catalogues are inside the executables.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
