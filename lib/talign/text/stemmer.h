// Snowball stemming of single words, for inflection-aware matching.
//
//   Stemmer fr(Language::Parse("fr"));
//   fr.Stem("talibans") == "taliban";  fr.Stem("accords") == "accord"
//   Stemmer ja(Language::Parse("ja"));  // no Snowball stemmer: Stem() returns the word
//   Stemmer de("german");               // by Snowball algorithm (LanguageResources::NewStemmer)
#pragma once

#include <string>
#include <string_view>

#include "talign/base/language.h"

struct sb_stemmer;

namespace talign {

// Movable, not copyable: owns a libstemmer object. Not thread-safe: libstemmer keeps the result in
// the stemmer's own buffer, so Stem() mutates state even though it is const. Use one
// Stemmer per thread.
class Stemmer {
 public:
  // Any language Snowball knows (fr, en, de, es, …); for others Stem() is the identity.
  explicit Stemmer(const Language& language);
  // A Snowball algorithm name ("french", "german"); empty or unknown: Stem() is the identity.
  explicit Stemmer(std::string_view algorithm);
  ~Stemmer();
  Stemmer(Stemmer&& other) noexcept;
  Stemmer& operator=(Stemmer&& other) noexcept;
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // True when Snowball has a stemmer for the language.
  bool has_stemmer() const { return stemmer_ != nullptr; }

  // The stem of one word. Snowball expects lower-case input: fold the case first
  // ("Talibans" stems to "Taliban", not "taliban").
  std::string Stem(std::string_view word) const;

 private:
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace talign
