#include "talign/text/cached_stemmer.h"

namespace talign {

const std::string& CachedStemmer::Stem(std::string_view word) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = stems_.find(word);
  if (it != stems_.end()) return it->second;
  std::string stem = stemmer_.Stem(word);
  return stems_.emplace(words_.emplace_back(word), std::move(stem)).first->second;
}

}  // namespace talign
