# Exit codes: 0 for --help, 2 for a wrong command line (with the help printed), 1 for a
# pack that cannot be found.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

run_eligo(--help)
expect_exit(0)
expect_contains("${eligo_out}" "evaluate")

run_eligo()
expect_exit(2)

run_eligo(evaluate example --period 2025-06)
expect_exit(2)
expect_contains("${eligo_err}" "--groups")
expect_contains("${eligo_err}" "Usage")

run_eligo(evaluate example --period 2025-13 --groups rules/example/data/foyers.csv
          --persons rules/example/data/personnes.csv)
expect_exit(2)
expect_contains("${eligo_err}" "YYYY-MM")

run_eligo(check rules/example --no-such-option)
expect_exit(2)

run_eligo(explain example --period 2025-06 --groups rules/example/data/foyers.csv
          --persons rules/example/data/personnes.csv --id F1 --language de)
expect_exit(2)

run_eligo(check "${WORK_DIR}/no_such_pack")
expect_exit(1)
