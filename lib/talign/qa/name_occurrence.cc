#include "talign/qa/name_occurrence.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

// Function words a name may hold between its capitalised words ("Accord de la Paix").
constexpr int kMaxFunctionWordGap = 2;

bool Capitalised(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && u_isupper(c);
}

}  // namespace

NameOccurrence::NameOccurrence(const LanguageResources& source, const Glossary& glossary)
    : function_words_(source.FunctionWords()),
      glossary_(glossary),
      signal_(source.Setting("nouns_capitalised") != "yes") {}

bool NameOccurrence::InsideName(const TermMatch& match, const std::vector<Token>& tokens) const {
  if (!signal_ || !Capitalised(match.surface)) return false;
  const std::vector<std::string>& forms = glossary_.terms[match.term].sources;
  if (std::any_of(forms.begin(), forms.end(), [](const std::string& f) { return Capitalised(f); }))
    return false;
  auto first = std::find_if(tokens.begin(), tokens.end(),
                            [&](const Token& t) { return t.range.begin >= match.range.begin; });
  auto after = std::find_if(first, tokens.end(),
                            [&](const Token& t) { return t.range.begin >= match.range.end; });
  auto first_word = std::find_if(tokens.begin(), tokens.end(),
                                 [](const Token& t) { return t.kind == TokenKind::kWord; });
  if (first == first_word) return false;  // a sentence's first word is capitalised anyway
  // The nearest word on each side that is not a function word, within the gap.
  auto capitalised_neighbour = [&](auto it, auto end) {
    for (int gap = 0; it != end && gap <= kMaxFunctionWordGap; ++it) {
      if (it->kind != TokenKind::kWord) {
        if (it->text == "-" || it->text == "'" || it->text == "’") continue;
        return false;
      }
      if (function_words_.count(FoldForMatch(it->text)) == 0) return Capitalised(it->text);
      ++gap;
    }
    return false;
  };
  return capitalised_neighbour(after, tokens.end()) ||
         capitalised_neighbour(std::make_reverse_iterator(first), tokens.rend());
}

}  // namespace talign
