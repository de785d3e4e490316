// The language resources tests use: Debian's system paths, and one shared LanguageResources
// per language (built on first use, like the CLI builds one per side).
//
//   const LanguageResources& fr = talign::testing::Resources("fr");
//   WordKeys keys(fr, options);
#pragma once

#include <string>

#include "talign/text/language_resources.h"

namespace talign::testing {

// Where Debian installs Hunspell and FreeDict (as the CLI's defaults).
ResourcePaths SystemResourcePaths();

// The resources of `tag` with SystemResourcePaths(), built once per test binary.
const LanguageResources& Resources(const std::string& tag);

}  // namespace talign::testing
