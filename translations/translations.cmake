# Qt Linguist's workflow (docs/translations.md): `cmake --build … --target update_translations`
# (or scripts/update-translations.sh) runs lupdate over every folder a person's words come from;
# each build runs lrelease and embeds the .qm files as resources under :/converge/i18n, so an
# installed app or the .deb needs no files beside the executable.
#
# Included from app/CMakeLists.txt with app_startup as the target.
set(CONVERGE_TS_FILES ${PROJECT_SOURCE_DIR}/translations/converge_de.ts)
# English plural forms (converge_en.ts) are compiled by translations/plurals.cmake, with models.
# The folders lupdate scans, shared with scripts/update-translations.sh; tests/, tools/ and
# mock_backend/ hold no words a person reads in the app.
file(STRINGS ${PROJECT_SOURCE_DIR}/translations/source-dirs.txt CONVERGE_TRANSLATED_DIRS)
set(converge_translated_sources)
foreach(dir IN LISTS CONVERGE_TRANSLATED_DIRS)
    file(GLOB_RECURSE found CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/${dir}/*.cpp ${PROJECT_SOURCE_DIR}/${dir}/*.h)
    list(APPEND converge_translated_sources ${found})
endforeach()

# Qt 6.7 collects every target of the project unless told which; Qt 6.4 knows no such keyword.
set(converge_source_targets)
if(Qt6LinguistTools_VERSION VERSION_GREATER_EQUAL 6.7)
    set(converge_source_targets SOURCE_TARGETS app_startup)
endif()
qt_add_translations(app_startup
    ${converge_source_targets}
    TS_FILES ${CONVERGE_TS_FILES}
    SOURCES ${converge_translated_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    RESOURCE_PREFIX /converge/i18n
    # No line numbers: the catalogue changes only when words do, which keeps merges quiet.
    LUPDATE_OPTIONS -locations none -no-obsolete)

