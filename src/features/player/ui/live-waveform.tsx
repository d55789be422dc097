import { useEffect, useRef } from 'react';
import WaveSurfer from 'wavesurfer.js';
import { usePlayer } from '../engine/player-context';

interface LiveWaveformProps {
  peaks: number[];
  duration: number;
}

/**
 * The only module that touches wavesurfer.js, loaded as its own chunk when a clip first
 * plays. It draws from cached peaks on the shared media element, so it never fetches or
 * decodes audio itself. Input (click, drag, keys) is handled by the Seek slider around it.
 */
export default function LiveWaveform({ peaks, duration }: LiveWaveformProps) {
  const player = usePlayer();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const dark = document.documentElement.classList.contains('dark');
    const ws = WaveSurfer.create({
      container: container.current,
      media: player.element(),
      peaks: [peaks],
      duration,
      height: 'auto',
      waveColor: dark ? 'rgba(167,139,250,0.55)' : 'rgba(139,92,246,0.45)',
      progressColor: dark ? '#c4b5fd' : '#6d28d9',
      cursorColor: dark ? '#f4f4f5' : '#18181b',
      cursorWidth: 2,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      interact: false,
      normalize: true,
    });
    return () => ws.destroy();
  }, [peaks, duration, player]);

  return <div ref={container} className="size-full" />;
}
