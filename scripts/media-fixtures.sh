#!/usr/bin/env bash
# Regenerate the speech fixtures of firmware/media's tests with espeak-ng + ffmpeg (dev-time
# tools only; the outputs are committed). speech16k.raw: signed 16-bit LE mono; speech8k.ulaw: raw G.711 µ-law.
set -euo pipefail
cd "$(dirname "$0")/../firmware/media/tests/fixtures"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
say() { espeak-ng -v "$1" -s "${3:-160}" -w "$tmp/s.wav" "$2"; }
# 16 kHz sentence for the G.722 interop test.
say en-us "The quick brown fox jumps over the lazy dog. Please leave a message after the tone."
ffmpeg -loglevel error -y -i "$tmp/s.wav" -ar 16000 -ac 1 -f s16le speech16k.raw
# 8 kHz speech (several voices, languages and speeds) for the DTMF talk-off test.
: > speech8k.ulaw
i=0
for v in en-us en-gb+f3 de fr+m3 es it+f2 en-us+m7; do
  say "$v" "One two three four five six seven eight nine zero. Hello, you have reached the office, \
please hold while we connect your call. Press star or pound to return to the main menu." $((140 + i * 15))
  ffmpeg -loglevel error -y -i "$tmp/s.wav" -ar 8000 -ac 1 -f mulaw "$tmp/p.raw"
  cat "$tmp/p.raw" >> speech8k.ulaw
  i=$((i + 1))
done
rm -f speech8k.raw; ls -l speech16k.raw speech8k.ulaw
