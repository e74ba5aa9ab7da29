# An `eligo evaluate --output` run killed (SIGKILL, nothing can clean up) while it writes its
# results leaves no file under the output's name: at most a hidden temporary file beside it.
# Run again, it gives the same bytes as a run never interrupted.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/support/population.cmake")

write_example_population("${WORK_DIR}" 200000)
set(evaluate evaluate rules/example --period 2025-06 --groups "${WORK_DIR}/foyers.csv"
             --persons "${WORK_DIR}/personnes.csv" --threads 2)

run_eligo(${evaluate} --output "${WORK_DIR}/reference.csv")
expect_exit(0)

# Started in the background; killed as soon as its temporary output file holds something,
# that is while the results are being written; or after 120 s if it never does.
set(output "${WORK_DIR}/out/results.csv")
file(MAKE_DIRECTORY "${WORK_DIR}/out")
string(REPLACE ";" " " arguments "${evaluate}")
execute_process(
  COMMAND bash -c "\"$0\" ${arguments} --output \"$1\" & pid=$!
                   for i in $(seq 1 12000); do
                     for f in \"$2\"/.results.csv.tmp-*; do [ -s \"$f\" ] && break 2; done
                     kill -0 $pid 2>/dev/null || break
                     sleep 0.01
                   done
                   kill -KILL $pid 2>/dev/null && echo killed
                   wait $pid 2>/dev/null; exit 0"
          "${ELIGO}" "${output}" "${WORK_DIR}/out"
  WORKING_DIRECTORY "${SOURCE_DIR}" OUTPUT_VARIABLE killed TIMEOUT 300)
if(NOT killed MATCHES "killed")
  message(FATAL_ERROR "the run ended before it could be killed; give it a bigger population")
endif()
if(EXISTS "${output}")
  message(FATAL_ERROR "a killed run left ${output}")
endif()
# SIGKILL gives no chance to remove the temporary file; it is hidden and never mistaken
# for results.
file(GLOB leftovers "${WORK_DIR}/out/*")
list(FILTER leftovers EXCLUDE REGEX "/[.]results[.]csv[.]tmp-[^/]*$")
if(leftovers)
  message(FATAL_ERROR "a killed run left visible files: ${leftovers}")
endif()

run_eligo(${evaluate} --output "${output}")
expect_exit(0)
file(SHA256 "${WORK_DIR}/reference.csv" reference_hash)
file(SHA256 "${output}" rerun_hash)
if(NOT reference_hash STREQUAL rerun_hash)
  message(FATAL_ERROR "the run after the interrupted one gives other results")
endif()
