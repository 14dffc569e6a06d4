// A voicemail greeting uploaded from a WAV or MP3 file: a KAZOO `media` document, its audio
// through `media/{id}/raw` (the box checks it is WAV or MP3), then named by the box's
// `media.unavailable`. A refused upload leaves no media document behind.
import { acct, put, del, session, ApiError } from './api.js';

/** Whether a picked file looks like audio the box takes (it checks the content itself too). */
export const isAudioFile = (file) => /^audio\//.test(file.type) || /\.(wav|mp3)$/i.test(file.name);

// Sent as audio (never as the text/base64 form the media API also reads).
export const audioType = (file) => (/^audio\//.test(file.type) ? file.type : /\.mp3$/i.test(file.name) ? 'audio/mpeg' : 'audio/wav');

async function uploadRaw(mediaId, file) {
  const res = await fetch('/v2/' + acct(`media/${mediaId}/raw`), {
    method: 'POST',
    headers: { 'X-Auth-Token': session.value.token, 'Content-Type': audioType(file), Accept: 'application/json' },
    body: file,
  });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
}

/** Stores `file` as a greeting media document; returns its id. */
export async function uploadGreeting(boxName, file) {
  const media = await put('media', { name: `${boxName} greeting`, media_source: 'upload', streamable: true, description: file.name });
  try {
    await uploadRaw(media.id, file);
  } catch (e) {
    await del(`media/${media.id}`).catch(() => {});
    throw e;
  }
  return media.id;
}

export const removeGreeting = (mediaId) => del(`media/${mediaId}`).catch(() => {});
