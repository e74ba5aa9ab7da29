# Helpers for the command-line tests. Each test script is run as
#   cmake -DELIGO=<eligo binary> -DSOURCE_DIR=<repository> -DWORK_DIR=<scratch> -P <script>
# and fails through message(FATAL_ERROR), which ctest reports with the output shown.

foreach(variable ELIGO SOURCE_DIR WORK_DIR)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "${variable} is not set; run through ctest")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# Runs eligo with the given arguments from the repository root, so that paths in its
# messages are relative and stable. Sets eligo_exit, eligo_out and eligo_err.
function(run_eligo)
  execute_process(COMMAND "${ELIGO}" ${ARGN}
                  WORKING_DIRECTORY "${SOURCE_DIR}"
                  RESULT_VARIABLE exit_code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(eligo_exit "${exit_code}" PARENT_SCOPE)
  set(eligo_out "${out}" PARENT_SCOPE)
  set(eligo_err "${err}" PARENT_SCOPE)
endfunction()

function(expect_exit expected)
  if(NOT "${eligo_exit}" STREQUAL "${expected}")
    message(FATAL_ERROR "expected exit code ${expected}, got ${eligo_exit}\n"
                        "--- stdout\n${eligo_out}\n--- stderr\n${eligo_err}")
  endif()
endfunction()

# Fails unless `text` holds `fragment` as it is (no regular expression).
function(expect_contains text fragment)
  string(FIND "${text}" "${fragment}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "expected to find:\n${fragment}\n--- in:\n${text}")
  endif()
endfunction()

# Fails when `text` holds `fragment` as it is.
function(expect_not_contains text fragment)
  string(FIND "${text}" "${fragment}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "did not expect to find:\n${fragment}\n--- in:\n${text}")
  endif()
endfunction()

function(expect_matches text regex)
  if(NOT "${text}" MATCHES "${regex}")
    message(FATAL_ERROR "expected a match for the regular expression:\n${regex}\n--- in:\n${text}")
  endif()
endfunction()

# Matches `regex` in `text` into the variable `out`, failing when there is no match; the
# groups are given to the caller as CMAKE_MATCH_1 to CMAKE_MATCH_9.
function(expect_match out regex text)
  string(REGEX MATCH "${regex}" match "${text}")
  if(NOT match)
    message(FATAL_ERROR "expected a match for the regular expression:\n${regex}\n--- in:\n${text}")
  endif()
  set(${out} "${match}" PARENT_SCOPE)
  foreach(group RANGE 1 9)
    set(CMAKE_MATCH_${group} "${CMAKE_MATCH_${group}}" PARENT_SCOPE)
  endforeach()
endfunction()
