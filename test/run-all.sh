#!/usr/bin/env bash
# Every test, on a fresh Debian machine: installs what the tests need (apt, npm ci), then runs them.
set -euo pipefail
cd "$(dirname "$0")/.."

# espeak-ng: real Swedish speech in the speech tests; sox: reads the WAVs they make;
# festival: the engine behind `say` on Linux; alsa-utils: how the robot looks for a sound card;
# chromium: the teacher panel's phone test drives a real headless browser (/usr/bin/chromium);
# python3, make, g++: better-sqlite3 compiles from source when its prebuilt binary cannot be downloaded;
# socat: the body tests join the robot and a simulated body by a real pseudo-terminal pair;
# gcc-avr, avr-libc, binutils-avr: the body firmware is compiled for its ATmega328P in the test run;
# libfst-tools: fstcompile builds the tiny Vosk model the recogniser tests load through the real libvosk;
# libfst22-plugins-base: fstconvert's olabel_lookahead type, for that model's HCLr.fst (grammar mode);
# wswedish, wamerican: the safeguarding detector's dictionaries (a real word is no garbled cue).
apt_packages=(espeak-ng sox alsa-utils festival chromium python3 make g++ socat gcc-avr avr-libc binutils-avr libfst-tools libfst22-plugins-base wswedish wamerican)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} (apt)…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
npm test
