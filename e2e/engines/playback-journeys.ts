/** Playing in a card: waveform, keys, End moving on, the video, a live clip's hand-over. */
import { randomUUID } from 'node:crypto';
import type { EngineDriver } from './driver.ts';
import {
  cardAction,
  cardOf,
  cardStatus,
  cardIds,
  clickOn,
  find,
  focusOn,
  media,
  type MediaState,
  playingPast,
  sliderValue,
  waitFor,
} from './journey-kit.ts';
import { button, openFinishedTask, seekOf, waveformBars, waveformDrawn } from './demo-task.ts';
import type { Journey } from './journey-types.ts';

export const playWaveformSeek: Journey = {
  name: 'play, waveform drawn, seek by keys, one download',
  timeoutMs: 60_000,
  async run({ d, requestsTo }) {
    const [first = ''] = await openFinishedTask(d);
    const card = cardOf(first);
    await clickOn(d, button('Play', card));
    await playingPast(d, 0.3);
    await waitFor('the waveform drawn', () => waveformDrawn(d, card), Boolean);
    await playingPast(d, 2);
    // Played from the start, the MP3 comes once: to the element and the waveform alike.
    const mp3 = requestsTo(`/sim/media/${first}.mp3`);
    if (mp3.length !== 1) throw new Error(`the MP3 was requested ${mp3.length} times: ${mp3}`);
    const seek = await find(d, seekOf(card));
    await focusOn(d, seekOf(card));
    await d.press('ArrowRight');
    await d.press('ArrowRight');
    await waitFor(
      'slider at 10 s',
      () => sliderValue(d, seek),
      (v) => v >= 10,
    );
    await waitFor(
      'media at 10 s',
      () => media(d),
      (m) => !!m && m.time >= 10,
    );
    await d.press('Home');
    await waitFor(
      'slider back at 0',
      () => sliderValue(d, seek),
      (v) => v <= 1,
    );
    await playingPast(d, 0.3);
  },
};

/** End on the first take, `tries` times: each time the second take must start by itself. */
export function endMovesOn(tries: (d: EngineDriver) => number): Journey {
  return {
    name: 'End mid-download moves on to the next clip',
    timeoutMs: 240_000,
    async run({ d, paceMp3 }) {
      const [first = '', second = ''] = await openFinishedTask(d);
      // Slow enough that End always comes while the clip is still arriving.
      paceMp3(96 * 1024);
      for (let i = 1; i <= tries(d); i += 1) {
        await clickOn(d, button('Play', cardOf(first)));
        await playingPast(d, 0.3);
        await focusOn(d, seekOf(cardOf(first)));
        await d.press('End');
        await find(d, button('Pause', cardOf(second)), 15_000).catch(async (e: unknown) => {
          const why = e instanceof Error ? e.message : String(e);
          throw new Error(`try ${i}: ${why}; the player: ${JSON.stringify(await playerDetail(d))}`);
        });
        const at = await playingPast(d, 0);
        await waitFor(
          `try ${i}: the second take playing on`,
          () => media(d),
          (m) => {
            return !!m && !m.paused && m.time > at.time + 0.2 && m.source.includes(second);
          },
        );
      }
    },
  };
}

export const watchVideo: Journey = {
  name: 'watch video: one sound, position handed back',
  timeoutMs: 60_000,
  async run({ d }) {
    const [first = ''] = await openFinishedTask(d);
    const card = cardOf(first);
    await clickOn(d, button('Play', card));
    await playingPast(d, 0.3);
    await focusOn(d, seekOf(card));
    for (let i = 0; i < 3; i += 1) await d.press('ArrowRight');
    await waitFor(
      'media at 15 s',
      () => media(d),
      (m) => !!m && m.time >= 15,
    );
    await cardAction(d, card, 'Watch video');
    await find(d, { role: 'dialog', name: /./ });
    const video = () =>
      d.evaluate(() => {
        const v = document.querySelector<HTMLVideoElement>('[role="dialog"] video, dialog video');
        return v ? { time: v.currentTime, paused: v.paused } : null;
      });
    const seen = await waitFor(
      'the video playing on from 15 s',
      video,
      (v) => !!v && v.time > 15.5,
    );
    // One sound: the audio waits while the video plays.
    const audio = await media(d);
    if (!audio?.paused) throw new Error('the audio kept playing under the video');
    await d.press('Escape');
    await waitFor(
      'the audio taking over from the video',
      () => media(d),
      (m) => !!m && !m.paused && m.time >= (seen?.time ?? 0) - 0.5,
    );
  },
};

export const lookupLiveHandOver: Journey = {
  name: 'lookup to complete; a live clip plays and hands over',
  timeoutMs: 150_000,
  async run({ d }) {
    await d.goto('/');
    const box = await find(d, { role: 'textbox', name: 'Task or clip ID' });
    await d.type(box, randomUUID());
    await d.press('Enter');
    const [first = ''] = await waitFor(
      'two cards',
      () => cardIds(d),
      (l) => l.length === 2,
      30_000,
    );
    const card = cardOf(first);
    await waitFor(
      'Streaming',
      () => cardStatus(d, card),
      (s) => s === 'streaming',
      45_000,
    );
    await clickOn(d, button('Play', card));
    await waitFor(
      'the live stream',
      () => media(d),
      (m) => !!m && m.source.includes('/sim/stream'),
    );
    await playingPast(d, 1, 20_000);
    // The last moment heard live, up to the hand-over to the final file.
    let live = 0;
    const final = (m: MediaState | null) => !!m && /\/sim\/media\/[0-9a-f-]+\.mp3$/.test(m.source);
    await waitFor(
      'the hand-over to the final MP3',
      async () => {
        const m = await media(d);
        if (m && !final(m)) live = Math.max(live, m.time);
        return m;
      },
      final,
      90_000,
    );
    if (live < 2) throw new Error(`handed over after only ${live} s of live play`);
    // It goes on from there: a restart would need that long to get back.
    await waitFor(
      `the final MP3 playing on from ${live.toFixed(1)} s`,
      () => media(d),
      (m) => !!m && !m.paused && m.time >= live - 1,
      5_000,
    );
  },
};

export const waveformGrows: Journey = {
  name: 'the waveform grows while the MP3 arrives',
  timeoutMs: 60_000,
  async run({ d, paceMp3 }) {
    // About a twentieth of real time for these files: the drawing has time to be watched.
    paceMp3(48 * 1024);
    const [first = ''] = await openFinishedTask(d);
    const card = cardOf(first);
    await clickOn(d, button('Play', card));
    await playingPast(d, 0.3);
    const early = await waitFor(
      'the first bars',
      () => waveformBars(d, card),
      (w) => w.bars > 0,
    );
    await waitFor(
      `more bars than ${early.bars}, the file still arriving`,
      () => waveformBars(d, card),
      (w) => !w.finished && w.bars >= early.bars + 5,
    );
  },
};

/** What the media element is doing, for a journey's failure message. */
function playerDetail(d: EngineDriver) {
  return d.evaluate(() => {
    const el = document.querySelector<HTMLMediaElement>('[data-role="clip-player"]');
    if (!el) return null;
    const ranges = [...Array(el.buffered.length).keys()].map(
      (i) => `${el.buffered.start(i).toFixed(2)}-${el.buffered.end(i).toFixed(2)}`,
    );
    return {
      time: el.currentTime,
      duration: el.duration,
      paused: el.paused,
      ended: el.ended,
      readyState: el.readyState,
      networkState: el.networkState,
      buffered: ranges.join(' '),
      source: el.dataset.source,
    };
  });
}
