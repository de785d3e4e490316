#include "talign/align/dictionary.h"

#include <algorithm>

#include "talign/text/normalizer.h"
#include "talign/text/tokenizer.h"

namespace talign {
namespace {

void AddWords(const std::vector<Segment>& segments, std::unordered_set<std::string>* words) {
  for (const Segment& segment : segments) {
    for (const Token& t : Tokenize(segment.text)) {
      if (t.kind != TokenKind::kPunct) words->insert(FoldForMatch(t.text));
    }
  }
}

}  // namespace

void DictionaryScope::Add(const std::vector<Segment>& src_segments,
                          const std::vector<Segment>& tgt_segments) {
  AddWords(src_segments, &src);
  AddWords(tgt_segments, &tgt);
}

struct Dictionary::Index {
  std::string src_snowball, tgt_snowball;
  WordPairs pairs;
  std::unordered_map<std::string, std::vector<std::string>> by_src_stem;
};

Dictionary::Dictionary(const LanguageResources& src, const LanguageResources& tgt,
                       WordPairs pairs) {
  auto index = std::make_shared<Index>();
  index->src_snowball = src.Setting("snowball");
  index->tgt_snowball = tgt.Setting("snowball");
  // The resources' shared stemmers stem each word once: a headword recurs in each of its
  // pairs, a common translation under many.
  for (const auto& [s, t] : pairs) {
    index->by_src_stem[src.stemmer().Stem(FoldForMatch(s))].push_back(
        tgt.stemmer().Stem(FoldForMatch(t)));
  }
  for (auto& [stem, targets] : index->by_src_stem) {
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
  }
  index->pairs = std::move(pairs);
  index_ = std::move(index);
}

const WordPairs& Dictionary::pairs() const {
  static const WordPairs kNone;
  return index_ == nullptr ? kNone : index_->pairs;
}

Stemmer Dictionary::NewSourceStemmer() const {
  return Stemmer(index_ == nullptr ? std::string_view() : index_->src_snowball);
}

Stemmer Dictionary::NewTargetStemmer() const {
  return Stemmer(index_ == nullptr ? std::string_view() : index_->tgt_snowball);
}

const std::vector<std::string>& Dictionary::TargetStems(const std::string& src_stem) const {
  static const std::vector<std::string> kNone;
  if (index_ == nullptr) return kNone;
  auto it = index_->by_src_stem.find(src_stem);
  return it == index_->by_src_stem.end() ? kNone : it->second;
}

}  // namespace talign
