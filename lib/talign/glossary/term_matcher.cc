#include "talign/glossary/term_matcher.h"

#include <algorithm>
#include <tuple>

#include "talign/text/tokenizer.h"

namespace talign {

// One glossary form: per word, the keys a text token must share with it.
struct Form {
  std::size_t term = 0;
  std::size_t index = 0;  // among the term's forms of its side
  std::vector<KeyList> words;
};

struct TermMatcher::Index {
  std::vector<Form> forms;
  // Forms by the keys of their first word: a text key past the end starts no form.
  std::vector<std::vector<std::size_t>> by_first_key;

  void Add(std::size_t term, std::size_t index, const std::string& text, const WordKeys& keys,
           KeyKind kind) {
    Form form{term, index, {}};
    for (const Token& token : Tokenize(text)) form.words.push_back(keys.PatternKeys(token, kind));
    if (form.words.empty()) return;  // nothing matchable, e.g. only apostrophes
    for (KeyId key : form.words[0]) {
      if (key >= by_first_key.size()) by_first_key.resize(key + 1);
      by_first_key[key].push_back(forms.size());
    }
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

bool MatchesAt(const Form& form, const std::vector<const KeyList*>& text, std::size_t at) {
  if (at + form.words.size() > text.size()) return false;
  for (std::size_t j = 0; j < form.words.size(); ++j) {
    if (!SharesKey(form.words[j], *text[at + j])) return false;
  }
  return true;
}

}  // namespace

TermMatcher::TermMatcher(const Glossary& glossary, const LanguageResources& source,
                         const LanguageResources& target) {
  WordKeysOptions src_options;
  src_options.fold_accents = true;  // SPEC: source forms match whatever their accents
  src_keys_ = std::make_unique<WordKeys>(source, src_options);
  tgt_keys_ = std::make_unique<WordKeys>(target, WordKeysOptions{});
  for (TermSide side : {TermSide::kSource, TermSide::kTarget, TermSide::kForbidden}) {
    auto index = std::make_unique<Index>();
    const WordKeys& keys = side == TermSide::kSource ? *src_keys_ : *tgt_keys_;
    for (std::size_t t = 0; t < glossary.terms.size(); ++t) {
      KeyKind kind = KindFor(side, glossary.terms[t].case_sensitive);
      const std::vector<std::string>& forms = FormsOf(glossary.terms[t], side);
      for (std::size_t f = 0; f < forms.size(); ++f) index->Add(t, f, forms[f], keys, kind);
    }
    indices_[static_cast<int>(side)] = std::move(index);
  }
}

TermMatcher::~TermMatcher() = default;

std::vector<TermMatch> TermMatcher::Find(TermSide side, std::string_view text,
                                         std::size_t segment) const {
  return Find(side, text, Tokenize(text), segment);
}

std::vector<TermMatch> TermMatcher::Find(TermSide side, std::string_view text,
                                         const std::vector<Token>& tokens,
                                         std::size_t segment) const {
  return TermMatches(FindForms(side, text, tokens, segment));
}

std::vector<FormMatch> TermMatcher::FindForms(TermSide side, std::string_view text,
                                              const std::vector<Token>& tokens,
                                              std::size_t segment) const {
  const Index& index = *indices_[static_cast<int>(side)];
  const WordKeys& keys = side == TermSide::kSource ? *src_keys_ : *tgt_keys_;
  std::vector<const KeyList*>& token_keys = token_keys_;  // scratch, as found_
  token_keys.clear();
  for (const Token& token : tokens) token_keys.push_back(&keys.KeysOf(token));

  std::vector<FormMatch>& found = found_;  // grown once per matcher, not per call
  found.clear();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (KeyId key : *token_keys[i]) {
      if (key >= index.by_first_key.size()) continue;
      for (std::size_t f : index.by_first_key[key]) {
        const Form& form = index.forms[f];
        if (!MatchesAt(form, token_keys, i)) continue;
        ByteRange range{tokens[i].range.begin, tokens[i + form.words.size() - 1].range.end};
        found.push_back({{form.term, segment, range, {}}, form.index});
      }
    }
  }
  auto order = [](const FormMatch& a, const FormMatch& b) {
    return std::tie(a.match.range.begin, a.match.term, a.match.range.end, a.form) <
           std::tie(b.match.range.begin, b.match.term, b.match.range.end, b.form);
  };
  auto same = [](const FormMatch& a, const FormMatch& b) {
    return a.match.term == b.match.term && a.match.range == b.match.range && a.form == b.form;
  };
  std::sort(found.begin(), found.end(), order);
  std::vector<FormMatch> matches(found.begin(), std::unique(found.begin(), found.end(), same));
  // Surfaces only for the survivors: a frequent word may match many forms before dedup.
  for (FormMatch& m : matches)
    m.match.surface = text.substr(m.match.range.begin, m.match.range.size());
  return matches;
}

std::vector<TermMatch> TermMatches(const std::vector<FormMatch>& form_matches) {
  std::vector<TermMatch> matches;
  matches.reserve(form_matches.size());
  for (const FormMatch& m : form_matches) {
    bool repeat = !matches.empty() && matches.back().term == m.match.term &&
                  matches.back().range == m.match.range;
    if (!repeat) matches.push_back(m.match);
  }
  return matches;
}

}  // namespace talign
