#!/usr/bin/env bash
# Render the German prompt pack (dev-time only, like scripts/media-prompts.sh, whose `say`
# helper it shares): every prompt id of the built-in catalogue, plus the pieces German number
# words are built from (num_and "und", num_1_combined "ein", num_millions), spoken by
# espeak-ng's `de` voice, as 8 kHz µ-law WAVs in one file that the API takes as it is:
#   PUT /v2/system/prompt_packs/de  with the body of firmware/media/packs/de.json
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pack="$root/firmware/media/packs/de.json"
cat_rs="$root/firmware/media/src/prompts/catalog.rs"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/ul" "$(dirname "$pack")"
declare -a ids=()
SAY_VOICE=de SAY_OUT="$tmp/ul" SAY_TMP="$tmp"
# shellcheck source=lib/prompt-say.sh
source "$root/scripts/lib/prompt-say.sh"
n=(null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig)
for i in $(seq 0 20); do say "num_$i" "${n[$i]}"; done
for t in 30:dreißig 40:vierzig 50:fünfzig 60:sechzig 70:siebzig 80:achtzig 90:neunzig; do say "num_${t%%:*}" "${t#*:}"; done
say num_hundred "hundert"; say num_thousand "tausend"; say num_million "eine Million"
say num_millions "Millionen"; say num_and "und"; say num_1_combined "ein"
say star "Stern"; say pound "Raute"; say minus "minus"; say point "Komma"
days=(Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag)
i=0; for d in monday tuesday wednesday thursday friday saturday sunday; do say "day_$d" "${days[$i]}"; i=$((i+1)); done
months=(Januar Februar März April Mai Juni Juli August September Oktober November Dezember)
i=0; for m in january february march april may june july august september october november december; do say "month_$m" "${months[$i]}"; i=$((i+1)); done
o=(erster zweiter dritter vierter fünfter sechster siebter achter neunter zehnter elfter zwölfter dreizehnter vierzehnter fünfzehnter sechzehnter siebzehnter achtzehnter neunzehnter zwanzigster)
for i in $(seq 1 20); do say "ord_$i" "${o[$((i-1))]}"; done
say ord_30 "dreißigster"; say oclock "Uhr"; say am "vormittags"; say pm "nachmittags"; say oh "null"
say vm_enter_password "Bitte geben Sie Ihr Kennwort ein, gefolgt von der Rautetaste."
say vm_invalid_password "Dieses Kennwort ist nicht gültig."
say vm_you_have "Sie haben"; say vm_new_messages "neue Nachrichten"; say vm_new_message "neue Nachricht"
say vm_saved_messages "gespeicherte Nachrichten"; say vm_no_messages "Sie haben keine Nachrichten."
say vm_leave_message "Bitte sprechen Sie nach dem Signalton. Wenn Sie fertig sind, legen Sie auf oder drücken Sie die Rautetaste."
say vm_not_available "Der gewünschte Gesprächspartner ist nicht erreichbar."
say vm_message_saved "Ihre Nachricht wurde gespeichert."; say vm_message_deleted "Nachricht gelöscht."
say vm_main_menu "Für neue Nachrichten drücken Sie die Eins. Für gespeicherte Nachrichten die Zwei. Für Ihre Einstellungen die Fünf. Zum Beenden die Rautetaste."
say vm_message_menu "Zum Speichern drücken Sie die Eins. Zum Wiederholen die Zwei. Zum Weiterleiten die Drei. Für die vorige Nachricht die Vier. Für die nächste die Sechs. Zum Löschen die Sieben."
say vm_record_greeting "Sprechen Sie Ihre Ansage nach dem Signalton. Drücken Sie die Rautetaste, wenn Sie fertig sind."
say vm_settings_menu "Um Ihre Abwesenheitsansage aufzunehmen, drücken Sie die Eins. Für Ihren Namen die Zwei. Um Ihr Kennwort zu ändern, die Drei. Für eine vorübergehende Ansage die Vier. Um die vorübergehende Ansage zu löschen, die Fünf. Für das Hauptmenü die Null."
say vm_record_name "Sprechen Sie Ihren Namen nach dem Signalton. Drücken Sie die Rautetaste, wenn Sie fertig sind."
say vm_review_recording "Zum Behalten drücken Sie die Eins. Zum Anhören die Zwei. Um neu aufzunehmen, die Drei."
say vm_saved "Gespeichert."; say vm_temporary_deleted "Vorübergehende Ansage gelöscht."
say vm_enter_new_password "Bitte geben Sie Ihr neues Kennwort ein, gefolgt von der Rautetaste."
say vm_reenter_password "Bitte geben Sie Ihr neues Kennwort noch einmal ein."
say vm_password_not_allowed "Dieses Kennwort ist nicht erlaubt. Verwenden Sie mehr Ziffern, nicht alle gleich und nicht aufeinanderfolgend."
say vm_password_mismatch "Die Kennwörter stimmen nicht überein."; say vm_password_changed "Ihr Kennwort wurde geändert."
say vm_setup_intro "Willkommen bei Ihrer neuen Sprachbox. Richten wir sie ein."
say vm_mailbox_full "Die Sprachbox ist voll."; say vm_received "Empfangen"; say vm_from "von"
say ivr_invalid "Diese Auswahl ist nicht gültig."; say ivr_try_again "Bitte versuchen Sie es noch einmal."
say ivr_goodbye "Auf Wiederhören."; say ivr_please_hold "Bitte warten Sie, wir verbinden Sie."
say ivr_enter_extension "Bitte geben Sie die Durchwahl ein."; say ivr_transfer "Ihr Anruf wird weitergeleitet."
say ivr_closed "Wir haben zurzeit geschlossen. Bitte rufen Sie während unserer Geschäftszeiten wieder an."
say conf_enter_pin "Bitte geben Sie die Konferenznummer ein, gefolgt von der Rautetaste."
say conf_bad_pin "Diese Konferenznummer ist nicht gültig."; say conf_joined "Sie sind jetzt in der Konferenz."
say conf_only_one "Sie sind der einzige Teilnehmer dieser Konferenz."; say conf_muted "Ihr Mikrofon ist stumm."
say conf_unmuted "Ihr Mikrofon ist eingeschaltet."; say conf_locked "Diese Konferenz ist gesperrt."
say conf_ended "Die Konferenz ist beendet."; say conf_participants "Teilnehmer"
say dir_enter_name "Bitte geben Sie die ersten drei Buchstaben des Namens ein."
say dir_no_match "Keine passenden Einträge."; say dir_press_one "Um diese Person anzurufen, drücken Sie die Eins. Für den nächsten Eintrag die Sterntaste."
say park_parked_at "Ihr Anruf wurde geparkt auf"; say park_no_call "Dort ist kein Anruf geparkt."
say park_slot_busy "Dieser Parkplatz ist belegt."
say err_not_available "Die gewählte Rufnummer ist nicht erreichbar."
say err_busy "Die gewählte Rufnummer ist besetzt."; say err_no_route "Ihr Anruf kann so nicht vermittelt werden."
say err_system "Ein Systemfehler ist aufgetreten. Bitte versuchen Sie es später noch einmal."; say err_not_allowed "Sie dürfen diesen Anruf nicht tätigen."
say cf_press_one "Sie haben einen weitergeleiteten Anruf. Um ihn anzunehmen, drücken Sie die Eins."
say fax_receiving "Fax wird empfangen."; say recording_started "Dieses Gespräch wird aufgezeichnet."
say move_no_call "Es gibt keinen Anruf, der übernommen werden kann."; say move_several_calls "Es gibt mehr als einen Anruf, der übernommen werden kann."
say move_no_owner "Dieses Telefon hat keinen Benutzer."
# Every built-in prompt must have its German recording.
missing=$(grep -o 'prompts/[a-z0-9_]*\.ul' "$cat_rs" | sed 's|prompts/||; s|\.ul$||' | grep -vxF -f <(printf '%s\n' "${ids[@]}") || true)
if [ -n "$missing" ]; then echo "no German text for: $missing" >&2; exit 1; fi
# One JSON body for the API: each prompt a µ-law WAV (format 7), base64.
python3 - "$tmp/ul" "$pack" "${ids[@]}" <<'PY'
import base64, json, struct, sys
src, out, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
def wav(ulaw):
    fmt = struct.pack("<HHIIHH", 7, 1, 8000, 8000, 1, 8)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(ulaw)) + ulaw
    return b"RIFF" + struct.pack("<I", len(body)) + body
prompts = {i: base64.b64encode(wav(open(f"{src}/{i}.ul", "rb").read())).decode() for i in ids}
with open(out, "w") as f:
    json.dump({"data": {"prompts": prompts}}, f, separators=(",", ":"))
    f.write("\n")
PY
echo "$pack: ${#ids[@]} prompts, $(du -h "$pack" | cut -f1)"
