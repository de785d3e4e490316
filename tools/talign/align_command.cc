// talign align SRC TGT [--presegmented] [--glossary FILE] [--format beads|tsv|tmx|json|moses] [-o OUT]
#include "command.h"
#include "common_options.h"
#include "talign/align/aligner.h"
#include "talign/base/error.h"
#include "talign/io/alignment_formats.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/atomic_output.h"

namespace talign::cli {
namespace {

// Moses output is two files, PREFIX.SRC_LANG and PREFIX.TGT_LANG, each written atomically;
// the second is committed only once both are complete.
void WriteMoses(const std::string& prefix, const AlignedPair& pair) {
  if (prefix == "-") throw Error(ErrorKind::kUsage, "align: --format moses needs -o PREFIX");
  AtomicOutput src(prefix + "." + pair.src.language.tag());
  AtomicOutput tgt(prefix + "." + pair.tgt.language.tag());
  WriteMosesSide(src.stream(), pair, Side::kSource);
  WriteMosesSide(tgt.stream(), pair, Side::kTarget);
  src.Commit();
  tgt.Commit();
}

}  // namespace

ExitCode RunAlign(const std::vector<std::string>& args) {
  const std::string usage =
      "talign align SRC TGT [--presegmented] [--glossary FILE] "
      "[--format beads|tsv|tmx|json|moses] [-o OUT]";
  CommonOptions common;
  std::string format_name = "beads";
  std::string glossary_path;
  po::options_description options("Options");
  options.add_options()
      ("format", po::value(&format_name)->default_value(format_name), "beads | tsv | tmx | json | moses")
      ("glossary", po::value(&glossary_path), "YAML glossary whose term pairs anchor the alignment");
  options.add(CommonOptionsDescription(&common, true));
  std::vector<std::string> inputs;
  if (ParseCommandLine(args, usage, options, &inputs)) return ExitCode::kOk;
  RequireInputs(inputs, 2, 2, usage);
  auto format = ParseAlignmentFormat(format_name);
  if (!format) throw Error(ErrorKind::kUsage, "align: unknown --format `" + format_name + "`");
  DocumentPair docs = ReadPair(common, inputs[0], inputs[1]);
  AlignerOptions aligner;
  if (!glossary_path.empty()) aligner.lexicon = TranslationPairs(LoadGlossary(glossary_path));
  Alignment alignment = AlignSegments(docs.src.segments, docs.tgt.segments, aligner);
  AlignedPair pair{docs.src, docs.tgt, alignment};
  if (*format == AlignmentFormat::kMoses) {
    WriteMoses(common.output, pair);
    return ExitCode::kOk;
  }
  AtomicOutput out(common.output);
  WriteAlignment(out.stream(), *format, pair);
  out.Commit();
  return ExitCode::kOk;
}

}  // namespace talign::cli
