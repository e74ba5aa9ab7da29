// Everything a program needs to load rule packs, build populations and evaluate them.
#pragma once

#include "eligo/error.hpp"
#include "eligo/explain.hpp"
#include "eligo/fairness.hpp"
#include "eligo/letters.hpp"
#include "eligo/notice.hpp"
#include "eligo/pack.hpp"
#include "eligo/population.hpp"
#include "eligo/program.hpp"
#include "eligo/rank.hpp"
#include "eligo/results.hpp"
#include "eligo/synth.hpp"
#include "eligo/takeup.hpp"
#include "eligo/testing.hpp"
#include "eligo/value.hpp"
