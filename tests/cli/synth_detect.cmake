# `eligo synth` writes a population that `eligo evaluate` and `eligo detect` read back; the
# same seed gives the same files, whatever the number of threads; `eligo detect` lists
# candidates with the truth alongside.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

set(pack tests/data/packs/minima)
run_eligo(synth --pack ${pack} --households 2000 --seed 4 --output "${WORK_DIR}/a")
expect_exit(0)
expect_matches("${eligo_out}" "rsa +[0-9]+ +34.0% +3[0-9].[0-9]%")
foreach(file famille.csv personnes.csv receipts.csv accessibility.csv campaign.csv truth.csv calibration.csv)
  if(NOT EXISTS "${WORK_DIR}/a/${file}")
    message(FATAL_ERROR "eligo synth did not write ${file}")
  endif()
endforeach()

# The same files again, and on one thread and on two: the thread count changes nothing.
foreach(run b:0 one-thread:1 two-threads:2)
  string(REPLACE ":" ";" run "${run}")
  list(GET run 0 folder)
  list(GET run 1 threads)
  run_eligo(synth --pack ${pack} --households 2000 --seed 4 --threads ${threads} --output "${WORK_DIR}/${folder}")
  expect_exit(0)
  foreach(file famille.csv personnes.csv receipts.csv accessibility.csv campaign.csv truth.csv calibration.csv)
    file(READ "${WORK_DIR}/a/${file}" first)
    file(READ "${WORK_DIR}/${folder}/${file}" second)
    if(NOT first STREQUAL second)
      message(FATAL_ERROR "${file} differs between two runs with the same seed (${folder}, --threads ${threads})")
    endif()
  endforeach()
endforeach()

set(population --period 2025-10 --groups "${WORK_DIR}/a/famille.csv" --persons "${WORK_DIR}/a/personnes.csv")
run_eligo(evaluate ${pack} ${population} --output "${WORK_DIR}/results.csv")
expect_exit(0)

run_eligo(detect ${pack} ${population} --receipts "${WORK_DIR}/a/receipts.csv" --truth "${WORK_DIR}/a/truth.csv"
          --output "${WORK_DIR}/detect")
expect_exit(0)
expect_matches("${eligo_out}" "aspa +[0-9]+ +[0-9]+ +[0-9]+ +[0-9.]+% +[0-9.]+ +[0-9]+ +50.0%")
file(READ "${WORK_DIR}/detect/candidates.csv" candidates)
expect_contains("${candidates}" "famille_id,benefit,status,receipt,monthly_amount,missing_inputs\n")
file(READ "${WORK_DIR}/detect/take_up.csv" take_up)
expect_contains("${take_up}" "benefit,eligible,receiving,not_receiving")

# A receipt table with a bad field: exit 1, the place of the problem named, never the
# value (whether someone receives a benefit is personal).
file(WRITE "${WORK_DIR}/bad_receipts.csv" "famille_id,rsa\nF0000001,peut-etre\n")
run_eligo(detect ${pack} ${population} --receipts "${WORK_DIR}/bad_receipts.csv")
expect_exit(1)
expect_contains("${eligo_err}" "bad_receipts.csv:2:2: error: not a receipt: write true, false, or leave the field empty")
expect_not_contains("${eligo_err}" "peut-etre")

run_eligo(synth --pack ${pack} --households 10)
expect_exit(2)
