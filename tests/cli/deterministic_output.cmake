# `eligo evaluate` writes the same bytes on every run and for every thread count, in CSV
# and in JSON, on a population big enough to be cut in many batches.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/support/population.cmake")

write_example_population("${WORK_DIR}" 20000)
foreach(format csv json)
  set(first_hash "")
  foreach(run 1-thread-a 1-thread-b 2-threads 4-threads 0-threads)
    string(REGEX MATCH "^[0-9]+" threads "${run}")
    set(output "${WORK_DIR}/${run}.${format}")
    run_eligo(evaluate rules/example --period 2025-06 --groups "${WORK_DIR}/foyers.csv"
              --persons "${WORK_DIR}/personnes.csv" --threads ${threads} --format ${format}
              --output "${output}")
    expect_exit(0)
    file(SHA256 "${output}" hash)
    if(first_hash STREQUAL "")
      set(first_hash "${hash}")
      set(first_run "${run}")
    elseif(NOT hash STREQUAL first_hash)
      message(FATAL_ERROR "${format}: the ${run} run differs from the ${first_run} run")
    endif()
  endforeach()
endforeach()
