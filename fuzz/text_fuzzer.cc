// Raw bytes → decoding → segmentation (raw and presegmented, fr and en) → tokens.
// Oracle: segments are in order, inside the text, and never overlap.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "talign/base/error.h"
#include "talign/base/utf8.h"
#include "talign/text/normalizer.h"
#include "talign/text/segmenter.h"
#include "talign/text/tokenizer.h"

namespace {

void CheckSegments(const std::string& text, const std::vector<talign::Segment>& segments) {
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const talign::Segment& s = segments[i];
    if (s.index != i || s.range.begin < previous_end || s.range.end > text.size() ||
        s.range.begin > s.range.end) {
      std::abort();
    }
    previous_end = s.range.end;
    for (const talign::Token& token : talign::Tokenize(s.text)) talign::FoldForMatch(token.text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text;
  try {
    text = talign::DecodeText({reinterpret_cast<const char*>(data), size}, {"fuzz"}, "");
  } catch (const talign::Error&) {
    return 0;
  }
  static const talign::Segmenter fr(talign::LanguageResources(talign::Language::Parse("fr"), {}));
  static const talign::Segmenter en(talign::LanguageResources(talign::Language::Parse("en"), {}));
  for (const talign::Segmenter* segmenter : {&fr, &en}) {
    CheckSegments(text, segmenter->Split(text, {false}));
    CheckSegments(text, segmenter->Split(text, {true}));
  }
  return 0;
}
