// A Stemmer that stems each distinct word once: running text repeats its words, and a
// look-up costs less than Snowball's suffix rules. The one stem cache of the code base;
// LanguageResources::stemmer() shares one per language among its users.
//
//   const CachedStemmer& fr = fr_resources.stemmer();
//   fr.Stem("accords") == "accord"   // stemmed, then kept
//   fr.Stem("accords")               // the kept stem
#pragma once

#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "talign/text/stemmer.h"

namespace talign {

// Thread-safe: a mutex guards the Stemmer's state and the cache. Not copyable.
class CachedStemmer {
 public:
  explicit CachedStemmer(Stemmer stemmer) : stemmer_(std::move(stemmer)) {}
  CachedStemmer(const CachedStemmer&) = delete;
  CachedStemmer& operator=(const CachedStemmer&) = delete;

  // Stemmer::Stem(word). The reference stays valid while this object lives.
  const std::string& Stem(std::string_view word) const;

 private:
  Stemmer stemmer_;
  mutable std::mutex mutex_;
  mutable std::deque<std::string> words_;  // the cache's keys view these
  mutable std::unordered_map<std::string_view, std::string> stems_;
};

}  // namespace talign
