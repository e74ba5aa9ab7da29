# Compiles tests/compile_fail/dangling.cpp (syntax and types only, no code generated) once
# with no case selected, which must compile, then once per case, each of which must fail
# on a deleted function. Run by ctest with COMPILER, INCLUDE_DIR, SOURCE and CASE (a macro
# name, or NONE).
set(command ${COMPILER} -std=c++20 -fsyntax-only -I${INCLUDE_DIR} ${SOURCE})
if(NOT CASE STREQUAL "NONE")
  list(APPEND command -D${CASE})
endif()
execute_process(COMMAND ${command} RESULT_VARIABLE failed OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(CASE STREQUAL "NONE")
  if(failed)
    message(FATAL_ERROR "the calls on named objects do not compile:\n${output}")
  endif()
elseif(NOT failed)
  message(FATAL_ERROR "${CASE} compiles: a reference into a temporary would dangle")
elseif(NOT output MATCHES "deleted")
  message(FATAL_ERROR "${CASE} fails to compile, but not on a deleted function:\n${output}")
endif()
