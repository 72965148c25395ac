#!/usr/bin/env bash
# Prints the home of a JDK >= 21: JAVA_HOME if it is new enough, else the newest JDK in the
# standard system locations. Exits 1 with a clear message when there is none.
set -euo pipefail

required=21

major_of() { # JAVA_HOME -> major version, or nothing
  local release="$1/release"
  [ -x "$1/bin/javac" ] && [ -f "$release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

if [ -n "${JAVA_HOME:-}" ]; then
  v=$(major_of "$JAVA_HOME")
  if [ -n "$v" ] && [ "$v" -ge "$required" ]; then
    echo "$JAVA_HOME"
    exit 0
  fi
fi

best="" best_v=0
for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk*; do
  [ -d "$home" ] || continue
  v=$(major_of "$home")
  if [ -n "$v" ] && [ "$v" -ge "$required" ] && [ "$v" -gt "$best_v" ]; then
    best="$home" best_v="$v"
  fi
done

if [ -z "$best" ]; then
  echo "silkchain: needs a JDK $required or newer (with javac); none found in JAVA_HOME" \
    "or /usr/lib/jvm. Install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
  exit 1
fi
echo "$(cd "$best" && pwd -P)"
