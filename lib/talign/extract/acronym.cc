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

std::vector<std::pair<TermSpan, std::size_t>> AcronymExpansions(
    const std::vector<TermWord>& words, const std::vector<TermSpan>& spans) {
  std::vector<std::pair<TermSpan, std::size_t>> found;
  for (const TermSpan& span : spans) {
    std::size_t open = span.last + 1, acronym = span.last + 2, close = span.last + 3;
    if (span.first == span.last || close >= words.size() || words[open].text != "(" ||
        words[close].text != ")" || !IsAcronym(words[acronym].text))
      continue;
    std::string initials;
    for (std::size_t i = span.first; i <= span.last; ++i) {
      if (words[i].content()) initials += FoldForMatch(words[i].text).substr(0, 1);
    }
    if (initials == FoldForMatch(words[acronym].text)) found.emplace_back(span, acronym);
  }
  return found;
}

}  // namespace talign
