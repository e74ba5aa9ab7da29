# `eligo templates LANGUAGE` prints the built-in wording as a templates file.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

run_eligo(templates fr-falc)
expect_exit(0)
expect_contains("${eligo_out}" "language: fr-falc\nshow_references: false\n")
expect_contains("${eligo_out}" "  title: \"Vos aides en {month}\"\n")

run_eligo(templates de)
expect_exit(2)
