#!/usr/bin/env bash
# Written by `bachprop grade --bundle gradescope`. Gradescope runs this once, as root, while it
# builds the autograder's image (Ubuntu): it installs Java 17 (a JDK: the grader compiles the
# student's files) and checks that the bundled grader (grader/lib/, a copy of Bachprop and its
# libraries) starts.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends openjdk-17-jdk-headless
# The JDK 17 just installed, whatever else the image has on its PATH.
java_cmd="$(ls -d /usr/lib/jvm/java-17-openjdk-*/bin/java 2>/dev/null | head -n 1 || true)"
java_cmd="${java_cmd:-java}"
"$java_cmd" -version
printf '%s\n' "$java_cmd" >"$here/grader/java"
"$java_cmd" -Djava.awt.headless=true -cp "$here/grader/lib/*" \
  bachprop.cli.Main grade --help >/dev/null 2>&1
echo "setup.sh: Java 17 ($java_cmd) and the Bachprop grader are ready"
