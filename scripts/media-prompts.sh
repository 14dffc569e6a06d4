#!/usr/bin/env bash
# Regenerate the built-in English prompt set of firmware/media (dev-time only: espeak-ng is
# GPL-3 and is never linked or shipped; only its audio output is committed). Each prompt is
# raw 8 kHz G.711 µ-law in firmware/media/prompts/<id>.ul, and src/prompts/catalog.rs lists
# them for include_bytes!.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/firmware/media/prompts"
cat_rs="$root/firmware/media/src/prompts/catalog.rs"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"; rm -f "$out"/*.ul
declare -a ids=()
SAY_VOICE=en-us SAY_OUT="$out" SAY_TMP="$tmp"
# shellcheck source=lib/prompt-say.sh
source "$root/scripts/lib/prompt-say.sh"
n=(zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty)
for i in $(seq 0 20); do say "num_$i" "${n[$i]}"; done
for t in 30:thirty 40:forty 50:fifty 60:sixty 70:seventy 80:eighty 90:ninety; do say "num_${t%%:*}" "${t#*:}"; done
say num_hundred "hundred"; say num_thousand "thousand"; say num_million "million"
say star "star"; say pound "pound"; say minus "minus"; say point "point"
for d in monday tuesday wednesday thursday friday saturday sunday; do say "day_$d" "$d"; done
for m in january february march april may june july august september october november december; do say "month_$m" "$m"; done
o=(first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth)
for i in $(seq 1 20); do say "ord_$i" "${o[$((i-1))]}"; done
say ord_30 "thirtieth"; say oclock "o'clock"; say am "A M"; say pm "P M"; say oh "oh"
say vm_enter_password "Please enter your password, followed by the pound key."
say vm_invalid_password "That password is not valid."
say vm_you_have "You have"; say vm_new_messages "new messages"; say vm_new_message "new message"
say vm_saved_messages "saved messages"; say vm_no_messages "You have no messages."
say vm_leave_message "Please leave a message after the tone. When you are done, hang up or press pound."
say vm_not_available "The person you are calling is not available."
say vm_message_saved "Your message has been saved."; say vm_message_deleted "Message deleted."
say vm_main_menu "For new messages, press one. For saved messages, press two. For your settings, press five. To exit, press pound."
say vm_message_menu "To save, press one. To replay, press two. To forward, press three. For the previous message, press four. For the next, press six. To delete, press seven."
say vm_record_greeting "Record your greeting after the tone. Press pound when you are done."
say vm_settings_menu "To record your unavailable greeting, press one. To record your name, press two. To change your password, press three. To record a temporary greeting, press four. To delete the temporary greeting, press five. For the main menu, press zero."
say vm_record_name "Say your name after the tone. Press pound when you are done."
say vm_review_recording "To keep it, press one. To listen to it, press two. To record it again, press three."
say vm_saved "Saved."; say vm_temporary_deleted "Temporary greeting deleted."
say vm_enter_new_password "Please enter your new password, followed by the pound key."
say vm_reenter_password "Please enter your new password again."
say vm_password_not_allowed "That password is not allowed. Use more digits, not all the same and not in a row."
say vm_password_mismatch "The passwords do not match."; say vm_password_changed "Your password has been changed."
say vm_setup_intro "Welcome to your new voicemail box. Let us set it up."
say vm_mailbox_full "The mailbox is full."; say vm_received "Received"; say vm_from "from"
say ivr_invalid "That is not a valid option."; say ivr_try_again "Please try again."
say ivr_goodbye "Goodbye."; say ivr_please_hold "Please hold while we connect your call."
say ivr_enter_extension "Please enter the extension number."; say ivr_transfer "Transferring your call."
say ivr_closed "We are currently closed. Please call back during business hours."
say conf_enter_pin "Please enter the conference number followed by the pound key."
say conf_bad_pin "That conference number is not valid."; say conf_joined "You are now in the conference."
say conf_only_one "You are the only person in this conference."; say conf_muted "You are muted."
say conf_unmuted "You are unmuted."; say conf_locked "This conference is locked."
say conf_ended "The conference has ended."; say conf_participants "participants"
say dir_enter_name "Please enter the first three letters of the person's name."
say dir_no_match "No matching entries."; say dir_press_one "To call this person, press one. For the next entry, press star."
say park_parked_at "Your call has been parked at"; say park_no_call "There is no call parked there."
say park_slot_busy "That parking slot is in use."
say err_not_available "The number you have dialed is not available."
say err_busy "The number you have dialed is busy."; say err_no_route "Your call cannot be completed as dialed."
say err_system "A system error has occurred. Please try again later."; say err_not_allowed "You are not allowed to make this call."
say cf_press_one "You have a forwarded call. To accept it, press one."
say fax_receiving "Receiving fax."; say recording_started "This call is being recorded."
say move_no_call "There is no call to move."; say move_several_calls "There is more than one call to move."
say move_no_owner "This phone has no user."
{
  echo "// Generated by scripts/media-prompts.sh: do not edit."
  echo "pub static PROMPTS: &[(&str, &[u8])] = &["
  for id in "${ids[@]}"; do echo "    (\"$id\", include_bytes!(\"../../prompts/$id.ul\")),"; done
  echo "];"
} > "$cat_rs"
du -sh "$out"; ls "$out" | wc -l
