# `eligo check` on the bundled example pack: no problem, exit 0; by path and by name.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

run_eligo(check rules/example)
expect_exit(0)
expect_contains("${eligo_out}" "0 errors")
expect_matches("${eligo_out}" "pack example [0-9.]+: [0-9]+ inputs, [0-9]+ parameters, [0-9]+ variables, 3 benefits")

run_eligo(check example)
expect_exit(0)
