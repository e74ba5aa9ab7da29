# Where eligo writes: never onto a device, a FIFO or a folder, never onto the input it reads,
# never outside an --output-dir whatever the ids say, and a folder of `eligo synth` files left
# half rewritten is refused by the commands that read it.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

set(data "rules/example/data")
file(COPY "${SOURCE_DIR}/${data}/foyers.csv" "${SOURCE_DIR}/${data}/personnes.csv" DESTINATION "${WORK_DIR}/in")
set(groups "${WORK_DIR}/in/foyers.csv")
set(persons "${WORK_DIR}/in/personnes.csv")
file(READ "${persons}" persons_before)
set(population example --period 2025-06 --groups "${groups}" --persons "${persons}")

# --output onto an input, named as it is, through ./, through a symbolic link: refused, input intact.
file(CREATE_LINK "${persons}" "${WORK_DIR}/link.csv" SYMBOLIC)
foreach(output "${persons}" "${WORK_DIR}/in/./personnes.csv" "${WORK_DIR}/link.csv")
  run_eligo(evaluate ${population} --output "${output}")
  expect_exit(1)
  expect_contains("${eligo_err}" "--output is the input file ${persons}")
  file(READ "${persons}" persons_after)
  if(NOT persons_after STREQUAL persons_before)
    message(FATAL_ERROR "evaluate --output ${output} changed its own input")
  endif()
endforeach()

# --output onto a folder, a device or a FIFO: refused with what it is.
run_eligo(evaluate ${population} --output "${WORK_DIR}/in")
expect_exit(1)
expect_contains("${eligo_err}" "cannot write here: it is a folder")
run_eligo(evaluate ${population} --output /dev/null)
expect_exit(1)
expect_contains("${eligo_err}" "/dev/null: error: cannot write here: it is a device")
execute_process(COMMAND mkfifo "${WORK_DIR}/fifo" RESULT_VARIABLE made)
if(made EQUAL 0)
  run_eligo(evaluate ${population} --output "${WORK_DIR}/fifo")
  expect_exit(1)
  expect_contains("${eligo_err}" "cannot write here: it is a FIFO")
endif()

# `--output -` is standard output, as the default is, not a file named `-` in the folder eligo
# runs in (the source folder here).
run_eligo(evaluate ${population})
expect_exit(0)
set(default_rows "${eligo_out}")
expect_contains("${default_rows}" "group_id,benefit,status,amount,amount_period")
run_eligo(evaluate ${population} --output -)
expect_exit(0)
if(NOT eligo_out STREQUAL default_rows)
  message(FATAL_ERROR "evaluate --output - differs from standard output:\n${eligo_out}")
endif()
run_eligo(doc example --output -)
expect_exit(0)
expect_contains("${eligo_out}" "example")
if(EXISTS "${SOURCE_DIR}/-")
  message(FATAL_ERROR "--output - wrote a file named `-` in ${SOURCE_DIR}")
endif()

# explain --output-dir with a group id that climbs out of the folder: refused, nothing written
# outside it.
file(READ "${groups}" groups_text)
string(REPLACE "F1," "../x," groups_text "${groups_text}")
file(WRITE "${WORK_DIR}/climb/foyers.csv" "${groups_text}")
file(READ "${persons}" persons_text)
string(REPLACE ",F1," ",../x," persons_text "${persons_text}")
file(WRITE "${WORK_DIR}/climb/personnes.csv" "${persons_text}")
run_eligo(explain example --period 2025-06 --groups "${WORK_DIR}/climb/foyers.csv"
          --persons "${WORK_DIR}/climb/personnes.csv" --id ../x --output-dir "${WORK_DIR}/climb/pages")
expect_exit(1)
expect_contains("${eligo_err}" "group id `../x` cannot name a file: it holds a path separator")
file(GLOB escaped "${WORK_DIR}/climb/x.*" "${WORK_DIR}/climb/pages/*")
if(escaped)
  message(FATAL_ERROR "explain wrote ${escaped}")
endif()

# A synthetic set with one file replaced by another run's: evaluate and detect refuse it.
set(pack tests/data/packs/minima)
run_eligo(synth --pack ${pack} --households 40 --seed 4 --output "${WORK_DIR}/old")
expect_exit(0)
file(READ "${WORK_DIR}/old/MANIFEST.sha256" manifest)
expect_matches("${manifest}" "^[0-9a-f]+  famille.csv\n[0-9a-f]+  personnes.csv\n[0-9a-f]+  receipts.csv\n")
run_eligo(synth --pack ${pack} --households 40 --seed 5 --output "${WORK_DIR}/new")
expect_exit(0)
set(old --period 2025-10 --groups "${WORK_DIR}/old/famille.csv" --persons "${WORK_DIR}/old/personnes.csv")
run_eligo(detect ${pack} ${old} --receipts "${WORK_DIR}/old/receipts.csv" --output "${WORK_DIR}/detect")
expect_exit(0)
# The interruption: the new run had replaced receipts.csv when it stopped.
file(COPY_FILE "${WORK_DIR}/new/receipts.csv" "${WORK_DIR}/old/receipts.csv")
run_eligo(detect ${pack} ${old} --receipts "${WORK_DIR}/old/receipts.csv" --output "${WORK_DIR}/detect")
expect_exit(1)
expect_contains("${eligo_err}" "old/receipts.csv: error: this file does not match the SHA-256 that")
expect_contains("${eligo_err}" "the folder mixes files of two runs")
file(COPY_FILE "${WORK_DIR}/new/personnes.csv" "${WORK_DIR}/old/personnes.csv")
run_eligo(evaluate ${pack} ${old})
expect_exit(1)
expect_contains("${eligo_err}" "old/personnes.csv: error: this file does not match")
# A run stopped before any file was replaced leaves the set marked incomplete.
file(WRITE "${WORK_DIR}/new/MANIFEST.sha256"
     "# incomplete: this set is being written, or its writing was interrupted\n")
run_eligo(train --pack ${pack} --data "${WORK_DIR}/new" --period 2025-10 --output "${WORK_DIR}/model.json")
expect_exit(1)
expect_contains("${eligo_err}" "MANIFEST.sha256:1:1: error: the set of files in this folder is incomplete")
