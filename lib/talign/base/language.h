// A validated BCP 47 language tag.
//
//   Language fr = Language::Parse("fr");      // fr.code() == "fr"
//   Language::Parse("xx-nope");               // throws Error{kData}
#pragma once

#include <string>

namespace talign {

class Language {
 public:
  // Throws Error{kData} when ICU does not know the tag's language subtag.
  static Language Parse(const std::string& tag);

  // The primary language subtag, lower case ("fr" for "fr-CA").
  const std::string& code() const { return code_; }
  // The tag as given, canonicalised by ICU ("fr_CA" style is accepted too).
  const std::string& tag() const { return tag_; }

  bool operator==(const Language& other) const { return tag_ == other.tag_; }

 private:
  Language(std::string code, std::string tag) : code_(std::move(code)), tag_(std::move(tag)) {}
  std::string code_;
  std::string tag_;
};

}  // namespace talign
