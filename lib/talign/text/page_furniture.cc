#include "talign/text/page_furniture.h"

#include <string>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

// Folded (no accents, lower case) furniture. A `title` item takes the rest of the line
// after it: "Lire aussi : Le Sahel…". French, then English.
struct FurnitureItem {
  std::string_view text;
  bool title;
};
constexpr FurnitureItem kItems[] = {
    {"publicite", false},
    {"lire la suite", false},
    {"lire aussi", true},
    {"a lire aussi", true},
    {"► a ecouter", true},
    {"► a lire", true},
    {"► a voir", true},
    {"► lire aussi", true},
    {"voir aussi", true},
    {"© afp", false},
    {"(afp)", false},
    {"afp", false},
    {"photo", true},
    {"video", true},
    {"partager", false},
    {"newsletter", false},
    {"advertisement", false},
    {"read more", true},
    {"continue reading", false},
    {"read also", true},
    {"► listen", true},
    {"► read", true},
    {"► watch", true},
    {"see also", true},
    {"share", false},
    {"© reuters", false},
    {"© ap", false},
};

std::string_view TrimFront(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == ':' || s.front() == '-' || s.front() == '|')) {
    s.remove_prefix(1);
  }
  return s;
}

// The rest of `s` after a furniture item it starts with; false if it starts with none.
bool Consume(std::string_view* s) {
  for (const FurnitureItem& item : kItems) {
    if (s->substr(0, item.text.size()) != item.text) continue;
    std::string_view rest = s->substr(item.text.size());
    bool word_ends = rest.empty() || rest.front() == ' ' || rest.front() == ':';
    if (!word_ends) continue;
    *s = item.title ? std::string_view() : TrimFront(rest);
    return true;
  }
  return false;
}

}  // namespace

// Longer lines are first tried on their folded first kPrefixBytes: items match from the
// start, so a line whose prefix starts with none is not furniture, and most lines are
// sentences that folding whole would cost more than the rest of their features.
constexpr std::size_t kPrefixBytes = 64;
constexpr std::size_t kLongestItemBytes = 16;  // "continue reading"

bool IsPageFurniture(std::string_view text) {
  if (text.size() > kPrefixBytes) {
    std::size_t cut = kPrefixBytes;  // on a code point boundary
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    std::string prefix = FoldForMatch(text.substr(0, cut));
    std::string_view rest = TrimFront(prefix);
    if (rest.size() > kLongestItemBytes && !Consume(&rest)) return false;
  }
  std::string folded = FoldForMatch(text);
  std::string_view rest = TrimFront(folded);
  if (rest.empty()) return false;
  while (!rest.empty()) {
    if (!Consume(&rest)) return false;
  }
  return true;
}

}  // namespace talign
