#include "talign/qa/number_typos.h"

#include <string_view>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

// Shorter words are too close to other words ("cent" / "dent") to read as a number's typo.
constexpr std::size_t kMinLetters = 5;

// One letter inserted, dropped or replaced, or two neighbours swapped (bytes: number words
// are ASCII once folded).
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() < b.size()) return a.substr(i) == b.substr(i + 1);
  if (i == a.size()) return false;  // equal
  if (a.substr(i + 1) == b.substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

const NumberWord* NearNumberWord(std::string_view folded, const NumberLanguage& language) {
  for (const auto& [spelling, word] : language.words()) {
    if (spelling.size() + 1 >= kMinLetters && OneEditApart(folded, spelling)) return &word;
  }
  return nullptr;
}

}  // namespace

std::vector<double> MisspeltNumbers(const std::vector<Token>& tokens,
                                    const NumberLanguage& language,
                                    const HunspellDictionary* hunspell) {
  std::vector<double> values;
  if (hunspell == nullptr) return values;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord || t.text.size() < kMinLetters) continue;
    std::string folded = FoldForMatch(t.text);
    if (language.Word(folded) != nullptr) continue;
    const NumberWord* near = NearNumberWord(folded, language);
    if (near != nullptr && near->role == NumberWordRole::kUnit && !hunspell->Spell(t.text)) {
      values.push_back(near->value);
    }
  }
  return values;
}

}  // namespace talign
