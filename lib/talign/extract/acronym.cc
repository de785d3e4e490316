#include "talign/extract/acronym.h"

#include <algorithm>
#include <unordered_map>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

template <typename Fn>
void ForEachWord(const std::string& text, Fn fn) {
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t end = std::min(text.find(' ', at), text.size());
    fn(text.substr(at, end - at));
    at = end + 1;
  }
}

// Two capitals or more: an acronym, or a name written with inner capitals ("SARS-CoV-2",
// "McDonald"), never lowered.
bool InnerCapitals(const std::string& word) {
  return std::count_if(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) >= 2;
}

}  // namespace

bool IsAcronym(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (!(c >= '0' && c <= '9') && c != '-') {
      return false;
    }
  }
  return letters >= 2;
}

std::string WithSourceAcronyms(const std::string& source, const std::string& target) {
  std::unordered_map<std::string, std::string> acronyms;  // folded → as written
  ForEachWord(source, [&](const std::string& word) {
    if (InnerCapitals(word)) acronyms.emplace(FoldCase(word), word);
  });
  if (acronyms.empty()) return target;
  std::string written;
  ForEachWord(target, [&](const std::string& word) {
    auto it = acronyms.find(FoldCase(word));
    written += (written.empty() ? "" : " ") + (it == acronyms.end() ? word : it->second);
  });
  return written;
}

}  // namespace talign
