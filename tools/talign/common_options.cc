#include "common_options.h"

#include <iostream>
#include <memory>

#include "talign/align/freedict.h"
#include "talign/align/number_key.h"
#include "talign/base/error.h"
#include "talign/io/text_input.h"
#include "talign/text/language_resources.h"

namespace talign::cli {

po::options_description CommonOptionsDescription(CommonOptions* o, bool pair) {
  po::options_description common("Common options");
  if (pair) {
    common.add_options()("src-lang", po::value(&o->src_lang)->default_value(o->src_lang),
                         "source language (BCP 47)")(
        "tgt-lang", po::value(&o->tgt_lang)->default_value(o->tgt_lang),
        "target language (BCP 47)")("src-encoding", po::value(&o->src_encoding),
                                    "SRC's encoding, over --encoding")(
        "tgt-encoding", po::value(&o->tgt_encoding), "TGT's encoding, over --encoding");
  }
  common.add_options()("presegmented", po::bool_switch(&o->presegmented),
                       "every input line is one segment")(
      "encoding", po::value(&o->encoding),
      "input encoding, e.g. latin1, windows-1252 (default UTF-8)")(
      "output,o", po::value(&o->output)->default_value(o->output),
      "output file, written atomically; - for stdout")("quiet", po::bool_switch(&o->quiet),
                                                       "no progress on stderr")(
      "help,h", po::bool_switch(&o->help), "show this help");
  return common;
}

po::options_description ResourceOptionsDescription(ResourcePaths* paths) {
  po::options_description resources("Language resources");
  resources.add_options()(
      "hunspell-dir",
      po::value(&paths->hunspell_dir)->default_value(paths->hunspell_dir)->value_name("DIR"),
      "Hunspell dictionaries (<dict>.aff, .dic); empty: none")(
      "dictd-dir", po::value(&paths->dictd_dir)->default_value(paths->dictd_dir)->value_name("DIR"),
      "FreeDict dictionaries (freedict-<src>-<tgt>.index); empty: none");
  return resources;
}

bool ParseCommandLine(const std::vector<std::string>& args, const std::string& usage,
                      const po::options_description& visible, std::vector<std::string>* inputs) {
  po::options_description all;
  all.add(visible).add_options()("input", po::value(inputs));
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
  // --help wins over missing required options, so it is looked at before notify().
  if (vm.count("help") && vm["help"].as<bool>()) {
    std::cout << "usage: " << usage << "\n\n" << visible;
    return true;
  }
  po::notify(vm);
  return false;
}

void RequireInputs(const std::vector<std::string>& inputs, std::size_t min, std::size_t max,
                   const std::string& usage) {
  if (inputs.size() < min || inputs.size() > max) {
    throw Error(ErrorKind::kUsage, "wrong number of arguments; usage: " + usage);
  }
}

void NoticeIfNoData(const Language& language, bool quiet) {
  if (quiet || LanguageResources(language, {}).has_data()) return;
  std::cerr << "talign: note: no language data for `" << language.code()
            << "`: ICU alone (no stemming, word lists or dictionaries)\n";
}

Language ParseLanguage(const std::string& tag, const char* option) {
  try {
    return Language::Parse(tag);
  } catch (const Error& e) {
    throw Error(ErrorKind::kData, std::string("--") + option + ": " + e.message());
  }
}

}  // namespace talign::cli

namespace talign::cli {

DocumentPair ReadPair(const CommonOptions& o, const std::string& src_path,
                      const std::string& tgt_path) {
  if (src_path == "-" && tgt_path == "-") {
    throw Error(ErrorKind::kUsage, "only one of SRC and TGT can be standard input");
  }
  Language src_lang = ParseLanguage(o.src_lang, "src-lang");
  Language tgt_lang = ParseLanguage(o.tgt_lang, "tgt-lang");
  DocumentPair pair{ReadDocument(src_path, src_lang, o.segmenter(), o.source_encoding()),
                    ReadDocument(tgt_path, tgt_lang, o.segmenter(), o.target_encoding())};
  // One empty side is a real case (everything is an addition); two leave nothing to do.
  if (pair.src.segments.empty() && pair.tgt.segments.empty()) {
    throw Error(ErrorKind::kData, {src_path},
                "no text in either input (and none in " + tgt_path + ")");
  }
  return pair;
}

}  // namespace talign::cli

namespace talign::cli {

namespace {

AlignerOptions LanguageOptionsFor(const LanguageResources& src, const LanguageResources& tgt,
                                  const Glossary* glossary) {
  AlignerOptions aligner;
  if (glossary != nullptr) aligner.lexicon = TranslationPairs(*glossary);
  aligner.src_number_words = StandaloneNumberWords(src);
  aligner.tgt_number_words = StandaloneNumberWords(tgt);
  aligner.src_marks = PunctuationMarks(src);
  aligner.tgt_marks = PunctuationMarks(tgt);
  aligner.confidences = false;  // check and extract read beads, not their scores
  return aligner;
}

}  // namespace

AlignerOptions AlignerOptionsFor(const CommonOptions& o, const Glossary* glossary,
                                 const DictionaryScope* scope) {
  const LanguageResources src(ParseLanguage(o.src_lang, "src-lang"), o.resources);
  const LanguageResources tgt(ParseLanguage(o.tgt_lang, "tgt-lang"), o.resources);
  AlignerOptions aligner = LanguageOptionsFor(src, tgt, glossary);
  aligner.dictionary = LoadFreeDict(src, tgt, scope);
  return aligner;
}

AlignerOptions AlignerOptionsForPair(const CommonOptions& o, const Glossary* glossary) {
  auto src =
      std::make_shared<const LanguageResources>(ParseLanguage(o.src_lang, "src-lang"), o.resources);
  auto tgt =
      std::make_shared<const LanguageResources>(ParseLanguage(o.tgt_lang, "tgt-lang"), o.resources);
  AlignerOptions aligner = LanguageOptionsFor(*src, *tgt, glossary);
  aligner.load_dictionary = [src, tgt](const DictionaryScope& scope) {
    return LoadFreeDict(*src, *tgt, &scope);
  };
  return aligner;
}

}  // namespace talign::cli
