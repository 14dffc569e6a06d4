//! The notifications the box mails, with their macros and built-in templates. Ids of mails
//! KAZOO also sends are KAZOO's teletype ids; the box's own (trunk down, disk space, new
//! firmware) are named the same way. Macros are what the template sees: dotted names are
//! objects (`caller_id.name`).

/// One notification: its id, what it is, its macros and its built-in templates.
pub struct Spec {
    pub id: &'static str,
    pub friendly_name: &'static str,
    pub category: &'static str,
    /// (macro, what it holds)
    pub macros: &'static [(&'static str, &'static str)],
    pub subject: &'static str,
    pub text: &'static str,
    pub html: &'static str,
}

const ACCOUNT: [(&str, &str); 2] = [
    ("account.name", "The account's name"),
    ("account.timezone", "The account's time zone"),
];

pub const CATALOGUE: &[Spec] = &[
    Spec {
        id: "voicemail_to_email",
        friendly_name: "Voicemail to email",
        category: "voicemail",
        macros: &[
            ACCOUNT[0],
            ACCOUNT[1],
            ("caller_id.name", "Caller ID name (\"unknown\" when none)"),
            (
                "caller_id.number",
                "Caller ID number (\"unknown\" when none)",
            ),
            (
                "voicemail.vmbox_name",
                "The box's name (\"unknown\" when none)",
            ),
            ("voicemail.vmbox_number", "The box's mailbox number"),
            ("voicemail.length", "Length of the message, HH:MM:SS"),
            (
                "voicemail.transcription",
                "The message as text, when transcribed",
            ),
            ("callee_id.number", "The number called"),
            ("date_called.local", "When, in the account's time zone"),
            ("user.first_name", "The box owner's first name"),
        ],
        subject: "New voicemail from {{ caller_id.name }} ({{ caller_id.number }})",
        text: "{% if user.first_name %}Hi {{ user.first_name }}{% else %}Hello{% endif %},\r\n\r\n\
You have a new voicemail from {{ caller_id.name }} ({{ caller_id.number }}) in \
{{ voicemail.vmbox_name }} ({{ voicemail.vmbox_number }}) at {{ account.name }}.\r\n\r\n\
Caller ID:   {{ caller_id.number }}\r\nCaller Name: {{ caller_id.name }}\r\n\
Called To:   {{ callee_id.number }}\r\nCalled On:   {{ date_called.local }}\r\n\
Length:      {{ voicemail.length }}\r\n\r\n\
{% if voicemail.transcription %}Transcription:\r\n{{ voicemail.transcription }}\r\n\r\n{% endif %}\
The message is attached.\r\n",
        html: "<p>{% if user.first_name %}Hi {{ user.first_name }}{% else %}Hello{% endif %},</p>\
<p>You have a new voicemail from {{ caller_id.name }} ({{ caller_id.number }}) in \
{{ voicemail.vmbox_name }} ({{ voicemail.vmbox_number }}) at {{ account.name }}.</p>\
<table><tr><td>Caller ID</td><td>{{ caller_id.number }}</td></tr>\
<tr><td>Caller Name</td><td>{{ caller_id.name }}</td></tr>\
<tr><td>Called To</td><td>{{ callee_id.number }}</td></tr>\
<tr><td>Called On</td><td>{{ date_called.local }}</td></tr>\
<tr><td>Length</td><td>{{ voicemail.length }}</td></tr></table>\
{% if voicemail.transcription %}<p>{{ voicemail.transcription }}</p>{% endif %}\
<p>The message is attached.</p>",
    },
    Spec {
        id: "missed_call",
        friendly_name: "Missed call",
        category: "call",
        macros: &[
            ACCOUNT[0],
            ACCOUNT[1],
            (
                "caller",
                "The caller: \"name (number)\", the one known, or \"an unknown caller\"",
            ),
            ("caller_id.name", "Caller ID name"),
            ("caller_id.number", "Caller ID number"),
            ("callee_id.number", "The number called"),
            ("date_called.local", "When, in the account's time zone"),
        ],
        subject: "Missed call from {{ caller }}",
        text: "{{ account.name }} missed a call.\r\n\r\nFrom:   {{ caller }}\r\n\
Called: {{ callee_id.number }}\r\nWhen:   {{ date_called.local }}\r\n\r\n\
Nobody answered and no voicemail was left.\r\n",
        html: "<p>{{ account.name }} missed a call.</p>\
<table><tr><td>From</td><td>{{ caller }}</td></tr>\
<tr><td>Called</td><td>{{ callee_id.number }}</td></tr>\
<tr><td>When</td><td>{{ date_called.local }}</td></tr></table>\
<p>Nobody answered and no voicemail was left.</p>",
    },
    Spec {
        id: "fax_inbound_to_email",
        friendly_name: "Fax received",
        category: "fax",
        macros: &[
            ACCOUNT[0],
            ACCOUNT[1],
            ("caller_id.name", "Sender's caller ID name"),
            ("caller_id.number", "Sender's caller ID number"),
            ("fax.remote_station_id", "The sending machine's station ID"),
            ("fax.total_pages", "Pages received"),
            ("faxbox.name", "The fax box's name"),
            ("date_called.local", "When, in the account's time zone"),
        ],
        subject: "New fax from {{ caller_id.name or caller_id.number }} ({{ fax.total_pages }} pages)",
        text: "A fax of {{ fax.total_pages }} pages from {{ caller_id.number }} \
({{ fax.remote_station_id }}) arrived in {{ faxbox.name }} on {{ date_called.local }}.\r\n\r\n\
The fax is attached.\r\n",
        html: "<p>A fax of {{ fax.total_pages }} pages from {{ caller_id.number }} \
({{ fax.remote_station_id }}) arrived in {{ faxbox.name }} on {{ date_called.local }}.</p>\
<p>The fax is attached.</p>",
    },
    Spec {
        id: "trunk_down",
        friendly_name: "Outside line down",
        category: "system",
        macros: &[
            ACCOUNT[0],
            ACCOUNT[1],
            ("resource.name", "The outside line (resource) that failed"),
            (
                "resource.reason",
                "Why it is down (registration refused, no answer)",
            ),
            ("date.local", "Since when, in the account's time zone"),
        ],
        subject: "Outside line {{ resource.name }} is down",
        text: "The outside line {{ resource.name }} of {{ account.name }} is down since \
{{ date.local }}: {{ resource.reason }}.\r\n",
        html: "<p>The outside line {{ resource.name }} of {{ account.name }} is down since \
{{ date.local }}: {{ resource.reason }}.</p>",
    },
    Spec {
        id: "low_disk_space",
        friendly_name: "Storage nearly full",
        category: "system",
        macros: &[
            ACCOUNT[0],
            ACCOUNT[1],
            (
                "disk.used_percent",
                "How full the data storage is, in percent",
            ),
            ("disk.free_bytes", "Bytes left"),
            ("date.local", "When, in the account's time zone"),
        ],
        subject: "The phone system's storage is {{ disk.used_percent }}% full",
        text: "The storage of {{ account.name }}'s phone system is {{ disk.used_percent }}% full \
({{ disk.free_bytes }} bytes left) on {{ date.local }}. Delete old voicemail, recordings or faxes.\r\n",
        html: "<p>The storage of {{ account.name }}'s phone system is {{ disk.used_percent }}% full \
({{ disk.free_bytes }} bytes left) on {{ date.local }}. Delete old voicemail, recordings or faxes.</p>",
    },
    Spec {
        id: "firmware_available",
        friendly_name: "New software available",
        category: "system",
        macros: &[
            ACCOUNT[0],
            ACCOUNT[1],
            ("firmware.current", "The version running"),
            ("firmware.available", "The version that can be installed"),
        ],
        subject: "Phone system software {{ firmware.available }} is available",
        text: "{{ account.name }}'s phone system runs {{ firmware.current }}; \
{{ firmware.available }} can be installed from Settings.\r\n",
        html: "<p>{{ account.name }}'s phone system runs {{ firmware.current }}; \
{{ firmware.available }} can be installed from Settings.</p>",
    },
];

pub fn spec(id: &str) -> Option<&'static Spec> {
    CATALOGUE.iter().find(|s| s.id == id)
}
