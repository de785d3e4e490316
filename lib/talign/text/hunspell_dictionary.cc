#include "talign/text/hunspell_dictionary.h"

#include <filesystem>
#include <hunspell.hxx>

namespace talign {

std::unique_ptr<HunspellDictionary> HunspellDictionary::Open(const std::string& dir,
                                                             const std::string& name) {
  if (dir.empty() || name.empty()) return nullptr;
  std::string base = dir + "/" + name;
  if (!std::filesystem::exists(base + ".aff") || !std::filesystem::exists(base + ".dic")) {
    return nullptr;
  }
  auto hunspell = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
  if (hunspell->get_dict_encoding() != "UTF-8") return nullptr;
  return std::unique_ptr<HunspellDictionary>(new HunspellDictionary(std::move(hunspell)));
}

HunspellDictionary::HunspellDictionary(std::unique_ptr<Hunspell> hunspell)
    : hunspell_(std::move(hunspell)) {}

HunspellDictionary::~HunspellDictionary() = default;

bool HunspellDictionary::Spell(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  return hunspell_->spell(std::string(word));
}

const std::vector<std::string>& HunspellDictionary::AnalyzeLocked(std::string_view word) const {
  std::string key(word);
  auto it = analyses_.find(key);
  if (it == analyses_.end()) it = analyses_.emplace(key, hunspell_->analyze(key)).first;
  return it->second;
}

// Hunspell's stem(word) is stem(analyze(word)): the kept analyses serve both.
std::vector<std::string> HunspellDictionary::Stem(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return {};
  std::lock_guard<std::mutex> lock(mutex_);
  return hunspell_->stem(AnalyzeLocked(word));
}

std::vector<std::string> HunspellDictionary::Analyze(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return {};
  std::lock_guard<std::mutex> lock(mutex_);
  return AnalyzeLocked(word);
}

}  // namespace talign
