# Shared by the prompt renderers (scripts/media-prompts.sh, scripts/media-prompts-de.sh):
# `say ID TEXT` speaks TEXT with espeak-ng's voice $SAY_VOICE into $SAY_OUT/ID.ul (raw 8 kHz
# G.711 µ-law, leading and trailing silence cut) and appends ID to the array `ids`.
# espeak-ng is GPL-3 and a development tool only: its audio output is committed, never the
# program. The caller sets SAY_VOICE, SAY_OUT and SAY_TMP (a scratch directory).
say() { # id text
  espeak-ng -v "$SAY_VOICE" -s 150 -w "$SAY_TMP/p.wav" "$2"
  ffmpeg -loglevel error -y -i "$SAY_TMP/p.wav" -af "silenceremove=start_periods=1:start_threshold=-50dB,areverse,silenceremove=start_periods=1:start_threshold=-50dB,areverse" -ar 8000 -ac 1 -f mulaw "$SAY_OUT/$1.ul"
  ids+=("$1")
}
