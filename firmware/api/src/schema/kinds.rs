//! Field rules and defaults per document kind, after KAZOO's crossbar schemas
//! (`applications/crossbar/priv/couchdb/schemas`). Fields not listed are kept as they are.

use super::rules::{Field as F, Ty::*};

const ID: &str = "^[0-9a-f]{32}$";
const WDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "wensday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const CALLER_ID: &[F] = &[
    F::new("caller_id", Obj),
    F::new("caller_id.internal", Obj),
    F::new("caller_id.internal.name", Str).len(0, 35),
    F::new("caller_id.internal.number", Str).len(0, 35),
    F::new("caller_id.external", Obj),
    F::new("caller_id.external.name", Str).len(0, 35),
    F::new("caller_id.external.number", Str).len(0, 35),
    F::new("caller_id.emergency", Obj),
    F::new("caller_id.emergency.name", Str).len(0, 35),
    F::new("caller_id.emergency.number", Str).len(0, 35),
];

const CALL_FORWARD: &[F] = &[
    F::new("call_forward", Obj),
    F::new("call_forward.enabled", Bool).def("false"),
    F::new("call_forward.number", Str).len(0, 35),
    F::new("call_forward.substitute", Bool).def("true"),
    F::new("call_forward.require_keypress", Bool).def("true"),
    F::new("call_forward.keep_caller_id", Bool).def("true"),
    F::new("call_forward.direct_calls_only", Bool).def("false"),
    F::new("call_forward.ignore_early_media", Bool).def("true"),
    F::new("call_forward.failover", Bool).def("false"),
    // The box's Busy and No Answer modes (README "Call forwarding"); the engine reads them.
    F::new("call_forward.busy", Obj),
    F::new("call_forward.busy.enabled", Bool),
    F::new("call_forward.busy.number", Str).len(0, 35),
    F::new("call_forward.no_answer", Obj),
    F::new("call_forward.no_answer.enabled", Bool),
    F::new("call_forward.no_answer.number", Str).len(0, 35),
    F::new("call_forward.no_answer.ring_seconds", Int).range(5, 300),
];

const ACCOUNT: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("realm", Str)
        .len(4, 253)
        .pattern(r"^[0-9A-Za-z.\-]+$"),
    F::new("timezone", Str).len(3, 64),
    F::new("language", Str).len(2, 5),
    F::new("enabled", Bool).def("true"),
    F::new("call_restriction", Obj).def("{}"),
    F::new("music_on_hold", Obj).def("{}"),
    F::new("preflow", Obj),
    F::new("preflow.always", Str).pattern(ID),
    F::new("voicemail.max_storage_seconds", Int).min(1),
    // edgepbx's own office settings (`edgepbx_store::office_settings`); the country is
    // checked against the tone table by `countries::check_account`.
    F::new("edgepbx", Obj),
    F::new("edgepbx.country", Str).len(2, 2),
    F::new("edgepbx.extension_length", Int).range(2, 8),
];

const USER: &[F] = &[
    F::new("first_name", Str).req().len(1, 128),
    F::new("last_name", Str).req().len(1, 128),
    F::new("username", Str).len(1, 256),
    F::new("password", Str).len(1, 256),
    F::new("email", Str).len(3, 254),
    F::new("priv_level", Str)
        .def("\"user\"")
        .one_of(&["user", "admin"]),
    F::new("enabled", Bool).def("true"),
    F::new("presence_id", Str).len(1, 128),
    F::new("vm_to_email_enabled", Bool).def("true"),
    F::new("verified", Bool).def("false"),
    F::new("require_password_update", Bool).def("false"),
    F::new("timezone", Str).len(3, 64),
    F::new("language", Str).len(2, 5),
    F::new("call_restriction", Obj).def("{}"),
    F::new("contact_list", Obj).def("{}"),
    F::new("music_on_hold", Obj).def("{}"),
    F::new("ringtones", Obj).def("{}"),
    F::new("do_not_disturb", Obj),
    F::new("do_not_disturb.enabled", Bool),
    F::new("hotdesk", Obj).def("{}"),
    F::new("hotdesk.enabled", Bool).def("false"),
    F::new("hotdesk.id", Str).len(0, 15),
    F::new("hotdesk.pin", Str).len(4, 15),
    F::new("hotdesk.require_pin", Bool).def("false"),
    F::new("hotdesk.keep_logged_in_elsewhere", Bool).def("false"),
    // SmartPBX's forward when the phones are unreachable (kazoo.md §7.3); the engine reads it.
    F::new("call_failover", Obj),
    F::new("call_failover.enabled", Bool),
    F::new("call_failover.number", Str).len(0, 35),
    F::new("call_waiting", Obj),
    F::new("call_waiting.enabled", Bool),
    F::new("directories", Obj),
    F::new("appList", Arr).items(Str),
];

const DEVICE: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("device_type", Str).def("\"sip_device\"").one_of(&[
        "sip_device", "softphone", "cellphone", "smartphone", "landline", "fax", "ata", "sip_uri", "mobile", "teammate",
        "application", "analog",
    ]),
    F::new("owner_id", Str).pattern(ID),
    F::new("enabled", Bool).def("true"),
    F::new("mac_address", Str).pattern(r"^(?:[0-9A-Fa-f]{2}[:\-]?){5}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$"),
    F::new("sip", Obj).def("{}"),
    F::new("sip.username", Str).len(2, 32).pattern(r"^[^\s:@;<>]+$"),
    F::new("sip.password", Str).len(5, 32),
    F::new("sip.method", Str).def("\"password\"").one_of(&["password", "ip"]),
    F::new("sip.invite_format", Str).def("\"contact\"").one_of(&["username", "npan", "1npan", "e164", "route", "contact"]),
    F::new("sip.expire_seconds", Int).def("300").range(60, 86400),
    F::new("sip.realm", Str).len(4, 253),
    F::new("sip.ip", Str),
    F::new("media", Obj).def("{}"),
    F::new("media.audio", Obj),
    F::new("media.audio.codecs", Arr).items(Str),
    F::new("media.video", Obj),
    F::new("media.video.codecs", Arr).items(Str),
    F::new("media.encryption", Obj),
    F::new("media.fax_option", StrOrInt),
    F::new("media.bypass_media", StrOrInt),
    F::new("call_restriction", Obj).def("{}"),
    F::new("contact_list", Obj).def("{}"),
    F::new("music_on_hold", Obj).def("{}"),
    F::new("ringtones", Obj).def("{}"),
    F::new("provision", Obj),
    F::new("do_not_disturb", Obj),
    F::new("do_not_disturb.enabled", Bool),
    F::new("mwi_unsolicited_updates", Bool).def("true"),
    F::new("suppress_unregister_notifications", Bool).def("false"),
    F::new("register_overwrite_notify", Bool).def("false"),
    F::new("exclude_from_queues", Bool).def("false"),
    F::new("timezone", Str).len(3, 64),
    F::new("language", Str).len(2, 5),
    // edgepbx's addition: limits on the outside calls this device places.
    F::new("limits", Obj),
    F::new("limits.outbound_trunks", Int).min(-1),
    F::new("limits.outbound_minutes_per_hour", Int).min(-1),
];

/// An account's `limits` document (KAZOO's jonny5 fields, and edgepbx's minutes per hour):
/// each a count, -1 for no limit.
const LIMITS: &[F] = &[
    F::new("calls", Int).min(-1),
    F::new("inbound_trunks", Int).min(-1),
    F::new("outbound_trunks", Int).min(-1),
    F::new("twoway_trunks", Int).min(-1),
    F::new("resource_consuming_calls", Int).min(-1),
    F::new("burst_trunks", Int).min(0),
    F::new("outbound_minutes_per_hour", Int).min(-1),
    F::new("enabled", Bool),
    F::new("allow_prepay", Bool),
];

const VMBOX: &[F] = &[
    F::new("mailbox", Str)
        .req()
        .len(1, 30)
        .pattern(r"^[0-9A-Za-z*#+_\-]+$"),
    F::new("name", Str).req().len(1, 128),
    F::new("owner_id", Str).pattern(ID),
    F::new("pin", Str).len(4, 6).pattern(r"^[0-9]+$"),
    F::new("require_pin", Bool).def("false"),
    F::new("check_if_owner", Bool).def("true"),
    F::new("is_setup", Bool).def("false"),
    F::new("skip_greeting", Bool).def("false"),
    F::new("skip_instructions", Bool).def("false"),
    F::new("skip_envelope", Bool).def("false"),
    F::new("announcement_only", Bool).def("false"),
    F::new("not_configurable", Bool).def("false"),
    F::new("delete_after_notify", Bool).def("false"),
    F::new("save_after_notify", Bool).def("false"),
    F::new("transcribe", Bool).def("false"),
    F::new("include_message_on_notify", Bool).def("true"),
    F::new("oldest_message_first", Bool).def("false"),
    F::new("media", Obj).def("{}"),
    F::new("media_extension", Str)
        .def("\"mp3\"")
        .one_of(&["mp3", "wav", "mp4"]),
    F::new("notify_email_addresses", Arr).def("[]").items(Str),
    F::new("max_message_count", Int).min(0),
    F::new("max_message_length", Int).min(1),
    F::new("seek_duration_ms", Int).def("10000").min(0),
    F::new("timezone", Str).len(3, 64),
];

const GROUP: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("endpoints", Obj).req(),
    F::new("music_on_hold", Obj).def("{}"),
];

const MENU: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("retries", Int).def("3").range(1, 10),
    F::new("timeout", Int).def("10000").range(1000, 60000),
    F::new("interdigit_timeout", Int).range(1, 10000),
    F::new("max_extension_length", Int).def("4").range(1, 6),
    F::new("hunt", Bool).def("true"),
    F::new("hunt_allow", Str).len(1, 256),
    F::new("hunt_deny", Str).len(1, 256),
    F::new("record_pin", Str).len(3, 6).pattern(r"^[0-9]+$"),
    F::new("allow_record_from_offnet", Bool).def("false"),
    F::new("suppress_media", Bool).def("false"),
    F::new("media", Obj).def("{}"),
];

const TEMPORAL_RULE: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("cycle", Str)
        .req()
        .one_of(&["date", "daily", "weekly", "monthly", "yearly"]),
    F::new("interval", Int).def("1").min(1),
    F::new("days", Arr).items(Int).range(1, 31),
    F::new("wdays", Arr).items(Str).one_of(WDAYS),
    F::new("ordinal", Str).one_of(&[
        "every", "first", "second", "third", "fourth", "fifth", "last",
    ]),
    F::new("month", Int).range(1, 12),
    F::new("start_date", Int).def("62586115200").min(0),
    F::new("time_window_start", Int).range(0, 86400),
    F::new("time_window_stop", Int).range(0, 86400),
    F::new("enabled", Bool),
];

const TEMPORAL_RULE_SET: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("temporal_rules", Arr)
        .def("[]")
        .items(Str)
        .pattern(ID),
];

const DIRECTORY: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("sort_by", Str)
        .def("\"last_name\"")
        .one_of(&["first_name", "last_name"]),
    F::new("min_dtmf", Int).def("3").range(1, 10),
    F::new("max_dtmf", Int).def("0").range(0, 10),
    F::new("confirm_match", Bool).def("true"),
    F::new("users", Arr).def("[]"),
];

const MEDIA: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("media_source", Str)
        .def("\"upload\"")
        .one_of(&["recording", "upload", "tts"]),
    F::new("content_type", Str).one_of(&[
        "audio/mp3",
        "audio/mpeg",
        "audio/mpeg3",
        "audio/x-wav",
        "audio/wav",
        "audio/x-mpeg",
        "audio/x-mp3",
        "audio/x-mpeg-3",
        "audio/wave",
        "audio/vnd.wave",
        "audio/basic",
    ]),
    F::new("language", Str).def("\"en-us\"").len(2, 16),
    F::new("streamable", Bool).def("true"),
    F::new("description", Str).len(0, 256),
    F::new("tts", Obj),
    F::new("tts.text", Str).len(1, 1000),
    F::new("tts.voice", Str),
];

const CONFERENCE: &[F] = &[
    F::new("name", Str).len(1, 128),
    F::new("owner_id", Str).pattern(ID),
    F::new("conference_numbers", Arr).def("[]").items(Str),
    F::new("member", Obj).def("{}"),
    F::new("member.numbers", Arr).items(Str),
    F::new("member.pins", Arr).items(Str),
    F::new("member.join_muted", Bool).def("true"),
    F::new("member.join_deaf", Bool).def("false"),
    F::new("moderator", Obj).def("{}"),
    F::new("moderator.numbers", Arr).items(Str),
    F::new("moderator.pins", Arr).items(Str),
    F::new("moderator.join_muted", Bool).def("false"),
    F::new("moderator.join_deaf", Bool).def("false"),
    F::new("max_participants", Int).min(0),
    F::new("play_name", Bool).def("false"),
    F::new("play_entry_tone", Bool).def("true"),
    F::new("play_exit_tone", Bool).def("true"),
    F::new("require_moderator", Bool).def("false"),
    F::new("wait_for_moderator", Bool).def("false"),
];

const FAXBOX: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("caller_name", Str)
        .def("\"Kazoo Fax Printer\"")
        .len(1, 128),
    F::new("fax_header", Str)
        .def("\"Kazoo Fax Printer\"")
        .len(1, 64),
    F::new("caller_id", Str).len(0, 35),
    F::new("fax_identity", Str).len(0, 20),
    F::new("fax_timezone", Str).len(3, 64),
    F::new("owner_id", Str).pattern(ID),
    F::new("retries", Int).def("1").range(0, 4),
    F::new("notifications", Obj).def("{}"),
    F::new("smtp_permission_list", Arr).def("[]").items(Str),
];

const RESOURCE: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("enabled", Bool).def("true"),
    F::new("weight_cost", Int).def("50").range(0, 100),
    F::new("gateways", Arr).def("[]").items(Obj),
    F::new("rules", Arr).def("[]").items(Str),
    F::new("flags", Arr).def("[]").items(Str),
    F::new("emergency", Bool).def("false"),
    F::new("grace_period", Int).def("5").range(0, 100),
];

const CONNECTIVITY: &[F] = &[
    F::new("account", Obj).def("{}"),
    F::new("servers", Arr).def("[]").items(Obj),
];

const LIST: &[F] = &[F::new("name", Str).req().len(1, 128)];

const BLACKLIST: &[F] = &[
    F::new("name", Str).req().len(1, 128),
    F::new("numbers", Obj).def("{}"),
];

/// The rules for a kind, with shared groups (caller ID, call forward) appended where KAZOO has them.
pub fn fields_for(kind: &str) -> Vec<F> {
    let (own, caller_id, forward): (&[F], bool, bool) = match kind {
        "accounts" => (ACCOUNT, true, false),
        "users" => (USER, true, true),
        "devices" => (DEVICE, true, true),
        "vmboxes" => (VMBOX, false, false),
        "groups" => (GROUP, false, false),
        "menus" => (MENU, false, false),
        "temporal_rules" => (TEMPORAL_RULE, false, false),
        "temporal_rules_sets" => (TEMPORAL_RULE_SET, false, false),
        "directories" => (DIRECTORY, false, false),
        "media" => (MEDIA, false, false),
        "conferences" => (CONFERENCE, false, false),
        "faxboxes" => (FAXBOX, false, false),
        "resources" => (RESOURCE, false, false),
        "connectivity" => (CONNECTIVITY, false, false),
        "lists" => (LIST, false, false),
        "blacklists" => (BLACKLIST, false, false),
        "limits" => (LIMITS, false, false),
        _ => (&[], false, false),
    };
    let mut fields = own.to_vec();
    if caller_id {
        fields.extend_from_slice(CALLER_ID);
    }
    if forward {
        fields.extend_from_slice(CALL_FORWARD);
    }
    fields
}
