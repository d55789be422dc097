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
    // A canvas cannot resolve CSS variables: read the theme's colours once here.
    const style = getComputedStyle(document.documentElement);
    const color = (name: string) => style.getPropertyValue(name).trim() || undefined;
    const ws = WaveSurfer.create({
      container: container.current,
      media: player.element(),
      peaks: [peaks],
      duration,
      height: 'auto',
      waveColor: color('--wave-unplayed'),
      progressColor: color('--wave-played'),
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
