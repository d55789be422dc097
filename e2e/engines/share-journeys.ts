/** What a friend opening a share link or an embed gets. */
import { cardOf, clickOn, find, media, playingPast, sliderValue, waitFor } from './journey-kit.ts';
import { button, demoTask } from './demo-task.ts';
import type { Journey } from './journey-types.ts';

export const shareLinkCues: Journey = {
  name: 'share link lands on the song and cues',
  timeoutMs: 60_000,
  async run({ d, baseUrl, requestsTo }) {
    const { task, clips } = await demoTask(baseUrl);
    // The longer take, and a moment well inside it.
    const clip = [...clips].sort((a, b) => b.duration - a.duration)[0];
    if (!clip) throw new Error('the task has no clip');
    const at = Math.min(30, Math.floor(clip.duration / 3));
    await d.goto(`/task/${task}?p=demo&clip=${clip.id}&t=${at}`);
    const song = { role: 'region' as const, name: clip.title };
    await find(d, song);
    const label = `Play from 0:${String(at).padStart(2, '0')}`;
    const playFrom = { ...button(label), within: await find(d, song) };
    await find(d, playFrom);
    await waitFor(
      `cued at ${at} s, paused`,
      () => media(d),
      (m) => !!m && m.paused && m.time >= at - 0.5,
    );
    await clickOn(d, playFrom);
    await playingPast(d, at + 0.3);
    await find(d, button('Pause', cardOf(clip.id)));
    // The file's length (one byte's answer), the song from the moment, and the whole file
    // for the whole waveform: none of them twice.
    const mp3 = requestsTo(`/sim/media/${clip.id}.mp3`);
    if (new Set(mp3).size !== mp3.length) throw new Error(`the MP3 was asked twice: ${mp3}`);
  },
};

export const shareLinkAtTheEnd: Journey = {
  name: 'share link at the last second cues without moving on',
  timeoutMs: 60_000,
  async run({ d, baseUrl }) {
    const { task, clips } = await demoTask(baseUrl);
    const clip = clips[0];
    if (!clip) throw new Error('the task has no clip');
    const end = Math.floor(clip.duration);
    await d.goto(`/task/${task}?p=demo&clip=${clip.id}&t=${end}`);
    const region = await find(d, { role: 'region', name: clip.title });
    const playFrom = button(/^Play from \d+:\d\d$/, region);
    await find(d, playFrom);
    const cued = (m: Awaited<ReturnType<typeof media>>) =>
      !!m && m.paused && m.time >= end - 3 && m.source.includes(clip.id);
    await waitFor('cued near the end, paused', () => media(d), cued);
    // A cued clip that was never played does not end into the next one.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const still = await media(d);
    if (!cued(still)) throw new Error(`moved on by itself: ${JSON.stringify(still)}`);
    await clickOn(d, playFrom);
    await waitFor(
      'played from near the end',
      () => media(d),
      (m) => !!m && (m.ended || (!m.paused && m.time >= end - 3) || !m.source.includes(clip.id)),
    );
  },
};

export const embedPlays: Journey = {
  name: 'embed plays from its start time',
  timeoutMs: 45_000,
  async run({ d, baseUrl }) {
    const { task, clips } = await demoTask(baseUrl);
    const clip = clips[0];
    if (!clip) throw new Error('the task has no clip');
    await d.goto(`/embed/task/${task}?p=demo&clip=${clip.id}&t=12`);
    const seek = await find(d, { role: 'slider', name: 'Seek' });
    await waitFor(
      'the embed cued at 12 s',
      () => sliderValue(d, seek),
      (v) => v === 12,
    );
    await clickOn(d, button('Play'));
    await waitFor(
      'the embed playing past 12.3 s',
      () => media(d, 'embed-player'),
      (m) => !!m && !m.paused && m.time > 12.3,
    );
  },
};
