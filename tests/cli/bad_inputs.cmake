# Every case of the bad-input catalogue (tests/bad_inputs) through the command line:
# `eligo evaluate` when the case has a population, `eligo check` otherwise. Each must exit
# with 1 (a problem in what eligo was given), within a minute, printing every fragment of
# its expected.txt on stderr; never crash (3 or a signal) nor succeed.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

# Pads `file` with comment lines of `#` up to `bytes` (grow.txt, see the catalogue's README).
function(grow_file file bytes)
  string(REPEAT "#" 1023 line)
  string(REPEAT "${line}\n" 1024 block)  # 1 MiB
  file(SIZE "${file}" size)
  while(size LESS bytes)
    file(APPEND "${file}" "${block}")
    math(EXPR size "${size} + 1048576")
  endwhile()
endfunction()

set(catalogue "${SOURCE_DIR}/tests/bad_inputs")
file(GLOB cases LIST_DIRECTORIES true RELATIVE "${catalogue}" "${catalogue}/*")
set(failures "")
set(count 0)
foreach(name IN LISTS cases)
  # Model files are read by no command yet: the C++ runner covers those cases.
  if(NOT IS_DIRECTORY "${catalogue}/${name}" OR EXISTS "${catalogue}/${name}/model.json")
    continue()
  endif()
  math(EXPR count "${count} + 1")
  set(work "${WORK_DIR}/${name}")
  file(COPY "${catalogue}/${name}/" DESTINATION "${work}")
  if(EXISTS "${work}/grow.txt")
    file(STRINGS "${work}/grow.txt" grows)
    foreach(grow IN LISTS grows)
      string(REPLACE " " ";" grow "${grow}")
      list(GET grow 0 grow_name)
      list(GET grow 1 grow_bytes)
      grow_file("${work}/${grow_name}" ${grow_bytes})
    endforeach()
  endif()

  set(pack "${SOURCE_DIR}/rules/example")
  if(IS_DIRECTORY "${work}/pack")
    set(pack "${work}/pack")
  endif()
  if(EXISTS "${work}/foyers.csv")
    set(period "2025-06")
    if(EXISTS "${work}/period.txt")
      file(STRINGS "${work}/period.txt" period LIMIT_COUNT 1)
    endif()
    set(command evaluate "${pack}" --period "${period}" --groups "${work}/foyers.csv"
                --persons "${work}/personnes.csv" --output "${work}/results.csv")
  else()
    set(command check "${pack}")
  endif()

  execute_process(COMMAND "${ELIGO}" ${command} WORKING_DIRECTORY "${work}" TIMEOUT 60
                  RESULT_VARIABLE exit_code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT exit_code STREQUAL "1")
    string(APPEND failures "${name}: expected exit code 1, got ${exit_code}\n${err}\n")
    continue()
  endif()
  if(EXISTS "${work}/results.csv")
    string(APPEND failures "${name}: a results file was written despite the error\n")
  endif()
  file(STRINGS "${work}/expected.txt" fragments)
  foreach(fragment IN LISTS fragments)
    string(FIND "${err}" "${fragment}" at)
    if(at EQUAL -1)
      string(APPEND failures "${name}: expected to find\n  ${fragment}\nin:\n${err}\n")
    endif()
  endforeach()
endforeach()

if(count LESS 40)  # model-file cases not counted
  string(APPEND failures "the catalogue holds ${count} cases, fewer than 40\n")
endif()
if(failures)
  message(FATAL_ERROR "${failures}")
endif()
message(STATUS "${count} bad inputs, each refused with its expected error")
