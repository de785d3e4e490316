// The language resources tests use: one shared LanguageResources per language with the
// CLI's default paths (DebianResourcePaths), built on first use as the CLI builds one per side.
//
//   const LanguageResources& fr = talign::testing::Resources("fr");
//   WordKeys keys(fr, options);
#pragma once

#include <string>

#include "talign/text/language_resources.h"

namespace talign::testing {

// The resources of `tag` with DebianResourcePaths(), built once per test binary.
const LanguageResources& Resources(const std::string& tag);

}  // namespace talign::testing
