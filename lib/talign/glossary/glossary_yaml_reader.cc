// LoadGlossary / ParseGlossary: YAML → Glossary with SPEC's schema checks.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <unordered_map>

#include "talign/base/utf8.h"
#include "talign/glossary/glossary_yaml.h"

namespace talign {
namespace {

// yaml-cpp shares aliased nodes, so a billion-laughs file loads small but would expand
// when walked. Without aliases every node takes at least one byte of the text, so a walk
// of more nodes than max(bytes, this floor) is an alias expansion: memory stays bounded by
// the input's size, and a large real glossary (200,000 entries) is read.
constexpr std::size_t kMinNodeCap = 1'000'000;

std::string TypeName(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return "a string";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a map";
    default:
      return "empty";
  }
}

class Reader {
 public:
  Reader(std::string file, std::size_t bytes)
      : file_(std::move(file)), max_nodes_(std::max(bytes, kMinNodeCap)) {}

  Glossary ReadGlossary(const YAML::Node& root);

 private:
  using TermField = std::function<void(Reader&, const YAML::Node&, Term&)>;
  static const std::unordered_map<std::string, TermField>& TermFields();

  SourceLocation Where(const YAML::Node& node) const;
  [[noreturn]] void Fail(const YAML::Node& node, const std::string& what) const;
  void Count();
  // Calls `visit(key, value)` for each pair; unknown or repeated keys are errors.
  void ForEachKey(const YAML::Node& map, const std::string& what,
                  const std::set<std::string>& known,
                  const std::function<void(const std::string&, const YAML::Node&)>& visit);
  std::string String(const YAML::Node& value, const std::string& key);
  std::vector<std::string> StringOrList(const YAML::Node& value, const std::string& key);
  bool Bool(const YAML::Node& value, const std::string& key);
  template <typename T>
  T Number(const YAML::Node& value, const std::string& key, const char* expected);
  std::vector<TermExample> Examples(const YAML::Node& value);
  Severity ReadSeverity(const YAML::Node& value);
  Language ReadLanguage(const YAML::Node& value, const std::string& key);
  Glossary ReadLanguages(const YAML::Node& value);  // an empty glossary of the pair
  Term ReadTerm(const YAML::Node& entry);
  std::vector<Term> ReadTerms(const YAML::Node& value);

  std::string file_;
  std::size_t max_nodes_;
  std::size_t nodes_ = 0;
};

SourceLocation Reader::Where(const YAML::Node& node) const {
  YAML::Mark mark = node.Mark();  // 0-based; null mark (-1) for synthesised nodes
  if (mark.is_null()) return {file_};
  return {file_, static_cast<std::size_t>(mark.line) + 1,
          static_cast<std::size_t>(mark.column) + 1};
}

void Reader::Fail(const YAML::Node& node, const std::string& what) const {
  throw Error(ErrorKind::kData, Where(node), what);
}

void Reader::Count() {
  if (++nodes_ > max_nodes_) {
    throw Error(ErrorKind::kData, {file_},
                "glossary has more than " + std::to_string(max_nodes_) +
                    " YAML nodes (alias expansion?); split it or remove the aliases");
  }
}

void Reader::ForEachKey(const YAML::Node& map, const std::string& what,
                        const std::set<std::string>& known,
                        const std::function<void(const std::string&, const YAML::Node&)>& visit) {
  if (!map.IsMap()) Fail(map, what + " is " + TypeName(map) + "; expected a map");
  std::set<std::string> seen;
  for (const auto& pair : map) {
    Count();
    if (!pair.first.IsScalar()) Fail(pair.first, "a key in " + what + " is not a string");
    std::string key = pair.first.Scalar();
    if (known.count(key) == 0) {
      std::string list;
      for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
      Fail(pair.first, "unknown key `" + key + "` in " + what + " (known keys: " + list + ")");
    }
    if (!seen.insert(key).second) Fail(pair.first, "key `" + key + "` appears twice in " + what);
    visit(key, pair.second);
  }
}

std::string Reader::String(const YAML::Node& value, const std::string& key) {
  Count();
  if (!value.IsScalar()) Fail(value, "`" + key + "` is " + TypeName(value) + "; expected a string");
  return value.Scalar();
}

std::vector<std::string> Reader::StringOrList(const YAML::Node& value, const std::string& key) {
  if (!value.IsScalar() && !value.IsSequence()) {
    Fail(value, "`" + key + "` is " + TypeName(value) + "; expected a string or a list");
  }
  std::vector<std::string> forms;
  if (value.IsScalar()) {
    forms.push_back(String(value, key));
  } else {
    for (const YAML::Node& item : value) forms.push_back(String(item, "an item of `" + key + "`"));
  }
  for (const std::string& form : forms) {
    if (form.find_first_not_of(" \t") == std::string::npos)
      Fail(value, "empty form in `" + key + "`");
  }
  return forms;
}

bool Reader::Bool(const YAML::Node& value, const std::string& key) {
  bool result = false;
  if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result)) {
    Fail(value, "`" + key + "` is " + TypeName(value) + "; expected true or false");
  }
  return result;
}

template <typename T>
T Reader::Number(const YAML::Node& value, const std::string& key, const char* expected) {
  T result{};
  if (!value.IsScalar() || !YAML::convert<T>::decode(value, result)) {
    Fail(value, "`" + key + "` is `" + (value.IsScalar() ? value.Scalar() : TypeName(value)) +
                    "`; expected " + expected);
  }
  return result;
}

std::vector<TermExample> Reader::Examples(const YAML::Node& value) {
  if (!value.IsSequence()) Fail(value, "`examples` is " + TypeName(value) + "; expected a list");
  std::vector<TermExample> examples;
  for (const YAML::Node& item : value) {
    TermExample& example = examples.emplace_back();
    ForEachKey(item, "an example", {"source", "target"},
               [&](const std::string& key, const YAML::Node& v) {
                 (key == "source" ? example.source : example.target) = String(v, key);
               });
  }
  return examples;
}

// One row per key of a glossary entry: how its value is read into the Term.
const std::unordered_map<std::string, Reader::TermField>& Reader::TermFields() {
  using V = const YAML::Node&;
  // clang-format off
  static const auto* fields = new std::unordered_map<std::string, TermField>{
      {"source", [](Reader& r, V v, Term& t) { t.sources = r.StringOrList(v, "source"); }},
      {"target", [](Reader& r, V v, Term& t) { t.targets = r.StringOrList(v, "target"); }},
      {"forbidden", [](Reader& r, V v, Term& t) { t.forbidden = r.StringOrList(v, "forbidden"); }},
      {"case_sensitive", [](Reader& r, V v, Term& t) { t.case_sensitive = r.Bool(v, "case_sensitive"); }},
      {"note", [](Reader& r, V v, Term& t) { t.note = r.String(v, "note"); }},
      {"id", [](Reader& r, V v, Term& t) { t.id = r.String(v, "id"); }},
      {"domains", [](Reader& r, V v, Term& t) { t.domains = r.StringOrList(v, "domains"); }},
      {"definition", [](Reader& r, V v, Term& t) { t.definition = r.String(v, "definition"); }},
      {"severity", [](Reader& r, V v, Term& t) { t.severity = r.ReadSeverity(v); }},
      {"count", [](Reader& r, V v, Term& t) { t.count = r.Number<long long>(v, "count", "an integer"); }},
      {"score", [](Reader& r, V v, Term& t) { t.score = r.Number<double>(v, "score", "a number"); }},
      {"examples", [](Reader& r, V v, Term& t) { t.examples = r.Examples(v); }},
  };
  // clang-format on
  return *fields;
}

Severity Reader::ReadSeverity(const YAML::Node& value) {
  std::optional<Severity> severity = ParseSeverity(String(value, "severity"));
  if (!severity) Fail(value, "`severity` is `" + value.Scalar() + "`; expected error or warning");
  return *severity;
}

Term Reader::ReadTerm(const YAML::Node& entry) {
  static const std::set<std::string> known = [] {
    std::set<std::string> keys;
    for (const auto& field : TermFields()) keys.insert(field.first);
    return keys;
  }();
  Term term;
  term.where = Where(entry);
  ForEachKey(entry, "a glossary entry", known, [&](const std::string& key, const YAML::Node& v) {
    TermFields().at(key)(*this, v, term);
  });
  if (term.sources.empty()) Fail(entry, "glossary entry has no `source`; every entry needs one");
  if (term.id.empty()) term.id = DefaultTermId(term.sources[0]);
  return term;
}

std::vector<Term> Reader::ReadTerms(const YAML::Node& value) {
  if (!value.IsSequence()) Fail(value, "`terms` is " + TypeName(value) + "; expected a list");
  std::vector<Term> terms;
  for (const YAML::Node& entry : value) {
    Count();
    terms.push_back(ReadTerm(entry));
  }
  RequireUniqueIds(terms);
  return terms;
}

Language Reader::ReadLanguage(const YAML::Node& value, const std::string& key) {
  std::string tag = String(value, key);
  try {
    return Language::Parse(tag);
  } catch (const Error& e) {
    Fail(value, e.message());
  }
}

Glossary Reader::ReadLanguages(const YAML::Node& value) {
  std::optional<Language> source, target;
  ForEachKey(value, "`languages`", {"source", "target"},
             [&](const std::string& key, const YAML::Node& v) {
               (key == "source" ? source : target) = ReadLanguage(v, key);
             });
  if (!source || !target) Fail(value, "`languages` needs both `source` and `target`");
  return Glossary(*source, *target);
}

Glossary Reader::ReadGlossary(const YAML::Node& root) {
  if (!root.IsMap()) {
    SourceLocation where = Where(root);
    if (where.line == 0) where.line = 1;  // an empty file has no node to point at
    throw Error(ErrorKind::kData, where,
                "glossary is " + TypeName(root) + "; expected a map with `languages` and `terms`");
  }
  std::optional<Glossary> glossary;  // made by `languages`, wherever it is in the map
  std::string id, title;
  std::optional<std::vector<Term>> terms;
  ForEachKey(root, "the glossary", {"id", "title", "languages", "terms"},
             [&](const std::string& key, const YAML::Node& v) {
               if (key == "id") id = String(v, key);
               if (key == "title") title = String(v, key);
               if (key == "languages") glossary = ReadLanguages(v);
               if (key == "terms") terms = ReadTerms(v);
             });
  if (!glossary) Fail(root, "glossary has no `languages: {source: …, target: …}`");
  if (!terms) Fail(root, "glossary has no `terms` list");
  glossary->id = std::move(id);
  glossary->title = std::move(title);
  glossary->terms = std::move(*terms);
  return std::move(*glossary);
}

}  // namespace

Glossary ParseGlossary(std::string_view yaml, const std::string& file_name) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    SourceLocation where{file_name};
    if (!e.mark.is_null()) {
      where.line = static_cast<std::size_t>(e.mark.line) + 1;
      where.column = static_cast<std::size_t>(e.mark.column) + 1;
    }
    throw Error(ErrorKind::kData, where, "invalid YAML: " + e.msg);
  }
  return Reader(file_name, yaml.size()).ReadGlossary(root);
}

Glossary LoadGlossary(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::kNoInput, {path}, "cannot read the glossary file");
  in.peek();  // an empty read of a directory "succeeds"
  if (in.bad())
    throw Error(ErrorKind::kNoInput, {path}, "cannot read the glossary file (is it a directory?)");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw Error(ErrorKind::kIo, {path}, "error while reading the glossary file");
  return ParseGlossary(DecodeText(bytes.str(), {path}, ""), path);  // UTF-8 only, as SPEC says
}

}  // namespace talign
