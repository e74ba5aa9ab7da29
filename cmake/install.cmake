# Install rules and the CMake package, so that `find_package(eligo CONFIG)` works from any
# prefix. yaml-cpp and OpenSSL stay private, but a static eligo still needs them at link
# time, so the config file finds them again.
include(CMakePackageConfigHelpers)

install(TARGETS eligo EXPORT eligoTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/eligo DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/eligo/rules)
# A program linking the installed (static) library registers the rules beside this file.
install(FILES ${PROJECT_SOURCE_DIR}/cmake/register_installed_rules.cpp DESTINATION ${CMAKE_INSTALL_DATADIR}/eligo)
target_sources(eligo INTERFACE $<INSTALL_INTERFACE:${CMAKE_INSTALL_DATADIR}/eligo/register_installed_rules.cpp>)
if(TARGET eligo_cli)
  install(TARGETS eligo_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(ELIGO_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/eligo)
install(EXPORT eligoTargets NAMESPACE eligo:: DESTINATION ${ELIGO_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/eligoConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/eligoConfig.cmake
                              INSTALL_DESTINATION ${ELIGO_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/eligoConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/eligoConfig.cmake ${PROJECT_BINARY_DIR}/eligoConfigVersion.cmake
        DESTINATION ${ELIGO_CMAKE_DIR})
