#include "talign/text/punctuation_marks.h"

#include <algorithm>

#include "talign/base/error.h"

namespace talign {

PunctuationMarks::PunctuationMarks(const LanguageResources& language) {
  const auto& rows = language.Table("punctuation");
  if (rows.empty()) return;  // no data: the defaults
  sentence.clear();
  clause.clear();
  pause.clear();
  turn.clear();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::vector<std::string>& row = rows[i];
    const std::string role = row.size() == 2 ? row[1] : "";
    std::vector<std::string>* marks = role == "sentence" ? &sentence
                                      : role == "clause" ? &clause
                                      : role == "pause"  ? &pause
                                      : role == "turn"   ? &turn
                                                         : nullptr;
    if (marks == nullptr) {
      throw Error(ErrorKind::kData, "data/languages/" + language.language().code() +
                                        "/punctuation.tsv: row " + std::to_string(i + 1) +
                                        ": expected MARK<TAB>sentence|clause|pause|turn");
    }
    marks->push_back(row[0]);
  }
}

const std::vector<std::string>& PunctuationMarks::Of(PunctuationRole role) const {
  switch (role) {
    case PunctuationRole::kSentence:
      return sentence;
    case PunctuationRole::kClause:
      return clause;
    case PunctuationRole::kPause:
      return pause;
    case PunctuationRole::kTurn:
      break;
  }
  return turn;
}

bool PunctuationMarks::Is(std::string_view text, PunctuationRole role) const {
  const std::vector<std::string>& marks = Of(role);
  return std::find(marks.begin(), marks.end(), text) != marks.end();
}

bool PunctuationMarks::Ends(std::string_view text, PunctuationRole role) const {
  const std::vector<std::string>& marks = Of(role);
  return std::any_of(marks.begin(), marks.end(), [&](const std::string& mark) {
    return text.size() >= mark.size() && text.substr(text.size() - mark.size()) == mark;
  });
}

}  // namespace talign
