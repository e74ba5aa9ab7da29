# Writes a population for the example pack: `groups` households (a multiple of 100) of a
# demandeur and a child, with varied incomes and tenures, in <folder>/foyers.csv and
# <folder>/personnes.csv. Blocks of 100 households are written from one template, so a few
# hundred thousand households take seconds.
function(write_example_population folder groups)
  set(group_rows "")
  set(person_rows "")
  set(tenures locataire proprietaire heberge)
  foreach(i RANGE 99)
    math(EXPR income "(${i} * 397) % 30000")
    math(EXPR earnings "(${i} * 131) % 9000")
    math(EXPR tenure "${i} % 3")
    list(GET tenures ${tenure} tenure_name)
    math(EXPR birth_year "1940 + ${i} % 60")
    math(EXPR child_year "2006 + ${i} % 19")
    string(APPEND group_rows "F@${i},${income},${earnings},${tenure_name}\n")
    string(APPEND person_rows "P@${i}a,F@${i},demandeur,${birth_year}-03-14,${earnings},femme,false\n"
                              "P@${i}b,F@${i},enfant,${child_year}-11-02,,,\n")
  endforeach()
  file(WRITE "${folder}/foyers.csv" "id,revenu_fiscal_reference,revenus_activite_trimestre,statut_occupation\n")
  file(WRITE "${folder}/personnes.csv" "id,foyer_id,role,date_naissance,salaire_mensuel,sexe,handicap\n")
  math(EXPR last_block "${groups} / 100 - 1")
  foreach(block RANGE ${last_block})
    string(REPLACE "@" "${block}-" groups_block "${group_rows}")
    string(REPLACE "@" "${block}-" persons_block "${person_rows}")
    file(APPEND "${folder}/foyers.csv" "${groups_block}")
    file(APPEND "${folder}/personnes.csv" "${persons_block}")
  endforeach()
endfunction()
