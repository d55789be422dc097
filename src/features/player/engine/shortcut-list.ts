/** The keyboard shortcuts, as the help dialog lists them; shortcut-keys.ts acts on them. */
export const SHORTCUTS: readonly { keys: readonly string[]; does: string }[] = [
  { keys: ['Space', 'K'], does: 'Play or pause' },
  { keys: ['J', 'L'], does: 'Back or forward 10 seconds' },
  { keys: ['←', '→'], does: 'Back or forward 5 seconds' },
  { keys: ['M'], does: 'Mute or unmute' },
  { keys: ['N', 'P'], does: 'Next or previous clip' },
  { keys: ['X'], does: 'The next take, at the same moment' },
  { keys: ['1', '…', '9'], does: 'Take 1 to 9 (at the same moment while one plays)' },
  { keys: ['?'], does: 'This list' },
];
