#!/usr/bin/env bash
# Shared shell helpers for sharebench's scripts. Source it; do not run it.
# Scripts only orchestrate: anything that needs tests lives in Java.

SB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SB_MIN_JAVA=25
# Flags every benchmark/test JVM of the suite needs on JDK 25 (JMH and JCTools touch sun.misc.Unsafe,
# Agrona needs jdk.internal.misc, FFM downcalls need native access). Their one list is the pom property
# sharebench.jvmFlags, which core.jar prints: SB_JVM_FLAGS is set once the jars exist, by
# sb_build_if_needed or, in a script that does not build, by sb_load_jvm_flags.
SB_JVM_FLAGS=""

# Exit codes of every script (and of the jars' commands): 0 ok; 1 a regression, or a benchmark or
# proof failed; 2 bad input or usage; 3 a missing toolchain (JDK 25, Maven); 4 the build failed.
sb_log()  { printf '%s\n' "$*" >&2; }
sb_die()  { local code=$1; shift; printf 'error: %s\n' "$*" >&2; exit "$code"; }
# sb_need OPTION "$@" (the arguments from OPTION on): an option's value must follow it, not be empty
# and not be the next option; else a one-line usage error, exit 2.
sb_need() { [ $# -ge 2 ] && [ -n "$2" ] && [ "${2#--}" = "$2" ] || sb_die 2 "$1 needs a value (see --help)"; }
# sb_writable_dir DIR OPTION: creates DIR; a folder that cannot be created or written is bad input (exit 2).
sb_writable_dir() {
  mkdir -p -- "$1" 2>/dev/null && [ -d "$1" ] && [ -w "$1" ] && [ -x "$1" ] \
    || sb_die 2 "$2 $1: cannot create or write this directory"
}
# sb_fresh_dir DIR OPTION: as sb_writable_dir, and DIR must be empty: results written into a folder
# that holds an earlier run's would be pooled with them (the merge takes every fork file, the
# reference pairs are appended to), so a non-empty one is bad input (exit 2) that says how to go on.
sb_fresh_dir() {
  sb_writable_dir "$1" "$2"
  [ -z "$(ls -A -- "$1")" ] \
    || sb_die 2 "$2 $1: not empty (an earlier run's results would be mixed with this run's); give a new or empty folder, or delete this one first"
}
# Progress line for a long stage: sb_stage 2 6 "in-process benchmarks" "~4 min"
sb_stage() { printf '\n[%s/%s] %s%s  (%s)\n' "$1" "$2" "$3" "${4:+, $4}" "$(date +%H:%M:%S)" >&2; }

# Major version of a java binary, or empty when it cannot be run.
sb_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

# Sets JAVA_HOME and SB_JAVA to a JDK >= 25: JAVA_HOME if it qualifies, else the usual install folders.
# SB_JDK_DIRS=DIR[:DIR...] replaces the usual folders (each DIR holds JDKs, as /usr/lib/jvm does).
sb_find_jdk() {
  local cand major tried=() dirs=() parts d
  if [ -n "${SB_JDK_DIRS+set}" ]; then
    IFS=: read -ra parts <<<"$SB_JDK_DIRS"
    for d in "${parts[@]}"; do dirs+=("$d"/*); done
  else
    dirs=(/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*/jdk* \
          "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home)
  fi
  for cand in "${JAVA_HOME:-}" "${dirs[@]}"; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    major=$(sb_java_major "$cand/bin/java")
    tried+=("$cand (${major:-?})")
    if [ -n "$major" ] && [ "${major%%.*}" -ge "$SB_MIN_JAVA" ] 2>/dev/null; then
      export JAVA_HOME="$cand"
      SB_JAVA="$cand/bin/java"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  sb_log "error: sharebench needs a JDK $SB_MIN_JAVA or newer (with javac), and none was found."
  sb_log "  looked at: JAVA_HOME, ${SB_JDK_DIRS-/usr/lib/jvm, /usr/java, /opt, ~/.sdkman, ~/.jdks}"
  [ ${#tried[@]} -gt 0 ] && sb_log "  found only: ${tried[*]}"
  sb_log "  install one, e.g. Temurin 25 (Debian/Ubuntu: the temurin-25-jdk package from Adoptium's"
  sb_log "  apt repository), or set JAVA_HOME to a JDK $SB_MIN_JAVA+."
  exit 3
}

sb_find_maven() {
  command -v mvn >/dev/null 2>&1 && return 0
  sb_log "error: Maven (mvn) is not installed; sharebench builds with Maven 3.8+."
  sb_log "  install it, e.g.: apt-get update && apt-get install -y maven"
  exit 3
}

SB_JARS=(core/target/core.jar jmh/target/benchmarks.jar jcstress/target/jcstress.jar reports/target/reports.jar)

# Builds the four jars of the checkout ROOT (default: this one) when one is missing or any source/pom
# is newer than the oldest jar: sb_build_if_needed [ROOT]. The CI workflow builds base/ and pr/ so.
sb_build_if_needed() {
  local root=${1:-$SB_ROOT} need=0 oldest="" j
  for j in "${SB_JARS[@]}"; do
    [ -f "$root/$j" ] || { need=1; break; }
    if [ -z "$oldest" ] || [ "$root/$j" -ot "$oldest" ]; then oldest="$root/$j"; fi
  done
  if [ $need -eq 0 ] && [ -n "$(cd "$root" && find pom.xml core jmh jcstress reports -path '*/target' -prune -o -type f -newer "$oldest" -print -quit)" ]; then
    need=1
  fi
  if [ $need -eq 1 ]; then sb_build_in "$root"; else sb_log "build: jars are up to date${1:+ in $root}"; fi
  [ "$root" != "$SB_ROOT" ] || sb_load_jvm_flags   # the flags come from this checkout's core.jar
}

# Sets SB_JVM_FLAGS from the built core.jar (needs SB_JAVA: call sb_find_jdk first).
sb_load_jvm_flags() {
  local jar="$SB_ROOT/core/target/core.jar"
  [ -f "$jar" ] || sb_die 4 "$jar is missing: build first (mvn -B package -DskipTests, or ./scripts/run-all.sh)"
  SB_JVM_FLAGS=$("$SB_JAVA" -jar "$jar" jvm-flags) || sb_die 4 "$jar cannot print the JVM flags (rebuild it)"
}

sb_build() { sb_build_in "$SB_ROOT" "$@"; }

# mvn package in the checkout ROOT: sb_build_in ROOT [MAVEN_ARGS...]. Maven's output (its stderr too:
# it ends with colour resets) goes to stdout, so the one "error: " line starts the line on stderr.
sb_build_in() {
  local root=$1; shift
  sb_find_maven
  sb_log "build: mvn package in $root (first run on a fresh machine downloads dependencies, ~1-3 min)"
  (cd "$root" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
     mvn -B -q package -DskipTests "$@" 2>&1) || sb_die 4 "the build in $root failed (see Maven's output above)"
}

# Safety net for crashed runs: the mechanisms delete their own files, but a JVM killed by SIGKILL
# cannot. Every temp path of the suite is named sharebench-<what>-p<pid>-... (core's TempFiles), so
# the sweep removes exactly the entries whose owner process is gone, whatever their age, and never
# touches the files of another run that is still alive (or anything without an owner pid).
# A live process: exists and is not a zombie (an exited process its parent, or an init that does
# not reap, has not collected yet: kill -0 still succeeds for it).
# /proc/PID/stat is "pid (comm) state ppid ...", and comm may hold spaces: read the fields after ")".
sb_proc_field() { sed -n 's/.*) //p' "/proc/$1/stat" 2>/dev/null | awk -v n="$2" '{print $n}'; }
sb_pid_alive() {
  if [ -d /proc/self ]; then   # /proc also sees other users' processes, which kill -0 may not signal
    local state; state=$(sb_proc_field "$1" 1)
    [ -n "$state" ] && [ "$state" != Z ]
  else
    kill -0 "$1" 2>/dev/null
  fi
}

# The owner pid embedded in a temp path's name (sharebench-<what>-p<pid>-...), or nothing.
sb_temp_owner() { printf '%s' "${1##*/}" | sed -n 's/^sharebench-[a-z0-9-]*-p\([0-9][0-9]*\)-.*/\1/p'; }

# Whether process PID descends from process ROOT (or is ROOT): sb_pid_descends PID ROOT.
sb_pid_descends() {
  local p=$1
  while [ -n "$p" ] && [ "$p" -gt 1 ] 2>/dev/null; do
    [ "$p" = "$2" ] && return 0
    p=$(sb_proc_field "$p" 2)
  done
  return 1
}

# The sharebench-* temp entries that ROOT's process tree may have leaked, one a line:
# sb_temp_leaks ROOT [EXISTING_LIST]. Entries in EXISTING_LIST (made before the run) do not count;
# nor do those of another live process (another run on a shared machine). What counts: entries of
# ROOT or its descendants, and entries whose owner is gone (a leak, whoever made it). Entries
# without an owner pid cannot be attributed to any run, so they do not count either.
sb_temp_leaks() {
  local f pid
  for f in /dev/shm/sharebench-* "${TMPDIR:-/tmp}"/sharebench-*; do
    [ -e "$f" ] || continue
    printf '%s\n' "${2:-}" | grep -qxF -- "$f" && continue
    pid=$(sb_temp_owner "$f")
    [ -n "$pid" ] || continue
    if ! sb_pid_alive "$pid" || sb_pid_descends "$pid" "$1"; then printf '%s\n' "$f"; fi
  done
}

sb_cleanup_temp() {
  local f pid
  for f in /dev/shm/sharebench-* "${TMPDIR:-/tmp}"/sharebench-*; do
    [ -e "$f" ] || continue
    pid=$(sb_temp_owner "$f")
    [ -n "$pid" ] || continue
    sb_pid_alive "$pid" && continue
    sb_log "cleanup: removing $f (its owner, pid $pid, is gone)"
    rm -rf -- "$f"
  done
}
