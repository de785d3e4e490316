// The languages a check reads the sides in: the glossary's when there is one, else SPEC's
// defaults (fr → en). CheckContext carries no languages of its own.
#pragma once

#include <string>

#include "talign/qa/check.h"

namespace talign {

struct CheckLanguages {
  std::string source = "fr";  // primary subtags
  std::string target = "en";
};

inline CheckLanguages LanguagesOf(const CheckContext& context) {
  if (context.glossary == nullptr) return {};
  return {context.glossary->source_language.code(), context.glossary->target_language.code()};
}

}  // namespace talign
