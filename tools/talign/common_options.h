// Options shared by the commands (SPEC "Common rules") and the helpers that apply them.
#pragma once

#include <boost/program_options.hpp>
#include <limits>
#include <string>
#include <vector>

#include "debian_paths.h"
#include "talign/align/aligner.h"
#include "talign/base/error.h"
#include "talign/base/language.h"
#include "talign/glossary/glossary.h"
#include "talign/text/language_resources.h"
#include "talign/text/segmenter.h"

namespace talign::cli {

namespace po = boost::program_options;

struct CommonOptions {
  std::string src_lang = "fr";
  std::string tgt_lang = "en";
  std::string encoding;      // "" = UTF-8 (or UTF-16 with a BOM)
  std::string src_encoding;  // one side's --src-encoding / --tgt-encoding, over `encoding`
  std::string tgt_encoding;
  std::string output = "-";
  bool presegmented = false;
  bool quiet = false;
  bool help = false;
  ResourcePaths resources = DebianResourcePaths();  // --hunspell-dir, --dictd-dir

  SegmenterOptions segmenter() const { return {presegmented}; }
  const std::string& source_encoding() const {
    return src_encoding.empty() ? encoding : src_encoding;
  }
  const std::string& target_encoding() const {
    return tgt_encoding.empty() ? encoding : tgt_encoding;
  }
};

// --src-lang/--tgt-lang/--src-encoding/--tgt-encoding (pair commands only), --presegmented,
// --encoding, -o, --quiet, --help.
po::options_description CommonOptionsDescription(CommonOptions* options, bool pair);

// --hunspell-dir and --dictd-dir, for the commands that load Hunspell or FreeDict.
po::options_description ResourceOptionsDescription(ResourcePaths* paths);

// A count option (`--top N`) stored in `*target`, whose value is its default: a negative
// or oversized N is a usage error naming the option, not a wrap-around.
template <typename T>
po::typed_value<long long>* CountValue(T* target, const char* option) {
  return po::value<long long>()
      ->default_value(static_cast<long long>(*target))
      ->notifier([target, option](long long n) {
        if (n < 0 || static_cast<unsigned long long>(n) > std::numeric_limits<T>::max()) {
          throw Error(ErrorKind::kUsage, std::string("--") + option +
                                             " must be a count (0 or more), got " +
                                             std::to_string(n));
        }
        *target = static_cast<T>(n);
      });
}

// A one-line notice on stderr (unless `quiet`) for a language without data in
// data/languages: talign still works on it, through ICU alone.
void NoticeIfNoData(const Language& language, bool quiet);

// Parses `args` into `visible` + positional `inputs`; true when --help was asked (printed).
bool ParseCommandLine(const std::vector<std::string>& args, const std::string& usage,
                      const po::options_description& visible, std::vector<std::string>* inputs);

// Throws Error{kUsage} unless `inputs` has between `min` and `max` entries.
void RequireInputs(const std::vector<std::string>& inputs, std::size_t min, std::size_t max,
                   const std::string& usage);

// Language::Parse, with the option's name in the error.
Language ParseLanguage(const std::string& tag, const char* option);

}  // namespace talign::cli

namespace talign::cli {

struct DocumentPair {
  Document src;
  Document tgt;
};

// Reads and segments SRC and TGT with the common options' languages and encoding.
// Throws Error{kData} when neither has any text.
DocumentPair ReadPair(const CommonOptions& options, const std::string& src_path,
                      const std::string& tgt_path);

}  // namespace talign::cli

namespace talign::cli {

// The aligner's options for this language pair: the glossary's term pairs (when given) and
// the FreeDict dictionaries installed in options.resources.dictd_dir as word-translation
// seeds, only those that concern `scope`'s words when given; no bead confidences.
AlignerOptions AlignerOptionsFor(const CommonOptions& options, const Glossary* glossary,
                                 const DictionaryScope* scope = nullptr);
// The same for one pair of documents, whose dictionary pairs the aligner loads for the
// documents' words once it has folded them (AlignerOptions::load_dictionary).
AlignerOptions AlignerOptionsForPair(const CommonOptions& options, const Glossary* glossary);

}  // namespace talign::cli
