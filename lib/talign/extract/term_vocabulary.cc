#include "talign/extract/term_vocabulary.h"

#include <algorithm>
#include <string_view>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

// Bytes that case folding changes; more than one marks an acronym ("SARS", "CoV") or a
// name like "McDonald", which are never lowered.
std::size_t Capitals(std::string_view word, std::string_view folded) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size(); ++i) n += word[i] != folded[i];
  return n;
}

// True when `lower` is `cased` with some capitalised words (a single capital each) in lower
// case and no other change: "human coronavirus" of "human Coronavirus", not "sars" of "SARS".
bool Lowers(std::string_view lower, std::string_view cased) {
  if (lower == cased || lower.size() != cased.size()) return false;
  for (std::size_t at = 0; at < cased.size();) {
    std::size_t end = std::min(cased.find(' ', at), cased.size());
    std::string_view c = cased.substr(at, end - at), l = lower.substr(at, end - at);
    std::string folded = FoldCase(c);
    if (c != l && (folded.size() != c.size() || l != folded || Capitals(c, folded) != 1))
      return false;
    at = end + 1;
  }
  return true;
}

// A single lower-case occurrence may be another sense ("the \"messenger\" of the
// electromagnetic force" beside the Messenger probe): it takes two to lower a term.
constexpr std::uint32_t kMinLowerCount = 2;

}  // namespace

std::string TermKey(const std::vector<TermWord>& words, const TermSpan& span) {
  std::string key;
  for (std::size_t i = span.first; i <= span.last; ++i) {
    key.append(reinterpret_cast<const char*>(&words[i].lemma), sizeof(words[i].lemma));
  }
  return key;
}

std::uint32_t TermVocabulary::Add(const std::string& key, const std::string& spelling,
                                  bool sentence_initial) {
  auto [it, added] = ids_.emplace(key, static_cast<std::uint32_t>(terms_.size()));
  if (added) terms_.push_back({key, 0, {}});
  auto& spellings = terms_[it->second].spellings;
  auto known = std::find_if(spellings.begin(), spellings.end(),
                            [&](const auto& s) { return s.first == spelling; });
  std::uint32_t weight = sentence_initial ? 0 : 1;
  if (known != spellings.end()) {
    known->second += weight;
  } else if (spellings.size() < kMaxSpellings && (weight > 0 || spellings.empty())) {
    spellings.emplace_back(spelling, weight);
  }
  return it->second;
}

std::optional<std::uint32_t> TermVocabulary::Find(const std::string& key) const {
  auto it = ids_.find(key);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

void TermVocabulary::CountBead(std::vector<std::uint32_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (std::uint32_t id : ids) ++terms_[id].beads;
}

const std::string& TermVocabulary::Spelling(std::uint32_t id) const {
  const auto& spellings = terms_[id].spellings;
  auto best = spellings.begin();
  for (auto it = spellings.begin(); it != spellings.end(); ++it) {
    if (it->second > best->second) best = it;
  }
  auto lowered = best;
  for (auto it = spellings.begin(); it != spellings.end(); ++it) {
    double share = static_cast<double>(it->second) / (it->second + best->second);
    if (it->second >= kMinLowerCount && Lowers(it->first, best->first) &&
        share >= lower_case_share_ && (lowered == best || it->second > lowered->second))
      lowered = it;
  }
  return lowered->first;
}

std::string TermVocabulary::LoweredSpelling(std::uint32_t id) const {
  const std::string& observed = Spelling(id);
  std::vector<std::string> words;
  for (std::size_t at = 0; at <= observed.size();) {
    std::size_t end = std::min(observed.find(' ', at), observed.size());
    words.push_back(observed.substr(at, end - at));
    at = end + 1;
  }
  constexpr std::size_t kLemma = sizeof(std::uint32_t);
  const std::string& key = terms_[id].key;
  if (words.size() < 2 || words.size() * kLemma != key.size()) return observed;
  auto capitalised = [&](std::size_t i) {
    return i < words.size() && FoldCase(words[i]) != words[i];
  };
  std::string spelling;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string word = words[i];
    auto single = Find(key.substr(i * kLemma, kLemma));
    bool lone = !capitalised(i + 1) && (i == 0 || !capitalised(i - 1));
    if (lone && single && Lowers(Spelling(*single), word)) word = Spelling(*single);
    spelling += (i > 0 ? " " : "") + word;
  }
  return spelling;
}

}  // namespace talign
