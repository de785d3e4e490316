#include "talign/text/page_furniture.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "talign/text/language_resources.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

// Every language's items, longest first so that an item wins over its own prefix, and
// the longest's size. `starting[b]`: the items a text starting with byte b may start with,
// in that order (an empty item in every list), so that a line is tried on a few.
struct Furniture {
  std::vector<FurnitureItem> items;
  std::size_t longest = 0;
  std::array<std::vector<const FurnitureItem*>, 256> starting;
};

const Furniture& AllFurniture() {
  static const Furniture* furniture = [] {
    auto* all = new Furniture;
    all->items = FurnitureItems(EmbeddedList("furniture"));
    for (const FurnitureItem& item : all->items) {
      all->longest = std::max(all->longest, item.folded.size());
    }
    auto by_size = [](const FurnitureItem& a, const FurnitureItem& b) {
      return a.folded.size() != b.folded.size() ? a.folded.size() > b.folded.size()
                                                : a.folded < b.folded;
    };
    std::sort(all->items.begin(), all->items.end(), by_size);
    auto same = [](const FurnitureItem& a, const FurnitureItem& b) {
      return a.folded == b.folded && a.takes_title == b.takes_title;
    };
    all->items.erase(std::unique(all->items.begin(), all->items.end(), same), all->items.end());
    for (const FurnitureItem& item : all->items) {
      for (std::size_t b = 0; b < all->starting.size(); ++b) {
        if (item.folded.empty() || static_cast<unsigned char>(item.folded[0]) == b) {
          all->starting[b].push_back(&item);
        }
      }
    }
    return all;
  }();
  return *furniture;
}

std::string_view TrimFront(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == ':' || s.front() == '-' || s.front() == '|')) {
    s.remove_prefix(1);
  }
  return s;
}

// The rest of `s` after a furniture item it starts with; false if it starts with none.
bool Consume(std::string_view* s) {
  if (s->empty()) return false;
  for (const FurnitureItem* item :
       AllFurniture().starting[static_cast<unsigned char>(s->front())]) {
    if (s->substr(0, item->folded.size()) != item->folded) continue;
    std::string_view rest = s->substr(item->folded.size());
    bool word_ends = rest.empty() || rest.front() == ' ' || rest.front() == ':';
    if (!word_ends) continue;
    *s = item->takes_title ? std::string_view() : TrimFront(rest);
    return true;
  }
  return false;
}

// True when no item can start `text`, told from its leading ASCII bytes, which fold to
// themselves lowered (a mark after them is dropped): most sentences differ from every item
// of their first letter within a few bytes, and need not be folded at all.
bool NoItemStarts(std::string_view text) {
  std::size_t ascii = 0;
  while (ascii < text.size() && static_cast<unsigned char>(text[ascii]) < 0x80) ++ascii;
  std::string_view lead = TrimFront(text.substr(0, ascii));
  if (lead.empty()) return false;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (const FurnitureItem* item :
       AllFurniture().starting[static_cast<unsigned char>(lower(lead[0]))]) {
    const std::size_t n = std::min(item->folded.size(), lead.size());
    bool same = true;
    for (std::size_t k = 0; k < n && same; ++k) same = lower(lead[k]) == item->folded[k];
    if (same) return false;
  }
  return true;
}

}  // namespace

// Longer lines are first tried on their folded first kPrefixBytes: items match from the
// start, so a line whose prefix starts with none is not furniture, and most lines are
// sentences that folding whole would cost more than the rest of their features.
// (Valid while every item is shorter than the prefix.)
constexpr std::size_t kPrefixBytes = 64;

bool IsPageFurniture(std::string_view text) {
  if (NoItemStarts(text)) return false;
  const std::size_t longest = AllFurniture().longest;
  if (text.size() > kPrefixBytes && longest < kPrefixBytes) {
    std::size_t cut = kPrefixBytes;  // on a code point boundary
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    std::string prefix = FoldForMatch(text.substr(0, cut));
    std::string_view rest = TrimFront(prefix);
    if (rest.size() > longest && !Consume(&rest)) return false;
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
