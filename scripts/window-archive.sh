#!/usr/bin/env bash
# Writes the window's class-data-sharing archive at build time: `mvn package` runs this after the
# jar (pom.xml, profile window-archive), so that the first window start after a build maps the
# archive like every later one (docs/performance.md, "Cold start after a build").
#
# Usage: scripts/window-archive.sh JAR CLASSPATH_FILE OUT_DIR
#   JAR             the packaged jar (Java 17 archives classes from jars only, not target/classes)
#   CLASSPATH_FILE  target/runtime.classpath: the dependencies, as the launcher reads them
#   OUT_DIR         where window.jsa and window.classpath go (target/cds)
#
# 1. A headless dry run of the window (scripts/WindowArchive.java: `bench window` on chapter 5 until
#    it is drawn; Monocle, no display needed) with the launcher's java (the one on the PATH) and its
#    window flags, and the launcher's class path JAR:$(cat CLASSPATH_FILE); the JVM writes every class it
#    loaded from those jars and the JDK into window.jsa.new when it exits.
# 2. A probe: the same java maps window.jsa.new with -Xshare:on (it exits non-zero if it cannot).
#    Java 17 crashes (SIGBUS) on an archive cut short, and refuses one that is stale or garbled; so
#    the archive is written under another name and renamed only once the probe passed: the launcher
#    never sees a half-written one.
# 3. window.jsa and window.classpath (the class path the launcher must use to map it) are renamed
#    into place, the class path last.
# If the dry run or the probe fails this says why and leaves no archive (exit 0: the window then
# starts without it, as before); WindowArchiveTest, run by `mvn verify`, fails in that case.
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$1"
deps="$(cat "$2")"
out="$3"
cp="$jar:$deps"
jsa="$out/window.jsa"
cpfile="$out/window.classpath"
mkdir -p "$out"
rm -f "$cpfile" "$jsa" "$jsa.new" "$cpfile.new"
say() { echo "window-archive: $*" >&2; }
started=$SECONDS

# The launcher's flags for the window (bachprop: jvm_opts and the window's Tier4 thresholds), headless.
flags=(-Xss8m -Dbachprop.home="$repo" --add-modules jdk.incubator.vector
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
  -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000
  -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000)
log="$out/dry-run.log"
env -u DISPLAY -u WAYLAND_DISPLAY java "${flags[@]}" -XX:ArchiveClassesAtExit="$jsa.new" \
  -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$cp" "$repo/scripts/WindowArchive.java" "$cpfile.new" >"$log" 2>&1
dry=$?
if [ "$dry" != 0 ] || [ ! -s "$jsa.new" ] || [ ! -s "$cpfile.new" ]; then
  say "the dry run failed (exit $dry; its output: $log); no archive, the window starts without one"
  rm -f "$jsa.new" "$cpfile.new"
  exit 0
fi
if ! java -Xshare:on -XX:SharedArchiveFile="$jsa.new" -XX:+PrintSharedArchiveAndExit -Xlog:cds=off \
  -Xlog:cds+dynamic=off -XX:ErrorFile="$out/hs_err_pid%p.log" --add-modules jdk.incubator.vector \
  -cp "$(cat "$cpfile.new")" -version >"$out/probe.log" 2>&1; then
  say "java cannot map the archive it wrote ($out/probe.log); no archive, the window starts without one"
  rm -f "$jsa.new" "$cpfile.new"
  exit 0
fi
mv -f "$jsa.new" "$jsa" && mv -f "$cpfile.new" "$cpfile"
say "wrote $jsa ($(($(wc -c <"$jsa") / 1048576)) MB, $((SECONDS - started)) s)"
