#include "talign/text/stemmer.h"

#include <libstemmer.h>

#include <array>
#include <utility>

namespace talign {
namespace {

// BCP 47 primary subtags that libstemmer does not accept as aliases itself.
constexpr std::array<std::pair<std::string_view, const char*>, 3> kSnowballNames = {{
    {"nb", "norwegian"},
    {"nn", "norwegian"},
    {"no", "norwegian"},
}};

sb_stemmer* NewStemmer(const std::string& code) {
  for (const auto& [bcp47, snowball] : kSnowballNames) {
    if (code == bcp47) return sb_stemmer_new(snowball, "UTF_8");
  }
  // libstemmer knows the ISO 639-1/-2 codes ("fr", "fra", "en", "deu") as aliases.
  return sb_stemmer_new(code.c_str(), "UTF_8");
}

}  // namespace

Stemmer::Stemmer(const Language& language) : stemmer_(NewStemmer(language.code())) {}

Stemmer::Stemmer(std::string_view algorithm)
    : stemmer_(algorithm.empty() ? nullptr
                                 : sb_stemmer_new(std::string(algorithm).c_str(), "UTF_8")) {}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

Stemmer::Stemmer(Stemmer&& other) noexcept : stemmer_(std::exchange(other.stemmer_, nullptr)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
  std::swap(stemmer_, other.stemmer_);
  return *this;
}

std::string Stemmer::Stem(std::string_view word) const {
  if (stemmer_ == nullptr || word.empty()) return std::string(word);
  const sb_symbol* stem = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                          static_cast<int>(word.size()));
  if (stem == nullptr) return std::string(word);  // out of memory: fall back to the word
  return std::string(reinterpret_cast<const char*>(stem), sb_stemmer_length(stemmer_));
}

}  // namespace talign
