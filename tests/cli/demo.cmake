# `eligo demo --sample`: a summary table of the sample households and one
# explanation.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

run_eligo(demo --sample)
expect_exit(0)
expect_contains("${eligo_out}" "8 households")
expect_matches("${eligo_out}" "F3 +aide_energie +undetermined +missing: revenu_fiscal_reference")
expect_contains("${eligo_out}" "7 eligible, 12 not eligible, 5 undetermined")
expect_contains("${eligo_out}" "Vous avez droit à cette aide.")
