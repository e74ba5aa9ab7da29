// The shares and bands the generator draws from, each with where it comes from. Rounded
// figures: they give a plausible population, not an official one (docs/synthetic-population.md).
#pragma once

#include <array>

namespace eligo::synth {

struct AgeBand {
  int low;
  int high;  // inclusive
  double weight;
};

// Insee, recensement 2020, ménages selon la structure familiale (rounded; the 2 % of
// complex households are spread over the four types): single, couple, couple with
// children, single parent.
inline constexpr std::array<double, 4> household_type_shares = {0.38, 0.26, 0.26, 0.10};

// Insee, familles selon le nombre d'enfants de moins de 25 ans (rounded): 1, 2, 3, 4.
inline constexpr std::array<double, 4> couple_children_shares = {0.42, 0.40, 0.14, 0.04};
inline constexpr std::array<double, 4> lone_parent_children_shares = {0.55, 0.31, 0.10, 0.04};

// Age of the reference person by household type (Insee RP 2020, rounded into bands).
inline constexpr std::array<AgeBand, 7> single_ages = {
    {{18, 24, 0.08}, {25, 39, 0.20}, {40, 54, 0.17}, {55, 64, 0.15}, {65, 74, 0.17}, {75, 84, 0.14}, {85, 97, 0.09}}};
inline constexpr std::array<AgeBand, 5> couple_ages = {
    {{20, 29, 0.07}, {30, 44, 0.10}, {45, 59, 0.18}, {60, 74, 0.40}, {75, 92, 0.25}}};
inline constexpr std::array<AgeBand, 4> parent_ages = {{{22, 29, 0.08}, {30, 39, 0.33}, {40, 49, 0.38}, {50, 60, 0.21}}};
inline constexpr std::array<AgeBand, 4> lone_parent_ages = {
    {{20, 29, 0.12}, {30, 39, 0.30}, {40, 49, 0.38}, {50, 60, 0.20}}};

// Insee, estimations de population au 1er janvier 2024: metropole, Guadeloupe, Martinique,
// Guyane, La Réunion, Mayotte (shares of persons, used for households).
inline constexpr std::array<double, 6> territory_shares = {0.9676, 0.0056, 0.0051, 0.0043, 0.0129, 0.0045};

// Insee, étrangers et immigrés 2023: 7.7 % of residents are foreigners, a third of them
// European. Mayotte (about half) and Guyane (about a third) have many more.
inline constexpr std::array<double, 3> nationality_shares = {0.923, 0.023, 0.054};  // french, eu, non_eu
inline constexpr double foreign_share_mayotte = 0.48;
inline constexpr double foreign_share_guyane = 0.35;

}  // namespace eligo::synth
