#include "talign/align/freedict.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "talign/align/freedict_dictzip.h"
#include "talign/text/normalizer.h"

namespace talign {
namespace {

// dictd's base64 numbers: most significant digit first.
std::size_t Base64Number(std::string_view digits) {
  static constexpr std::string_view kDigits =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::size_t value = 0;
  for (char c : digits) value = value * 64 + kDigits.find(c);
  return value;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "2. mine" → "mine"; "" when the line has no number.
std::string_view AfterNumber(std::string_view line) {
  line = Trim(line);
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  if (digits == 0 || digits >= line.size() || line[digits] != '.') return {};
  return Trim(line.substr(digits + 1));
}

// `item` without its labels: FreeDict deu-eng writes "[mil.] defence <n> [Br.]".
std::string WithoutLabels(std::string_view item) {
  std::string kept;
  for (std::size_t k = 0; k < item.size(); ++k) {
    char close = item[k] == '<' ? '>' : item[k] == '[' ? ']' : '\0';
    std::size_t end = close == '\0' ? std::string_view::npos : item.find(close, k);
    if (end == std::string_view::npos)
      kept += item[k];
    else
      k = end;
  }
  return std::string(Trim(kept));
}

// One translation line, "montagne, amoncellement, mont": its one-word items that `keep`
// keeps.
void AddTranslations(std::string_view headword, std::string_view line, const WordFilter& keep,
                     WordPairs* pairs) {
  while (!line.empty()) {
    std::size_t cut = line.find_first_of(",;");
    std::string item = WithoutLabels(line.substr(0, cut));
    if (!item.empty() && item.find_first_of(" ()[]/<>\"") == std::string::npos &&
        (!keep || keep(item))) {
      pairs->emplace_back(headword, std::move(item));
    }
    line = cut == std::string_view::npos ? std::string_view() : line.substr(cut + 1);
  }
}

void ParseEntry(std::string_view headword, std::string_view body, const WordFilter& keep,
                WordPairs* pairs) {
  std::size_t start = body.find('\n');  // past the headword line
  bool first = true;  // no translation line yet: eng-ell puts a blank line before it
  while (start != std::string_view::npos && start + 1 < body.size()) {
    std::size_t end = body.find('\n', start + 1);
    std::string_view line =
        body.substr(start + 1, end == std::string_view::npos ? end : end - start - 1);
    std::string_view numbered = AfterNumber(line);
    if (!numbered.empty())
      AddTranslations(headword, numbered, keep, pairs);
    else if (first)
      AddTranslations(headword, line, keep, pairs);
    first = first && Trim(line).empty();
    start = end;
  }
}

// A gzip file's uncompressed size modulo 2^32: its last four bytes (RFC 1952), 0 if unread.
std::size_t GzipSize(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  unsigned char bytes[4] = {};
  if (!in || in.tellg() < 4 || !in.seekg(-4, std::ios::end) ||
      !in.read(reinterpret_cast<char*>(bytes), 4))
    return 0;
  return bytes[0] | bytes[1] << 8 | bytes[2] << 16 | static_cast<std::size_t>(bytes[3]) << 24;
}

bool ReadGzip(const std::string& path, std::string* out) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  out->reserve(out->size() + GzipSize(path));  // deu-eng is 90 MB: grown, it moves each time
  char buffer[1 << 16];
  int got;
  while ((got = gzread(file, buffer, sizeof buffer)) > 0)
    out->append(buffer, static_cast<std::size_t>(got));
  bool ok = got == 0;
  gzclose(file);
  return ok;
}

// Whether a dictionary word's stem, folded, is one of the stems of a scope's words. A plain
// Stemmer, not the language's cached one: most dictionary words are stemmed once, to be
// dropped.
class StemSet {
 public:
  StemSet(const LanguageResources& language, const std::unordered_set<std::string>& words)
      : stemmer_(language.NewStemmer()) {
    for (const std::string& word : words) stems_.insert(language.stemmer().Stem(word));
  }
  bool Has(std::string_view word) const {
    return stems_.count(stemmer_.Stem(FoldForMatch(word))) > 0;
  }

 private:
  Stemmer stemmer_;
  std::unordered_set<std::string> stems_;
};

// An entry's text at its index offsets; "" when they lie past the end.
using EntryReader = std::function<std::string_view(std::size_t offset, std::size_t length)>;

struct IndexEntry {
  std::string_view headword;
  std::size_t offset, length;
};

// The index's lines for one-word headwords that `keep_headword` keeps, in index order.
std::vector<IndexEntry> ParseIndexLines(std::string_view index, const WordFilter& keep_headword) {
  std::vector<IndexEntry> entries;
  std::string_view last_headword;  // the index lists a headword's entries together
  bool keep_last = false;
  for (std::size_t start = 0, end; start < index.size(); start = end + 1) {
    end = std::min(index.find('\n', start), index.size());
    std::string_view line = index.substr(start, end - start);
    std::size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
    if (tab1 == std::string_view::npos || tab2 == std::string_view::npos) continue;
    std::string_view headword = line.substr(0, tab1);
    if (headword.find(' ') != std::string_view::npos || headword.rfind("00database", 0) == 0)
      continue;
    if (keep_headword && headword != last_headword) {
      last_headword = headword;
      keep_last = keep_headword(headword);
    }
    if (keep_headword && !keep_last) continue;
    entries.push_back({headword, Base64Number(line.substr(tab1 + 1, tab2 - tab1 - 1)),
                       Base64Number(line.substr(tab2 + 1))});
  }
  return entries;
}

// The entries' pairs in index order, the entries read in text order: the index is sorted
// by its own collation, and reading a dictzip file out of order inflates chunks again.
WordPairs ParseIndex(std::string_view index, const EntryReader& read,
                     const WordFilter& keep_headword, const WordFilter& keep_translation) {
  std::vector<IndexEntry> entries = ParseIndexLines(index, keep_headword);
  std::vector<std::size_t> order(entries.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return entries[a].offset < entries[b].offset; });
  std::vector<WordPairs> by_entry(entries.size());
  for (std::size_t i : order) {
    ParseEntry(entries[i].headword, read(entries[i].offset, entries[i].length), keep_translation,
               &by_entry[i]);
  }
  WordPairs pairs;
  for (WordPairs& entry : by_entry) {
    pairs.insert(pairs.end(), std::make_move_iterator(entry.begin()),
                 std::make_move_iterator(entry.end()));
  }
  return pairs;
}

// The pairs of BASE, read with `keep_headword` and `keep_translation` (none: all). A
// filtered read inflates only the dictzip chunks of the entries it keeps; a whole one
// reads the whole file at once.
bool ReadFreeDict(const std::string& base, const WordFilter& keep_headword,
                  const WordFilter& keep_translation, WordPairs* pairs) {
  std::ifstream index_file(base + ".index", std::ios::binary);
  if (!index_file) return false;
  std::string index((std::istreambuf_iterator<char>(index_file)), std::istreambuf_iterator<char>());
  std::optional<Dictzip> chunks;
  if (keep_headword) chunks = Dictzip::Open(base + ".dict.dz");
  WordPairs got;
  std::string dict;
  if (chunks) {
    EntryReader read = [&](std::size_t offset, std::size_t length) {
      return chunks->Read(offset, length);
    };
    got = ParseIndex(index, read, keep_headword, keep_translation);
  } else if (ReadGzip(base + ".dict.dz", &dict)) {
    got = ParseFreeDict(index, dict, keep_headword, keep_translation);
  } else {
    return false;
  }
  pairs->insert(pairs->end(), std::make_move_iterator(got.begin()),
                std::make_move_iterator(got.end()));
  return true;
}

}  // namespace

std::string FreeDictBase(const LanguageResources& src, const LanguageResources& tgt) {
  const std::string& dir = src.paths().dictd_dir;
  std::string_view src_code = src.Setting("freedict"), tgt_code = tgt.Setting("freedict");
  if (dir.empty() || src_code.empty() || tgt_code.empty()) return "";
  std::string base = dir + "/freedict-" + std::string(src_code) + "-" + std::string(tgt_code);
  std::error_code error;
  return std::filesystem::exists(base + ".index", error) ? base : "";
}

bool ReadFreeDict(const std::string& base, WordPairs* pairs) {
  return ReadFreeDict(base, {}, {}, pairs);
}

Dictionary LoadFreeDict(const LanguageResources& src, const LanguageResources& tgt,
                        const DictionaryScope* scope) {
  WordFilter in_src, in_tgt;
  std::optional<StemSet> src_stems, tgt_stems;
  if (scope != nullptr) {
    src_stems.emplace(src, scope->src);
    tgt_stems.emplace(tgt, scope->tgt);
    in_src = [&](std::string_view word) { return src_stems->Has(word); };
    in_tgt = [&](std::string_view word) { return tgt_stems->Has(word); };
  }
  WordPairs pairs, reverse;
  std::string forward_base = FreeDictBase(src, tgt);
  std::string reverse_base = FreeDictBase(tgt, src);
  bool read = !forward_base.empty() && ReadFreeDict(forward_base, in_src, in_tgt, &pairs);
  read = (!reverse_base.empty() && ReadFreeDict(reverse_base, in_tgt, in_src, &reverse)) || read;
  if (!read) return Dictionary();
  for (auto& [t, s] : reverse) pairs.emplace_back(std::move(s), std::move(t));
  return Dictionary(src, tgt, std::move(pairs));
}

WordPairs ParseFreeDict(std::string_view index, std::string_view dict,
                        const WordFilter& keep_headword, const WordFilter& keep_translation) {
  EntryReader read = [dict](std::size_t offset, std::size_t length) {
    return offset + length > dict.size() ? std::string_view() : dict.substr(offset, length);
  };
  return ParseIndex(index, read, keep_headword, keep_translation);
}

}  // namespace talign
