# Pack test cases with a member's values month by month (`monthly:`): a case of the example
# pack passes with them, and a month not written YYYY-MM is refused at its line and column.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

file(COPY "${SOURCE_DIR}/rules/example/" DESTINATION "${WORK_DIR}/pack")
file(REMOVE_RECURSE "${WORK_DIR}/pack/tests")
file(WRITE "${WORK_DIR}/pack/tests/mois.yaml" [[- name: birth date given for one month only
  period: 2025-06
  source: "age 41 in June 2025, so 1 unit; 9000 < 9500 gives 194"
  foyer: {revenu_fiscal_reference: 9000}
  membres: [{role: demandeur, monthly: {date_naissance: {2025-06: 1984-05-02}}}]
  expect:
    aide_energie: {status: eligible, amount: 194.00}
]])
run_eligo(test "${WORK_DIR}/pack")
expect_exit(0)
expect_contains("${eligo_out}" "1 passed, 0 failed")

file(WRITE "${WORK_DIR}/pack/tests/mois.yaml" [[- name: bad month
  period: 2025-06
  foyer: {revenu_fiscal_reference: 9000}
  membres: [{role: demandeur, monthly: {date_naissance: {2025-6: 1984-05-02}}}]
  expect:
    aide_energie: {status: eligible, amount: 194.00}
]])
run_eligo(test "${WORK_DIR}/pack")
expect_exit(1)
expect_matches("${eligo_err}" "mois.yaml:4:58: [^\n]*expected a month YYYY-MM for `date_naissance`, got `2025-6`")
