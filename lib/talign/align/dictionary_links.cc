#include "talign/align/dictionary_links.h"

#include <algorithm>
#include <unordered_map>

#include "talign/text/normalizer.h"
#include "talign/text/stemmer.h"

namespace talign {
namespace {

// One side's vocabulary by stem.
class StemIndex {
 public:
  StemIndex(const std::string& language, const std::vector<std::string>& words)
      : stemmer_(Language::Parse(language)) {
    for (std::uint32_t id = 0; id < words.size(); ++id)
      by_stem_[stemmer_.Stem(words[id])].push_back(id);
  }

  // Ids of the input words that `lemma` stands for.
  const std::vector<std::uint32_t>& Find(const std::string& lemma) const {
    static const std::vector<std::uint32_t> kNone;
    auto it = by_stem_.find(stemmer_.Stem(FoldForMatch(lemma)));
    return it == by_stem_.end() ? kNone : it->second;
  }

 private:
  Stemmer stemmer_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_stem_;
};

}  // namespace

std::vector<WordLink> DictionaryLinks(const BitextFeatures& features,
                                      const Dictionary& dictionary) {
  if (dictionary.pairs.empty()) return {};
  StemIndex src(dictionary.src_language, features.src_words);
  StemIndex tgt(dictionary.tgt_language, features.tgt_words);
  std::vector<WordLink> links;
  for (const auto& [s, t] : dictionary.pairs) {
    const std::vector<std::uint32_t>& src_ids = src.Find(s);
    if (src_ids.empty()) continue;
    for (std::uint32_t e : src_ids) {
      for (std::uint32_t f : tgt.Find(t)) links.emplace_back(e, f);
    }
  }
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  return links;
}

}  // namespace talign
