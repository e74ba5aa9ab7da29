# The chain on files, each command reading what the previous one wrote, unchanged:
# `eligo synth` (a past and a today population) -> `eligo detect` -> `eligo train` (on the
# past campaign) -> `eligo rank` (today) -> `eligo plan` (the ranked list as it is).
# The plan is checked against the ranked list: every person planned once, an undetermined
# right's amount unknown (never 0), and a gain of 0 or less never planned before a positive one.
include("${CMAKE_CURRENT_LIST_DIR}/support/helpers.cmake")

set(period 2026-05)
set(ENV{ELIGO_AUDIT_KEY} "0123456789abcdef0123456789abcdef-chain-key")
set(log "${WORK_DIR}/audit.jsonl")
foreach(population past:5 today:6)
  string(REPLACE ":" ";" population "${population}")
  list(GET population 0 name)
  list(GET population 1 seed)
  run_eligo(synth --pack fr --households 1200 --seed ${seed} --period ${period} --output "${WORK_DIR}/${name}")
  expect_exit(0)
endforeach()

set(today "${WORK_DIR}/today")
run_eligo(detect fr --period ${period} --groups "${today}/famille.csv" --persons "${today}/personnes.csv"
          --receipts "${today}/receipts.csv" --output "${WORK_DIR}/detected")
expect_exit(0)
expect_match(detected "([0-9]+) candidates in [0-9]+ groups" "${eligo_out}")
set(detected_candidates ${CMAKE_MATCH_1})

run_eligo(train --pack fr --data "${WORK_DIR}/past" --period ${period} --output "${WORK_DIR}/model.json"
          --capacity 100 --seed 3)
expect_exit(0)
set(ranked "${WORK_DIR}/ranked.csv")
run_eligo(rank --pack fr --data "${today}" --period ${period} --model "${WORK_DIR}/model.json" --output "${ranked}"
          --capacity 100)
expect_exit(0)
expect_contains("${eligo_out}" "${detected_candidates} candidates (entitled or undetermined, not claiming)")

# What the ranked list holds, counted here: per person, the sum of their gains (in
# millionths: the list writes six decimals) and their rights of unknown amount.
file(STRINGS "${ranked}" rows)
list(POP_FRONT rows header)
string(REPLACE "," ";" header "${header}")
list(FIND header person_id person_at)
list(FIND header status status_at)
list(FIND header monthly_amount amount_at)
list(FIND header expected_gain gain_at)
list(LENGTH rows row_count)
if(NOT row_count EQUAL detected_candidates)
  message(FATAL_ERROR "rank listed ${row_count} rows, detect found ${detected_candidates} candidates")
endif()
set(persons "")
set(undetermined 0)
set(known_cents 0)
foreach(row IN LISTS rows)
  string(REPLACE "," ";" fields "${row}")
  list(GET fields ${person_at} person)
  list(GET fields ${status_at} status)
  list(GET fields ${amount_at} amount)
  list(GET fields ${gain_at} gain)
  if(status STREQUAL "undetermined")
    if(NOT amount STREQUAL "")
      message(FATAL_ERROR "an undetermined row has the amount `${amount}`: its amount is unknown")
    endif()
    math(EXPR undetermined "${undetermined} + 1")
  else()
    string(REPLACE "." "" cents "${amount}")
    math(EXPR known_cents "${known_cents} + ${cents}")
  endif()
  if(NOT gain MATCHES "^-?[0-9]+\\.[0-9][0-9][0-9][0-9][0-9][0-9]$")
    message(FATAL_ERROR "expected_gain `${gain}`: the model has an uplift part, every row has a gain")
  endif()
  # In millionths: math() reads the leading zeros of the decimals as decimal digits (a
  # REGEX REPLACE anchored with ^ would strip zeros again after each match).
  string(REGEX MATCH "([0-9]+)\\.([0-9]+)$" ignored "${gain}")
  math(EXPR micro "${CMAKE_MATCH_1} * 1000000 + ${CMAKE_MATCH_2}")
  if(gain MATCHES "^-")
    math(EXPR micro "0 - ${micro}")
  endif()
  if(NOT DEFINED gain_${person})
    list(APPEND persons "${person}")
    set(gain_${person} 0)
  endif()
  math(EXPR gain_${person} "${gain_${person}} + ${micro}")
endforeach()
list(LENGTH persons person_count)
set(no_gain 0)
foreach(person IN LISTS persons)
  if(gain_${person} LESS_EQUAL 0)
    math(EXPR no_gain "${no_gain} + 1")
  endif()
endforeach()
math(EXPR positive "${person_count} - ${no_gain}")
# The synthetic population has both cases, so that the checks below mean something.
if(undetermined EQUAL 0 OR no_gain EQUAL 0 OR positive EQUAL 0)
  message(FATAL_ERROR "expected undetermined rows (${undetermined}) and people with and without a positive gain "
                      "(${positive}, ${no_gain}) in the ranked list")
endif()

# Room for everyone: each person once, the positive gains first, then the others.
set(profiles --profiles "${today}/accessibility.csv")
file(WRITE "${WORK_DIR}/all.csv" "channel,capacity\n")
foreach(channel letter phone home_visit counter email_online sms)
  file(APPEND "${WORK_DIR}/all.csv" "${channel},unlimited\n")
endforeach()
run_eligo(plan fr --candidates "${ranked}" ${profiles} --capacity "${WORK_DIR}/all.csv"
          --output "${WORK_DIR}/all.json" --log "${log}")
expect_exit(0)
expect_contains("${eligo_out}" "${person_count} lines proposed, 0 candidates not contacted")
string(CONCAT tiers "tiers: ${positive} with a positive expected gain, 0 with no known amount (after known amounts), "
       "${no_gain} with an expected gain of 0 or less (last); ${undetermined} rights of unknown amount on the lines")
expect_contains("${eligo_out}" "${tiers}")
file(READ "${WORK_DIR}/all.json" plan)
string(JSON line_count LENGTH "${plan}" lines)
math(EXPR last "${line_count} - 1")
math(EXPR last_positive "${positive} - 1")
string(JSON first_tier GET "${plan}" lines 0 tier)
string(JSON boundary_tier GET "${plan}" lines ${last_positive} tier)
string(JSON after_tier GET "${plan}" lines ${positive} tier)
string(JSON last_tier GET "${plan}" lines ${last} tier)
string(JSON last_gain GET "${plan}" lines ${last} expected_gain)
if(NOT first_tier STREQUAL "positive_gain" OR NOT boundary_tier STREQUAL "positive_gain"
   OR NOT after_tier STREQUAL "no_gain" OR NOT last_tier STREQUAL "no_gain" OR last_gain GREATER 0)
  message(FATAL_ERROR "tiers out of order: line 1 ${first_tier}, line ${positive} ${boundary_tier}, line "
                      "${positive}+1 ${after_tier}, last ${last_tier} (gain ${last_gain})")
endif()

# Capacity for fewer people than have a positive gain: no one without one is planned.
math(EXPR letters "${positive} / 2")
file(WRITE "${WORK_DIR}/half.csv" "channel,capacity\nletter,${letters}\n")
run_eligo(plan fr --candidates "${ranked}" ${profiles} --capacity "${WORK_DIR}/half.csv"
          --output "${WORK_DIR}/half.json" --log "${log}" --objective euros)
expect_exit(0)
math(EXPR left_out "${person_count} - ${letters}")
expect_contains("${eligo_out}" "${letters} lines proposed, ${left_out} candidates not contacted")
expect_matches("${eligo_out}" "tiers: ${letters} with a positive expected gain, 0 with no known amount \\(after known amounts\\), 0 with")
message(STATUS "${person_count} people, ${positive} with a positive gain, ${undetermined} undetermined rows, "
               "${known_cents} cents a month known")

run_eligo(audit verify "${log}")
expect_exit(0)
expect_matches("${eligo_out}" "audit.jsonl: 2 lines, chain intact")
