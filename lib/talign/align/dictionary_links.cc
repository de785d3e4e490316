#include "talign/align/dictionary_links.h"

#include <algorithm>

#include "talign/text/normalizer.h"

namespace talign {
namespace {

// One side's vocabulary, sorted by folded word, for exact and stem lookups.
class Vocabulary {
 public:
  explicit Vocabulary(const std::vector<std::string>& words) {
    for (std::uint32_t id = 0; id < words.size(); ++id) sorted_.emplace_back(words[id], id);
    std::sort(sorted_.begin(), sorted_.end());
  }

  // Ids of the input words that `lemma` (folded) stands for.
  std::vector<std::uint32_t> Find(const std::string& lemma) const {
    std::vector<std::uint32_t> ids;
    bool stemmed = lemma.size() >= kMinStemBytes + 2;
    std::string stem = stemmed ? lemma.substr(0, lemma.size() - 2) : lemma;
    auto at = std::lower_bound(sorted_.begin(), sorted_.end(), std::make_pair(stem, 0u));
    for (; at != sorted_.end() && at->first.compare(0, stem.size(), stem) == 0; ++at) {
      if (at->first == lemma || (stemmed && at->first.size() <= lemma.size() + 3)) {
        ids.push_back(at->second);
      }
    }
    return ids;
  }

 private:
  std::vector<std::pair<std::string, std::uint32_t>> sorted_;
};

}  // namespace

std::vector<WordLink> DictionaryLinks(const BitextFeatures& features,
                                      const std::vector<std::pair<std::string, std::string>>& pairs) {
  Vocabulary src(features.src_words), tgt(features.tgt_words);
  std::vector<WordLink> links;
  for (const auto& [s, t] : pairs) {
    std::vector<std::uint32_t> src_ids = src.Find(FoldForMatch(s));
    if (src_ids.empty()) continue;
    std::vector<std::uint32_t> tgt_ids = tgt.Find(FoldForMatch(t));
    for (std::uint32_t e : src_ids) {
      for (std::uint32_t f : tgt_ids) links.emplace_back(e, f);
    }
  }
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  return links;
}

}  // namespace talign
