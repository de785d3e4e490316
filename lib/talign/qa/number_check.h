// number-mismatch: the numbers of a bead's two sides, read as each language writes them
// (number_parser.h), differ. Reports which: "source has `14`, target has `4`".
#pragma once

#include <memory>

#include "talign/qa/check.h"

namespace talign {

std::unique_ptr<Check> MakeNumberMismatchCheck();

}  // namespace talign
