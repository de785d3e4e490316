#include "talign/glossary/term_matcher.h"

#include <algorithm>
#include <unordered_map>

#include "talign/text/tokenizer.h"

namespace talign {

// One glossary form: per word, the keys a text token must share with it.
struct Form {
  std::size_t term = 0;
  std::vector<std::vector<std::string>> words;
};

struct TermMatcher::Index {
  std::vector<Form> forms;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_key;  // key → forms

  void Add(std::size_t term, const std::string& text, const WordKeys& keys, KeyKind kind) {
    Form form{term, {}};
    for (const Token& token : Tokenize(text)) form.words.push_back(keys.PatternKeys(token, kind));
    if (form.words.empty()) return;  // nothing matchable, e.g. only apostrophes
    for (const std::string& key : form.words[0]) by_first_key[key].push_back(forms.size());
    forms.push_back(std::move(form));
  }
};

namespace {

KeyKind KindFor(TermSide side, bool case_sensitive) {
  switch (side) {
    case TermSide::kSource:
      return KeyKind::kInflected;  // case_sensitive is for targets only
    case TermSide::kTarget:
      return case_sensitive ? KeyKind::kInflectedCaseSensitive : KeyKind::kInflected;
    case TermSide::kForbidden:
      return case_sensitive ? KeyKind::kExactCaseSensitive : KeyKind::kExact;
  }
  return KeyKind::kExact;
}

const std::vector<std::string>& FormsOf(const Term& term, TermSide side) {
  switch (side) {
    case TermSide::kSource:
      return term.sources;
    case TermSide::kTarget:
      return term.targets;
    case TermSide::kForbidden:
      return term.forbidden;
  }
  return term.sources;
}

bool MatchesAt(const Form& form, const std::vector<const std::vector<std::string>*>& text,
               std::size_t at) {
  if (at + form.words.size() > text.size()) return false;
  for (std::size_t j = 0; j < form.words.size(); ++j) {
    if (!SharesKey(form.words[j], *text[at + j])) return false;
  }
  return true;
}

}  // namespace

TermMatcher::TermMatcher(const Glossary& glossary, const TermMatcherOptions& options) {
  WordKeysOptions src_options;
  src_options.fold_accents = true;  // SPEC: source forms match whatever their accents
  src_options.hunspell_dir = options.hunspell_dir;
  WordKeysOptions tgt_options;
  tgt_options.hunspell_dir = options.hunspell_dir;
  src_keys_ = std::make_unique<WordKeys>(glossary.source_language, src_options);
  tgt_keys_ = std::make_unique<WordKeys>(glossary.target_language, tgt_options);
  for (TermSide side : {TermSide::kSource, TermSide::kTarget, TermSide::kForbidden}) {
    auto index = std::make_unique<Index>();
    const WordKeys& keys = side == TermSide::kSource ? *src_keys_ : *tgt_keys_;
    for (std::size_t t = 0; t < glossary.terms.size(); ++t) {
      KeyKind kind = KindFor(side, glossary.terms[t].case_sensitive);
      for (const std::string& form : FormsOf(glossary.terms[t], side))
        index->Add(t, form, keys, kind);
    }
    indices_[static_cast<int>(side)] = std::move(index);
  }
}

TermMatcher::~TermMatcher() = default;

std::vector<TermMatch> TermMatcher::Find(TermSide side, std::string_view text,
                                         std::size_t segment) const {
  const Index& index = *indices_[static_cast<int>(side)];
  const WordKeys& keys = side == TermSide::kSource ? *src_keys_ : *tgt_keys_;
  std::vector<Token> tokens = Tokenize(text);
  std::vector<const std::vector<std::string>*> token_keys;
  for (const Token& token : tokens) token_keys.push_back(&keys.KeysOf(token));

  std::vector<TermMatch> matches;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const std::string& key : *token_keys[i]) {
      auto it = index.by_first_key.find(key);
      if (it == index.by_first_key.end()) continue;
      for (std::size_t f : it->second) {
        const Form& form = index.forms[f];
        if (!MatchesAt(form, token_keys, i)) continue;
        ByteRange range{tokens[i].range.begin, tokens[i + form.words.size() - 1].range.end};
        matches.push_back(
            {form.term, segment, range, std::string(text.substr(range.begin, range.size()))});
      }
    }
  }
  auto order = [](const TermMatch& a, const TermMatch& b) {
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    if (a.term != b.term) return a.term < b.term;
    return a.range.end < b.range.end;
  };
  auto same = [](const TermMatch& a, const TermMatch& b) {
    return a.term == b.term && a.range == b.range;
  };
  std::sort(matches.begin(), matches.end(), order);
  matches.erase(std::unique(matches.begin(), matches.end(), same), matches.end());
  return matches;
}

}  // namespace talign
