# `eligo detect --monthly` and `eligo explain --monthly`: a worker whose salary is given only
# month by month is decided from the history, as by `eligo evaluate --monthly`; an output
# that would overwrite the monthly file is refused, the file intact.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/support/single_worker.cmake")

write_single_worker("${WORK_DIR}" "")  # no single salaire_net

# June 2025, quarter February to April (the fourth, third and second months before, décret
# n° 2025-185; tests/cli/evaluate_monthly.cmake shows the arithmetic): prime d'activité
# (183.00 + 0 + 359.10) / 3 = 180.70, RSA 646.52 - 900 / 3 = 346.52.
set(monthly_rows "id,month,input,value\nP1,2025-02,salaire_net,300\nP1,2025-03,salaire_net,0\nP1,2025-04,salaire_net,600\n")
file(WRITE "${WORK_DIR}/mois.csv" "${monthly_rows}")
file(WRITE "${WORK_DIR}/receipts.csv" "famille_id,ppa,rsa\nF1,false,false\n")
set(population --period 2025-06 --groups "${WORK_DIR}/familles.csv" --persons "${WORK_DIR}/personnes.csv")

run_eligo(detect fr ${population} --receipts "${WORK_DIR}/receipts.csv" --monthly "${WORK_DIR}/mois.csv"
          --output "${WORK_DIR}/detect")
expect_exit(0)
file(READ "${WORK_DIR}/detect/candidates.csv" candidates)
expect_contains("${candidates}" "F1,ppa,eligible,false,180.70,")
expect_contains("${candidates}" "F1,rsa,eligible,false,346.52,")

# Without the history the salary is unknown: both rights are undetermined.
run_eligo(detect fr ${population} --receipts "${WORK_DIR}/receipts.csv" --output "${WORK_DIR}/detect_sans")
expect_exit(0)
file(READ "${WORK_DIR}/detect_sans/candidates.csv" candidates)
expect_contains("${candidates}" "F1,ppa,undetermined,false,,salaire_net")

run_eligo(explain fr ${population} --id F1 --language en --format json --monthly "${WORK_DIR}/mois.csv")
expect_exit(0)
expect_contains("${eligo_out}" "18070")

# detect --output whose candidates.csv is the monthly file: refused before anything is read.
file(MAKE_DIRECTORY "${WORK_DIR}/sur")
file(WRITE "${WORK_DIR}/sur/candidates.csv" "${monthly_rows}")
run_eligo(detect fr ${population} --receipts "${WORK_DIR}/receipts.csv" --monthly "${WORK_DIR}/sur/candidates.csv"
          --output "${WORK_DIR}/sur")
expect_exit(1)
expect_contains("${eligo_err}" "--output is the input file")
file(READ "${WORK_DIR}/sur/candidates.csv" kept)
if(NOT kept STREQUAL monthly_rows)
  message(FATAL_ERROR "the monthly file was overwritten:\n${kept}")
endif()

# explain --output-dir whose page would be the monthly file: refused, the file intact.
file(MAKE_DIRECTORY "${WORK_DIR}/pages")
file(WRITE "${WORK_DIR}/pages/F1.en.txt" "${monthly_rows}")
run_eligo(explain fr ${population} --id F1 --language en --monthly "${WORK_DIR}/pages/F1.en.txt"
          --output-dir "${WORK_DIR}/pages")
expect_exit(1)
expect_contains("${eligo_err}" "--output-dir is the input file")
file(READ "${WORK_DIR}/pages/F1.en.txt" kept)
if(NOT kept STREQUAL monthly_rows)
  message(FATAL_ERROR "the monthly file was overwritten:\n${kept}")
endif()
