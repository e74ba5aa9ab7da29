# `eligo test` on a copy of the example pack where one expected amount is wrong: the run
# fails, naming the test file, line and column, the expected and the computed amount.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

file(COPY "${SOURCE_DIR}/rules/example" DESTINATION "${WORK_DIR}")
set(cases "${WORK_DIR}/example/tests/aide_energie.yaml")
file(READ "${cases}" text)
# Only the first case's amount changes: 194.00 becomes 195.00.
string(FIND "${text}" "amount: 194.00" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the example pack no longer expects 194.00 in ${cases}")
endif()
string(SUBSTRING "${text}" 0 ${at} before)
math(EXPR after_start "${at} + 14")
string(SUBSTRING "${text}" ${after_start} -1 after)
file(WRITE "${cases}" "${before}amount: 195.00${after}")

run_eligo(test "${WORK_DIR}/example")
expect_exit(1)
expect_matches("${eligo_out}"
  "aide_energie.yaml:[0-9]+:[0-9]+: test \"one person under the ceiling\": aide_energie amount: expected 195.00, got 194.00")
expect_matches("${eligo_out}" "[0-9]+ passed, 1 failed")
