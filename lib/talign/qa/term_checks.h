// The glossary checks.
//   term-missing:   a glossary source term occurs in a bead's source side, and none of its
//                   accepted translations occurs in the bead's target side.
//   term-forbidden: a forbidden target form occurs in a target segment.
#pragma once

#include <memory>

#include "talign/qa/check.h"

namespace talign {

std::unique_ptr<Check> MakeTermMissingCheck();
std::unique_ptr<Check> MakeTermForbiddenCheck();

}  // namespace talign
