// A lower stage reaching up: core must not know the evaluation's headers.
#pragma once
#include "eval/batch.hpp"
