// talign check SRC TGT --glossary FILE [--presegmented] [--alignment BEADS_FILE]
//   [--checks LIST] [--format text|json] [--fail-on error|warning|never] [-o OUT]
#include "command.h"
#include "common_options.h"
#include "talign/align/aligner.h"
#include "talign/base/error.h"
#include "talign/glossary/glossary_yaml.h"
#include "talign/io/atomic_output.h"
#include "talign/io/beads_format.h"
#include "talign/io/findings_format.h"
#include "talign/io/text_input.h"
#include "talign/qa/check_registry.h"
#include "talign/qa/run_checks.h"

namespace talign::cli {
namespace {

struct CheckOptions {
  std::string glossary;
  std::string alignment;
  std::string checks = "all";
  std::string format = "text";
  std::string fail_on = "error";
};

// The gold or user-given beads, or talign's own alignment anchored by the glossary.
Alignment AlignmentFor(const CheckOptions& o, const DocumentPair& docs, const Glossary& glossary) {
  if (!o.alignment.empty()) {
    return ParseBeads(ReadText(o.alignment, ""), o.alignment, docs.src.segments.size(),
                      docs.tgt.segments.size());
  }
  AlignerOptions aligner;
  aligner.lexicon = TranslationPairs(glossary);
  return AlignSegments(docs.src.segments, docs.tgt.segments, aligner);
}

void WriteReport(std::ostream& out, const std::string& format, const CheckContext& context,
                 const std::vector<Finding>& findings) {
  CheckSummary summary = Summarize(context, findings);
  if (format == "json") {
    WriteFindingsJson(out, findings, summary);
  } else {
    WriteFindingsText(out, findings, summary, context.src, context.tgt);
  }
}

}  // namespace

ExitCode RunCheck(const std::vector<std::string>& args) {
  const std::string usage =
      "talign check SRC TGT --glossary FILE [--presegmented] [--alignment BEADS_FILE] "
      "[--checks LIST] [--format text|json] [--fail-on error|warning|never] [-o OUT]";
  CommonOptions common;
  CheckOptions o;
  po::options_description options("Options");
  options.add_options()
      ("glossary", po::value(&o.glossary)->required(), "YAML glossary (SPEC schema)")
      ("alignment", po::value(&o.alignment), "beads file to check against, instead of aligning")
      ("checks", po::value(&o.checks)->default_value(o.checks), "comma-separated check names, or all")
      ("format", po::value(&o.format)->default_value(o.format), "text | json")
      ("fail-on", po::value(&o.fail_on)->default_value(o.fail_on), "exit 1 at: error | warning | never");
  options.add(CommonOptionsDescription(&common, true));
  std::vector<std::string> inputs;
  if (ParseCommandLine(args, usage, options, &inputs)) return ExitCode::kOk;
  RequireInputs(inputs, 2, 2, usage);
  if (o.format != "text" && o.format != "json") {
    throw Error(ErrorKind::kUsage, "check: unknown --format `" + o.format + "` (text or json)");
  }
  auto checks = ParseChecks(o.checks);
  FailOn fail_on = ParseFailOn(o.fail_on);
  Glossary glossary = LoadGlossary(o.glossary);
  DocumentPair docs = ReadPair(common, inputs[0], inputs[1]);
  Alignment alignment = AlignmentFor(o, docs, glossary);
  CheckContext context{docs.src.segments, docs.tgt.segments, alignment, &glossary};
  std::vector<Finding> findings = RunChecks(checks, context);
  AtomicOutput out(common.output);
  WriteReport(out.stream(), o.format, context, findings);
  out.Commit();
  return ReachesFailOn(findings, fail_on) ? ExitCode::kFindings : ExitCode::kOk;
}

}  // namespace talign::cli
