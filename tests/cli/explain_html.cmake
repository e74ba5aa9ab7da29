# `eligo explain --format html` writes an accessible page; with --output-dir, one file per
# register; `--language all` without a folder is refused for HTML.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

set(data "rules/example/data")
set(population example --period 2025-06 --groups ${data}/foyers.csv --persons ${data}/personnes.csv)

run_eligo(explain ${population} --id F1 --language fr-falc --format html)
expect_exit(0)
expect_contains("${eligo_out}" "<!DOCTYPE html>\n<html lang=\"fr\">")
expect_contains("${eligo_out}" "<h1>Vos aides en juin 2025</h1>")
expect_contains("${eligo_out}" "<th scope=\"col\">")
expect_contains("${eligo_out}" "role=\"img\" aria-label=\"Vous avez droit\"")

run_eligo(explain ${population} --id F1 --language all --format html)
expect_exit(1)
expect_contains("${eligo_err}" "choose one --language, or give --output-dir")

run_eligo(explain ${population} --id F1 --language all --format html --output-dir "${WORK_DIR}/pages")
expect_exit(0)
foreach(language fr fr-falc en)
  if(NOT EXISTS "${WORK_DIR}/pages/F1.${language}.html")
    message(FATAL_ERROR "missing ${WORK_DIR}/pages/F1.${language}.html; output:\n${eligo_out}")
  endif()
endforeach()
file(READ "${WORK_DIR}/pages/F1.en.html" english)
expect_contains("${english}" "<h1>Your entitlements in June 2025</h1>")
