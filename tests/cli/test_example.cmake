# `eligo test` on the bundled example pack: every case passes.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

run_eligo(test rules/example)
expect_exit(0)
expect_matches("${eligo_out}" "[1-9][0-9]* passed, 0 failed")
