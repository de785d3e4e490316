// untranslated: a target segment that is the source copied (after folding: error), or that
// is still written in the source language (stop-word profile, language_profile.h: error).
// Segments of names, numbers, URLs or fewer than three lower-case words are never reported.
#pragma once

#include <memory>

#include "talign/qa/check.h"

namespace talign {

std::unique_ptr<Check> MakeUntranslatedCheck();

}  // namespace talign
