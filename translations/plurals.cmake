# English plural forms (docs/translations.md). English is the source language, so its catalogue
# holds only the plural forms; lupdate -pluralonly keeps it (scripts/update-translations.sh), a
# mode Qt 6.4's qt_add_translations lacks, so lrelease runs here on its own. The .qm and the
# code that installs it at start (models/sync/englishplurals.cpp) form an object library that
# every program and test linking models gets.
#
# Included from models/CMakeLists.txt.
set(CONVERGE_PLURALS_TS ${PROJECT_SOURCE_DIR}/translations/converge_en.ts)
set(converge_plurals_qm ${CMAKE_CURRENT_BINARY_DIR}/converge_en.qm)
add_custom_command(OUTPUT ${converge_plurals_qm}
    COMMAND $<TARGET_FILE:Qt6::lrelease> -silent ${CONVERGE_PLURALS_TS} -qm ${converge_plurals_qm}
    DEPENDS Qt6::lrelease ${CONVERGE_PLURALS_TS}
    VERBATIM)
set(converge_plurals_qrc ${CMAKE_CURRENT_BINARY_DIR}/converge_plurals.qrc)
file(WRITE ${converge_plurals_qrc} "<RCC><qresource prefix=\"/converge/i18n\">"
    "<file>converge_en.qm</file></qresource></RCC>\n")
# The file form of qt_add_resources: its generated source registers the data when linked.
qt_add_resources(converge_plurals_sources ${converge_plurals_qrc})
add_library(converge_english_plurals OBJECT
    ${PROJECT_SOURCE_DIR}/models/sync/englishplurals.cpp ${converge_plurals_sources})
# Not converge_build_flags: the rcc-generated source is not ours to hold to our warnings.
target_link_libraries(converge_english_plurals PRIVATE Qt6::Core)
target_link_libraries(models INTERFACE $<TARGET_OBJECTS:converge_english_plurals>)
add_dependencies(models converge_english_plurals)
