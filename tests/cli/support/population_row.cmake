# write_population_row: a population file of one row for the French pack.

# One row of a population file: the value of each column of the bundled sample's header
# (so that the file follows the pack's schema), empty (unknown) where none is given.
function(write_population_row file header_source)
  file(STRINGS "${SOURCE_DIR}/${header_source}" lines LIMIT_COUNT 1)
  string(REPLACE "," ";" columns "${lines}")
  set(values)
  foreach(column IN LISTS columns)
    if(DEFINED value_${column})
      list(APPEND values "${value_${column}}")
    else()
      list(APPEND values "")
    endif()
  endforeach()
  string(REPLACE ";" "," row "${values}")
  file(WRITE "${file}" "${lines}\n${row}\n")
endfunction()
