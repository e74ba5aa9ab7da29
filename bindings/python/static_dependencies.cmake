# A wheel should depend as little as possible on the libraries of the machine that built it:
# when the distribution ships a static archive built as position-independent code (Debian's
# libcrypto.a is; its libyaml-cpp.a is not, so yaml-cpp stays shared), the module and the
# command line built beside it link that archive instead of the shared library.
if(NOT ELIGO_PYTHON_STATIC_DEPS)
  return()
endif()

# Redirects an imported target to the static archive beside its shared library, when that
# archive links into a shared object (probed with the compiler itself).
function(eligo_prefer_static target)
  if(NOT TARGET ${target})
    return()
  endif()
  foreach(property IN ITEMS IMPORTED_LOCATION IMPORTED_LOCATION_NONE IMPORTED_LOCATION_RELEASE)
    get_target_property(location ${target} ${property})
    if(NOT location OR NOT location MATCHES "\\.so")
      continue()
    endif()
    string(REGEX REPLACE "\\.so(\\.[0-9]+)*$" ".a" archive "${location}")
    if(NOT EXISTS "${archive}")
      continue()
    endif()
    set(probe_dir ${CMAKE_CURRENT_BINARY_DIR}/static_probe)
    file(WRITE ${probe_dir}/probe.cpp "int eligo_probe() { return 0; }\n")
    execute_process(
      COMMAND ${CMAKE_CXX_COMPILER} -shared -fPIC ${probe_dir}/probe.cpp -o ${probe_dir}/probe.so
              -Wl,--whole-archive ${archive} -Wl,--no-whole-archive
      RESULT_VARIABLE probe_code OUTPUT_QUIET ERROR_QUIET)
    if(probe_code EQUAL 0)
      set_target_properties(${target} PROPERTIES ${property} "${archive}")
      message(STATUS "eligo python: ${target} linked statically from ${archive}")
    else()
      message(STATUS "eligo python: ${target} stays shared (${archive} is not position-independent)")
    endif()
  endforeach()
endfunction()

eligo_prefer_static(OpenSSL::Crypto)
eligo_prefer_static(yaml-cpp)
