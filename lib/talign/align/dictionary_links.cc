#include "talign/align/dictionary_links.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace talign {

std::vector<WordLink> DictionaryLinks(const BitextFeatures& features,
                                      const Dictionary& dictionary) {
  if (dictionary.empty()) return {};
  Stemmer src_stemmer = dictionary.NewSourceStemmer(), tgt_stemmer = dictionary.NewTargetStemmer();
  std::unordered_map<std::string, std::vector<std::uint32_t>> tgt_by_stem;
  for (std::uint32_t f = 0; f < features.tgt_words.size(); ++f)
    tgt_by_stem[tgt_stemmer.Stem(features.tgt_words[f])].push_back(f);
  std::vector<WordLink> links;
  for (std::uint32_t e = 0; e < features.src_words.size(); ++e) {
    for (const std::string& tgt_stem :
         dictionary.TargetStems(src_stemmer.Stem(features.src_words[e]))) {
      auto found = tgt_by_stem.find(tgt_stem);
      if (found == tgt_by_stem.end()) continue;
      for (std::uint32_t f : found->second) links.emplace_back(e, f);
    }
  }
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  return links;
}

}  // namespace talign
