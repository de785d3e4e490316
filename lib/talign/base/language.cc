#include "talign/base/language.h"

#include <unicode/locid.h>

#include "talign/base/error.h"

namespace talign {

Language Language::Parse(const std::string& tag) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
  // getISO3Language() is empty for a language ICU does not know.
  if (U_FAILURE(status) || tag.empty() || *locale.getISO3Language() == '\0') {
    throw Error(ErrorKind::kData,
                "unknown language `" + tag + "` (expected a BCP 47 tag such as fr or en)");
  }
  std::string canonical = locale.toLanguageTag<std::string>(status);
  return Language(locale.getLanguage(), U_SUCCESS(status) ? canonical : tag);
}

}  // namespace talign
