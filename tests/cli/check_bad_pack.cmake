# `eligo check` on a pack with four problems in four files reports all four, each with
# file:line:column, and exits 1.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

run_eligo(check tests/data/bad_packs/four_problems)
expect_exit(1)
set(folder "tests/data/bad_packs/four_problems/variables")
expect_matches("${eligo_err}" "${folder}/unknown_name.yaml:[0-9]+:[0-9]+: error: unknown name `revenu_fiscal_referenc`; did you mean `revenu_fiscal_reference`\\?")
expect_matches("${eligo_err}" "${folder}/type_error.yaml:[0-9]+:[0-9]+: error: [^\n]*date")
expect_matches("${eligo_err}" "${folder}/cycle.yaml:[0-9]+:[0-9]+: error: [^\n]*cycle[^\n]*plafond[^\n]*plancher")
expect_matches("${eligo_err}" "${folder}/syntax_error.yaml:[0-9]+:[0-9]+: error: [^\n]*YAML")
expect_contains("${eligo_err}" "4 errors")
