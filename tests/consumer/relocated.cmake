# Installs eligo into one folder, moves that folder elsewhere, then builds and runs a
# consumer against the moved prefix and runs the moved `eligo check fr`. Run by ctest with
# BUILD_DIR (the eligo build), WORK (a scratch folder), PROJECT (the consumer project),
# GENERATOR and OPTIONS (the consumer's compiler options, separated by |).
string(REPLACE "|" ";" OPTIONS "${OPTIONS}")
file(REMOVE_RECURSE ${WORK})
set(installed ${WORK}/installed)
set(moved ${WORK}/moved)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${installed}
                RESULT_VARIABLE failed OUTPUT_QUIET)
if(failed)
  message(FATAL_ERROR "cmake --install failed")
endif()
file(RENAME ${installed} ${moved})
if(EXISTS ${installed})
  message(FATAL_ERROR "${installed} is still there after the move")
endif()

# The moved copy of the French pack says so in its version, so that the output shows which
# copy of the rules was read (this build's source tree holds the other one).
set(manifest ${moved}/share/eligo/rules/fr/pack.yaml)
file(READ ${manifest} text)
string(REGEX REPLACE "\nversion: [^\n]*" "\nversion: moved-copy" text "${text}")
file(WRITE ${manifest} "${text}")

execute_process(
  COMMAND ${CMAKE_CTEST_COMMAND} --build-and-test ${PROJECT} ${WORK}/consumer --build-generator ${GENERATOR}
          --build-options -DELIGO_CONSUMER_MODE=package -DCMAKE_PREFIX_PATH=${moved} -DCMAKE_BUILD_TYPE=Release ${OPTIONS}
          --test-command consumer fr ${moved}
  RESULT_VARIABLE failed OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(failed)
  message(FATAL_ERROR "the consumer of the moved prefix failed:\n${output}")
endif()
if(NOT output MATCHES "cheque_energie 194.00 EUR per year \\(${moved}/share/eligo/rules/fr\\)")
  message(FATAL_ERROR "the consumer of the moved prefix did not read the moved pack:\n${output}")
endif()

execute_process(COMMAND ${moved}/bin/eligo check fr RESULT_VARIABLE failed OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(failed OR NOT output MATCHES "\npack fr moved-copy: [0-9]+ inputs")
  message(FATAL_ERROR "the moved `eligo check fr` did not read the moved pack:\n${output}")
endif()
# Run from PATH, as users do: the program finds itself, not argv[0].
execute_process(COMMAND ${CMAKE_COMMAND} -E env "PATH=${moved}/bin:$ENV{PATH}" eligo check fr
                WORKING_DIRECTORY ${WORK} RESULT_VARIABLE failed OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(failed OR NOT output MATCHES "\npack fr moved-copy: [0-9]+ inputs")
  message(FATAL_ERROR "`eligo check fr` run from PATH did not read the moved pack:\n${output}")
endif()
message(STATUS "${output}")
