#include "talign/text/hunspell_dictionary.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <hunspell.hxx>

namespace talign {

void HunspellDictionary::CloseConverter::operator()(UConverter* converter) const {
  ucnv_close(converter);
}

std::unique_ptr<HunspellDictionary> HunspellDictionary::Open(const std::string& dir,
                                                             const std::string& name) {
  if (dir.empty() || name.empty()) return nullptr;
  std::string base = dir + "/" + name;
  if (!std::filesystem::exists(base + ".aff") || !std::filesystem::exists(base + ".dic")) {
    return nullptr;
  }
  auto hunspell = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
  std::unique_ptr<UConverter, CloseConverter> converter;
  if (hunspell->get_dict_encoding() != "UTF-8") {
    UErrorCode status = U_ZERO_ERROR;
    converter.reset(ucnv_open(hunspell->get_dict_encoding().c_str(), &status));
    if (U_FAILURE(status)) return nullptr;
    // A word the charset cannot spell is unknown, not one with '?' in it.
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                          &status);
  }
  return std::unique_ptr<HunspellDictionary>(
      new HunspellDictionary(std::move(hunspell), std::move(converter)));
}

HunspellDictionary::HunspellDictionary(std::unique_ptr<Hunspell> hunspell,
                                       std::unique_ptr<UConverter, CloseConverter> converter)
    : hunspell_(std::move(hunspell)), converter_(std::move(converter)) {}

std::optional<std::string> HunspellDictionary::ToDictionary(std::string_view word) const {
  if (converter_ == nullptr) return std::string(word);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  std::string out(static_cast<std::size_t>(text.length()) * 4 + 1, '\0');
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = ucnv_fromUChars(converter_.get(), out.data(), static_cast<int32_t>(out.size()),
                                   text.getBuffer(), text.length(), &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<std::size_t>(length));
  return out;
}

std::vector<std::string> HunspellDictionary::FromDictionary(std::vector<std::string> words) const {
  if (converter_ == nullptr) return words;
  for (std::string& word : words) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text(word.data(), static_cast<int32_t>(word.size()), converter_.get(),
                            status);
    word.clear();
    text.toUTF8String(word);
  }
  return words;
}

HunspellDictionary::~HunspellDictionary() = default;

bool HunspellDictionary::Spell(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  std::optional<std::string> spelt = ToDictionary(word);
  return spelt && hunspell_->spell(*spelt);
}

const std::vector<std::string>& HunspellDictionary::AnalyzeLocked(std::string_view word) const {
  std::string key(word);
  auto it = analyses_.find(key);
  if (it == analyses_.end()) {
    std::optional<std::string> spelt = ToDictionary(word);
    it = analyses_.emplace(key, spelt ? hunspell_->analyze(*spelt) : std::vector<std::string>())
             .first;
  }
  return it->second;
}

// Hunspell's stem(word) is stem(analyze(word)): the kept analyses serve both.
std::vector<std::string> HunspellDictionary::Stem(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return {};
  std::lock_guard<std::mutex> lock(mutex_);
  return FromDictionary(hunspell_->stem(AnalyzeLocked(word)));
}

std::vector<std::string> HunspellDictionary::Analyze(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return {};
  std::lock_guard<std::mutex> lock(mutex_);
  return FromDictionary(AnalyzeLocked(word));
}

}  // namespace talign
