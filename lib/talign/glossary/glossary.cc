#include "talign/glossary/glossary.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <unordered_map>

#include "talign/text/normalizer.h"

namespace talign {

std::string DefaultTermId(const std::string& source) {
  std::string folded = FoldForMatch(source);
  std::string id;
  bool pending_dash = false;
  for (int32_t i = 0, n = static_cast<int32_t>(folded.size()); i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(folded.data()), i, n, c);
    if (!u_isalnum(c)) {
      pending_dash = !id.empty();  // runs of anything else become one '-', never leading
      continue;
    }
    if (pending_dash) id += '-';
    pending_dash = false;
    id.append(folded, start, i - start);
  }
  return id;
}

void RequireUniqueIds(const std::vector<Term>& terms) {
  std::unordered_map<std::string, std::size_t> lines_by_id;
  for (const Term& term : terms) {
    auto [it, inserted] = lines_by_id.emplace(term.id, term.where.line);
    if (inserted) continue;
    throw Error(ErrorKind::kData, term.where,
                "duplicate id `" + term.id + "` (first used on line " + std::to_string(it->second) +
                    "); give one of the entries its own `id`");
  }
}

std::vector<std::pair<std::string, std::string>> TranslationPairs(const Glossary& glossary) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const Term& term : glossary.terms) {
    for (const std::string& source : term.sources) {
      for (const std::string& target : term.targets) pairs.emplace_back(source, target);
    }
  }
  return pairs;
}

}  // namespace talign
