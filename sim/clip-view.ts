import type { ClipPhase } from './clock.ts';
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
        audio: `${media}/${spec.id}.mp3`,
        video: phase.isVideoPending ? '' : `${media}/${spec.id}.mp4`,
        image: `${media}/image_${spec.id}.jpeg`,
        imageLarge: `${media}/image_large_${spec.id}.jpeg`,
      };
  }
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
    video_url: url.video,
    audio_url: url.audio,
    image_url: url.image,
    image_large_url: url.imageLarge,
    is_video_pending: phase.isVideoPending,
    major_model_version: 'v3.5',
    model_name: 'chirp-v3-5',
    metadata: {
      tags: spec.tags,
      prompt: spec.lyrics,
      gpt_description_prompt: spec.gptDescriptionPrompt,
      audio_prompt_id: spec.audioPromptId,
      history: spec.history,
      concat_history: spec.concatHistory,
      type: spec.type,
      duration: phase.status === 'complete' ? variant.durationSec : null,
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
