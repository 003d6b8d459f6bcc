#!/usr/bin/env bash
# The fuzz corpora of sdk-core, sdk-documents, sdk-signing and mock-server (each module's .cifuzz-corpus/<target class>/<method>/):
#   scripts/fuzz-corpus.sh seed MODULE       writes the seeds again, made by the module's test generators (FuzzSeeds)
#   scripts/fuzz-corpus.sh minimise MODULE   keeps only the inputs that add coverage (libFuzzer's -merge=1), in place
#   scripts/fuzz-corpus.sh summary LOG       one line a target of a fuzz profile run's log: runs, seconds, coverage, findings
# Run from the repository root.
# See docs/reliability.md, "Fuzzing".
set -euo pipefail
if [ "${1:-}" = summary ]; then
  # Jazzer prints, per target: its corpus, the last status line (cov: edges, ft: features, corp: inputs/bytes),
  # "Done N runs in S second(s)", and for each finding a "== Java Exception:" or a libFuzzer "ERROR:" line; the
  # sdk-signing targets print "== Boundary caught:" once for each place a parser threw what an entry point's boundary
  # turned into its typed answer (not a finding unless -Dfuzz.strictBoundary=true).
  awk '
    /^\[INFO\] Running / { if (t) print line(); t = $3; runs = secs = wall = cov = ft = corp = ""; finds = bounds = 0 }
    /^#[0-9]+\t/ { for (i = 1; i <= NF; i++) { if ($i == "cov:") cov = $(i+1); if ($i == "ft:") ft = $(i+1); if ($i == "corp:") corp = $(i+1) } }
    /^stat::number_of_executed_units:/ { runs = $2 }
    /^Done [0-9]+ runs in/ { runs = $2; secs = $5 }
    /^== Java Exception:|^==[0-9]+== ERROR: libFuzzer/ { finds++ }
    /^== Boundary caught:/ { bounds++ }
    /Tests run:.*Time elapsed:.* -- in / { for (i = 1; i <= NF; i++) if ($i == "elapsed:") wall = $(i+1) }
    function line() { return sprintf("%s runs=%s fuzzing_s=%s wall_s=%s cov=%s ft=%s corpus=%s findings=%d boundary=%d", t, runs, secs, wall, cov, ft, corp, finds, bounds) }
    END { if (t) print line() }' "${2:?log}"
  exit 0
fi
cd "$(dirname "$0")/.."
action=${1:?seed, minimise or summary}
module=${2:?sdk-core, sdk-documents, sdk-signing or mock-server}
# package first: the modules' test-jars (sdk-core's FuzzCorpus and samples) resolve from the reactor only once built
./mvnw -B -ntp -q -o -pl "$module" -am package dependency:build-classpath -DskipTests -Dspotless.check.skip=true \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
cd "$module"
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
case "$action" in
  seed)
    if [ "$module" = mock-server ]; then
      java -cp "$cp" kz.officesud.mockserver.FuzzSeeds
    else
      package=$(sed -n 's/^  <artifactId>sdk-\(.*\)<\/artifactId>$/\1/p' pom.xml | head -1)
      java -cp "$cp" "kz.officesud.${package}.FuzzSeeds"
    fi
    ;;
  minimise)
    for dir in .cifuzz-corpus/*/*/; do
      dir=${dir%/}
      target=$(basename "$(dirname "$dir")")
      method=$(basename "$dir")
      merged=$(mktemp -d)
      before=$(find "$dir" -type f | wc -l)
      java -Xmx512m -cp "$cp" com.code_intelligence.jazzer.Jazzer --target_class="$target" --target_method="$method" \
        --instrumentation_includes='kz.officesud.**' -merge=1 -timeout=60 "$merged" "$dir" > "target/merge-$target.log" 2>&1
      rm -rf "$dir" && mkdir -p "$dir" && cp "$merged"/* "$dir"/ && rm -rf "$merged"
      echo "$target.$method: $before -> $(find "$dir" -type f | wc -l) inputs, $(du -sk "$dir" | cut -f1) KB"
    done
    ;;
  *) echo "unknown action $action" >&2; exit 2 ;;
esac
