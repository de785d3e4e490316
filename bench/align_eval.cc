// talign_align_eval: the dev-suite driver of bench/eval_align.sh and bench/fit_align.sh
// (users run `talign align`). Aligns presegmented pairs as the CLI does, with FreeDict's
// dictionary of each pair when installed, and writes SPEC beads.
//   talign_align_eval [--set NAME=VALUE]… SRC TGT SRC_LANG TGT_LANG   (beads to stdout)
//   talign_align_eval [--set NAME=VALUE]… --manifest FILE
//       (lines SRC<TAB>TGT<TAB>SRC_LANG<TAB>TGT_LANG<TAB>OUT: one process for a whole suite)
//   talign_align_eval [--set NAME=VALUE]… --list   (the options table, NAME=VALUE a line)
// NAME is a row of AlignerOptionTable() (option_table.h).
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "debian_paths.h"
#include "talign/align/aligner.h"
#include "talign/align/freedict.h"
#include "talign/align/option_table.h"
#include "talign/base/error.h"
#include "talign/io/beads_format.h"
#include "talign/io/text_input.h"

namespace {

struct Pair {
  std::string src, tgt, src_lang, tgt_lang, out;
};

// Aligns pairs with one options set; FreeDict and the number words are read once per
// language pair.
class Driver {
 public:
  explicit Driver(talign::AlignerOptions options) : options_(std::move(options)) {}

  std::string Align(const Pair& pair) {
    std::string key = pair.src_lang + "-" + pair.tgt_lang;
    auto found = languages_.find(key);
    if (found == languages_.end()) {
      const talign::ResourcePaths paths = talign::cli::DebianResourcePaths();
      talign::LanguageResources src(talign::Language::Parse(pair.src_lang), paths);
      talign::LanguageResources tgt(talign::Language::Parse(pair.tgt_lang), paths);
      talign::AlignerOptions options = options_;
      options.dictionary = talign::LoadFreeDict(src, tgt);
      options.src_number_words = talign::StandaloneNumberWords(src);
      options.tgt_number_words = talign::StandaloneNumberWords(tgt);
      options.src_marks = talign::PunctuationMarks(src);
      options.tgt_marks = talign::PunctuationMarks(tgt);
      found = languages_.emplace(key, std::move(options)).first;
    }
    talign::AlignerOptions options = found->second;
    options.confidences = false;  // beads only: the scorer reads no scores
    // Presegmented: one segment per line, whatever the language.
    const talign::Language any = talign::Language::Parse("en");
    auto src = talign::ReadDocument(pair.src, any, {/*presegmented=*/true}, "");
    auto tgt = talign::ReadDocument(pair.tgt, any, {/*presegmented=*/true}, "");
    return talign::FormatBeads(talign::AlignSegments(src.segments, tgt.segments, options));
  }

 private:
  talign::AlignerOptions options_;
  std::map<std::string, talign::AlignerOptions> languages_;  // by language pair
};

std::vector<Pair> ReadManifest(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw talign::Error(talign::ErrorKind::kNoInput, {path}, "cannot read the manifest");
  std::vector<Pair> pairs;
  std::size_t line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    std::istringstream fields(line);
    Pair p;
    if (!std::getline(fields, p.src, '\t') || !std::getline(fields, p.tgt, '\t') ||
        !std::getline(fields, p.src_lang, '\t') || !std::getline(fields, p.tgt_lang, '\t') ||
        !std::getline(fields, p.out)) {
      throw talign::Error(talign::ErrorKind::kData, {path, line_number},
                          "need SRC, TGT, SRC_LANG, TGT_LANG and OUT separated by tabs");
    }
    pairs.push_back(p);
  }
  return pairs;
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (!(out << text)) throw talign::Error(talign::ErrorKind::kCantCreate, {path}, "cannot write");
}

constexpr const char* kUsage =
    "usage: talign_align_eval [--set NAME=VALUE]... (SRC TGT SRC_LANG TGT_LANG | --manifest FILE "
    "| --list)\n";

int Run(const std::vector<std::string>& args) {
  talign::AlignerOptions options;
  std::vector<std::string> rest;
  std::string manifest;
  bool list = false;
  for (std::size_t k = 0; k < args.size(); ++k) {
    if (args[k] == "--set" && k + 1 < args.size()) {
      const std::string& set = args[++k];
      std::size_t eq = set.find('=');
      if (eq == std::string::npos)
        throw talign::Error(talign::ErrorKind::kUsage, "--set NAME=VALUE");
      talign::SetAlignerOption(set.substr(0, eq), std::atof(set.c_str() + eq + 1), &options);
    } else if (args[k] == "--manifest" && k + 1 < args.size()) {
      manifest = args[++k];
    } else if (args[k] == "--list") {
      list = true;
    } else {
      rest.push_back(args[k]);
    }
  }
  if (list) {
    for (const talign::AlignerOption& option : talign::AlignerOptionTable()) {
      std::cout << option.name << '=' << option.get(options) << '\n';
    }
    return 0;
  }
  Driver driver(options);
  if (!manifest.empty() && rest.empty()) {
    for (const Pair& pair : ReadManifest(manifest)) WriteFile(pair.out, driver.Align(pair));
    return 0;
  }
  if (rest.size() != 4 || !manifest.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  std::cout << driver.Align({rest[0], rest[1], rest[2], rest[3], ""});
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const talign::Error& e) {
    std::cerr << "talign_align_eval: " << e.what() << '\n';
    return e.kind() == talign::ErrorKind::kUsage ? 2 : 66;
  }
}
