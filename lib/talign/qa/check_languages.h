// The languages a check reads the sides in, as primary subtags ("fr", "en"), from the
// context's LanguageResources (RunChecks makes sure there are both).
#pragma once

#include <string>

#include "talign/qa/check.h"

namespace talign {

struct CheckLanguages {
  std::string source;
  std::string target;
};

inline CheckLanguages LanguagesOf(const CheckContext& context) {
  return {context.source_language->language().code(), context.target_language->language().code()};
}

}  // namespace talign
