// Everything a program needs to load rule packs, build populations and evaluate them.
#pragma once

#include "eligo/audit.hpp"
#include "eligo/error.hpp"
#include "eligo/explain.hpp"
#include "eligo/outreach.hpp"
#include "eligo/pack.hpp"
#include "eligo/population.hpp"
#include "eligo/program.hpp"
#include "eligo/results.hpp"
#include "eligo/technical_doc.hpp"
#include "eligo/testing.hpp"
#include "eligo/value.hpp"
