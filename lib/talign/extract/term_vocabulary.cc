#include "talign/extract/term_vocabulary.h"

#include <algorithm>

namespace talign {

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
  return best->first;
}

}  // namespace talign
