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

std::vector<std::string> HunspellDictionary::Stem(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return {};
  std::lock_guard<std::mutex> lock(mutex_);
  return hunspell_->stem(std::string(word));
}

std::vector<std::string> HunspellDictionary::Analyze(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return {};
  std::lock_guard<std::mutex> lock(mutex_);
  return hunspell_->analyze(std::string(word));
}

}  // namespace talign
