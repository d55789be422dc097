import { audioExtension } from './audio-format.ts';
import type { ClipPhase } from './clock.ts';
import { isSignedId, signUrl } from './media-signing.ts';
import type { MediaVariant } from './media-variants.ts';
import type { ClipSpec } from './task-spec.ts';

export interface ClipContext {
  spec: ClipSpec;
  phase: ClipPhase;
  variant: MediaVariant;
  /** e.g. "http://localhost:5173", taken from the request. */
  origin: string;
  createdAt: Date;
}

/** URLs follow what Suno hands out in each phase, with our own media server standing in. */
function urls({ spec, phase, origin }: ClipContext) {
  const media = `${origin}/sim/media`;
  switch (phase.status) {
    case 'submitted':
    case 'queued':
      return { audio: '', video: '', image: null, imageLarge: null };
    case 'error':
      return { audio: `${media}/None.mp3`, video: '', image: null, imageLarge: null };
    case 'streaming':
      return {
        audio: `${origin}/sim/stream?item_id=${spec.id}`,
        video: '',
        image: `${media}/image_${spec.id}.jpeg`,
        imageLarge: `${media}/image_large_${spec.id}.jpeg`,
      };
    case 'complete':
      return {
        audio:
          spec.audio === 'locked'
            ? `${origin}/sim/api/forbidden`
            : spec.audio === 'missing'
              ? `${media}/None.mp3`
              : `${media}/${spec.id}.${audioExtension(spec.id)}`,
        video: phase.isVideoPending ? '' : `${media}/${spec.id}.mp4`,
        image: `${media}/image_${spec.id}.jpeg`,
        imageLarge: `${media}/image_large_${spec.id}.jpeg`,
      };
  }
}

/** Signed clips get links that expire; a fresh answer carries fresh links. */
function signed(spec: ClipSpec, url: string | null): string | null {
  return url && isSignedId(spec.id) && url.includes('/sim/media/') ? signUrl(url) : url;
}

/**
 * One clip as both providers return it: the sunoapi.com shape (with `metadata`), which is a
 * superset of sunoapi.co's flat clip.
 */
export function clipJson(context: ClipContext): Record<string, unknown> {
  const { spec, phase, variant, origin, createdAt } = context;
  const url = urls(context);
  const failed = phase.status === 'error';
  return {
    id: spec.id,
    video_url: signed(spec, url.video),
    audio_url: signed(spec, url.audio),
    image_url: signed(spec, url.image),
    image_large_url: signed(spec, url.imageLarge),
    is_video_pending: phase.isVideoPending,
    major_model_version: spec.model ? spec.model.version : 'v3.5',
    model_name: spec.model?.name ?? 'chirp-v3-5',
    metadata: {
      tags: spec.tags,
      [spec.lyricsAs ?? 'prompt']: spec.lyrics,
      ...spec.lineage,
      gpt_description_prompt: spec.gptDescriptionPrompt,
      audio_prompt_id: spec.audioPromptId,
      history: spec.history,
      concat_history: spec.concatHistory,
      type: spec.type,
      // Suno sends 0 until the length is known.
      duration: phase.status === 'complete' ? variant.durationSec : 0,
      refund_credits: failed,
      stream: true,
      infill: false,
      has_vocal: spec.hasVocal,
      is_audio_upload_tos_accepted: false,
      error_type: failed ? (spec.error?.type ?? null) : null,
      error_message: failed ? (spec.error?.message ?? null) : null,
    },
    is_liked: false,
    user_id: spec.userId,
    display_name: spec.displayName,
    handle: spec.handle,
    is_handle_updated: false,
    avatar_image_url: `${origin}/sim/media/avatar_${spec.handle}.jpeg`,
    is_trashed: false,
    reaction: null,
    created_at: createdAt.toISOString(),
    status: phase.status,
    title: spec.title,
    play_count: 0,
    upvote_count: 0,
    is_public: false,
  };
}
