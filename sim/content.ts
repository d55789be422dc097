/** Word lists that generated (non-demo) tasks draw from. */

export const TITLES = [
  'Midnight Circuit',
  'Copper Skies',
  'Lighthouse Static',
  'Velvet Undertow',
  'Saltwater Letters',
  'Northbound Daydream',
  'Satellite Garden',
  'Amber Interval',
  'Quiet Engines',
  'The Long Way Home',
  'Rooftop Weather',
  'Echoes in Chalk',
] as const;

export const TAGS = [
  'synthwave, dreamy, female vocals',
  'indie folk, acoustic guitar, warm',
  'lo-fi hip hop, mellow, vinyl crackle',
  'dream pop, shimmering, reverb',
  'upbeat funk, slap bass, brass',
  'cinematic, orchestral, building',
  'city pop, 80s, bright',
  'ambient, slow, pads',
  'alt rock, driving drums, male vocals',
  'bossa nova, nylon guitar, soft',
] as const;

export const DESCRIPTIONS = [
  'a song about finding your way back after a long night',
  'a cheerful tune about summer bicycles and open windows',
  'a slow song about letters that were never sent',
  'an energetic anthem about running for the last train',
  'a calm piece about rain on a tin roof',
] as const;

export const VERSES = [
  'Streetlights hum a tired tune\nShadows stretching out of view\nEvery sign is pointing west\nI keep walking, I know the rest',
  'Paper cups and borrowed coats\nSecrets folded into notes\nYou were laughing at the rain\nI was learning it again',
  'Radio on the kitchen sill\nMorning light is standing still\nCoffee rings on yesterday\nWords we never got to say',
  'Engines idle by the shore\nWaves keep knocking at the door\nMaps are fading in my hand\nI still draw you in the sand',
  'Neon letters, half awake\nEvery promise that we make\nEchoes down the empty hall\nWaiting for the night to fall',
  'Chalk lines on the station floor\nCounting trains we waited for\nOne more stop and one more song\nWe were right where we belong',
] as const;

export const CHORUSES = [
  'Hold on, hold on, the sky is turning gold\nHold on, hold on, we never will grow old',
  'Take me where the rivers bend\nSing it to the very end\nOh oh, oh oh',
  'We are the light in the static\nWe are the spark in the dark\nEvery heartbeat electric\nEvery echo a mark',
  'Call my name across the water\nI will answer with a song\nCall my name a little louder\nI have waited all along',
] as const;

export const BRIDGES = [
  'And if the night forgets us\nWe will write it down again',
  'Slow down, slow down\nLet the moment hold its ground',
  'Every road returns to you\nEvery road returns',
] as const;

export const ACCOUNTS = [
  { handle: 'velvetfrequency204', displayName: 'VelvetFrequency204' },
  { handle: 'quietharbor88', displayName: 'QuietHarbor88' },
  { handle: 'amberstatic512', displayName: 'AmberStatic512' },
  { handle: 'lunarcassette77', displayName: 'LunarCassette77' },
  { handle: 'paperplanet301', displayName: 'PaperPlanet301' },
] as const;
