# SPDX-FileCopyrightText: 2026 Workdeck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging only: what goes where on the target system, and the package metadata for Debian
# (built and checked by scripts/package.sh), Windows (NSIS) and macOS (app bundle, DragNDrop).
include(GNUInstallDirs)

set(WORKDECK_APP_ID io.github.workdeck.Workdeck)
set(WORKDECK_ICON_DIR ${CMAKE_BINARY_DIR}/icons)

# Bitmaps rendered from the SVG at build time (tools/iconrender.cpp).
add_custom_command(
    OUTPUT ${WORKDECK_ICON_DIR}/${WORKDECK_APP_ID}.ico ${WORKDECK_ICON_DIR}/${WORKDECK_APP_ID}.icns
           ${WORKDECK_ICON_DIR}/hicolor/256x256/apps/${WORKDECK_APP_ID}.png
    COMMAND workdeck-iconrender ${CMAKE_SOURCE_DIR}/resources/icons/workdeck.svg ${WORKDECK_ICON_DIR}
            ${WORKDECK_APP_ID}
    DEPENDS workdeck-iconrender ${CMAKE_SOURCE_DIR}/resources/icons/workdeck.svg
    COMMENT "Rendering the application icon")
add_custom_target(workdeck-icons ALL
    DEPENDS ${WORKDECK_ICON_DIR}/${WORKDECK_APP_ID}.ico ${WORKDECK_ICON_DIR}/${WORKDECK_APP_ID}.icns
            ${WORKDECK_ICON_DIR}/hicolor/256x256/apps/${WORKDECK_APP_ID}.png)
add_dependencies(workdeck workdeck-icons)

if(WIN32)
    # Version resource and icon of workdeck.exe.
    configure_file(${CMAKE_CURRENT_LIST_DIR}/windows/workdeck.rc.in ${CMAKE_BINARY_DIR}/workdeck.rc @ONLY)
    target_sources(workdeck PRIVATE ${CMAKE_BINARY_DIR}/workdeck.rc)
    set_target_properties(workdeck PROPERTIES WIN32_EXECUTABLE ON)
elseif(APPLE)
    set_source_files_properties(${WORKDECK_ICON_DIR}/${WORKDECK_APP_ID}.icns PROPERTIES
        GENERATED ON MACOSX_PACKAGE_LOCATION Resources)
    target_sources(workdeck PRIVATE ${WORKDECK_ICON_DIR}/${WORKDECK_APP_ID}.icns)
    set_target_properties(workdeck PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${WORKDECK_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE ${WORKDECK_APP_ID}.icns)
else()
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${WORKDECK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${WORKDECK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/workdeck.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${WORKDECK_APP_ID}.svg)
    install(DIRECTORY ${WORKDECK_ICON_DIR}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
            FILES_MATCHING PATTERN "*.png")
    # Debian policy: the manual page and the changelog compressed, the copyright file beside it.
    add_custom_command(
        OUTPUT ${CMAKE_BINARY_DIR}/changelog.Debian.gz ${CMAKE_BINARY_DIR}/workdeck.1.gz
        COMMAND gzip -9nc ${CMAKE_CURRENT_LIST_DIR}/debian/changelog > ${CMAKE_BINARY_DIR}/changelog.Debian.gz
        COMMAND gzip -9nc ${CMAKE_CURRENT_LIST_DIR}/linux/workdeck.1 > ${CMAKE_BINARY_DIR}/workdeck.1.gz
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog ${CMAKE_CURRENT_LIST_DIR}/linux/workdeck.1)
    add_custom_target(workdeck-docs ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.Debian.gz ${CMAKE_BINARY_DIR}/workdeck.1.gz)
    install(FILES ${CMAKE_BINARY_DIR}/workdeck.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright ${CMAKE_BINARY_DIR}/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/workdeck)
endif()

set(CPACK_PACKAGE_NAME workdeck)
set(CPACK_PACKAGE_VENDOR "Workdeck authors")
set(CPACK_PACKAGE_CONTACT "Workdeck authors <maintainers@workdeck.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for AI workloads on GPU clusters")
set(CPACK_PACKAGE_DESCRIPTION
    "Workdeck manages AI workloads on AMD AI Workbench and Run:ai clusters:\n"
    "a filterable table of a project's workloads, live logs, GPU and CPU\n"
    "charts, actions such as delete or open a workspace, and a tray icon that\n"
    "notifies when a job changes status. A sandbox cluster is included.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Workdeck)
set(CPACK_PACKAGE_EXECUTABLES workdeck Workdeck)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_MUI_ICON ${WORKDECK_ICON_DIR}/${WORKDECK_APP_ID}.ico)
    set(CPACK_NSIS_MUI_UNIICON ${WORKDECK_ICON_DIR}/${WORKDECK_APP_ID}.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\workdeck.exe)
    set(CPACK_NSIS_DISPLAY_NAME Workdeck)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Workdeck)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # 0.1.0-1: matches packaging/debian/changelog
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # What dpkg-shlibdeps cannot see: Qt plugins (platforms, SVG icons and images) and libsecret,
    # which QtKeychain loads with dlopen().
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
endif()
include(CPack)
