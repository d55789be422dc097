/**
 * The simulator's fixed demo tasks, offered on the empty state. The simulator keeps its own
 * list (src never imports sim/); a simulator test checks the two agree.
 */
export const DEMO_TASK_LINKS = [
  {
    id: '5a1e0001-0000-4000-8000-000000000001',
    name: 'Neon Harbor',
    note: 'two clips, lyrics and tags',
  },
  {
    id: '5a1e0002-0000-4000-8000-000000000002',
    name: 'Paper Lanterns',
    note: 'an extend and a concat',
  },
  {
    id: '5a1e0003-0000-4000-8000-000000000003',
    name: 'Glass Orchard',
    note: 'one take ends in an error',
  },
  {
    id: '5a1e0004-0000-4000-8000-000000000004',
    name: 'Cover Stories',
    note: 'a cover, a remix and a locked stem',
  },
  {
    id: '5a1e0005-0000-4000-8000-000000000005',
    name: 'Low Tide',
    note: 'an instrumental, no lyrics',
  },
] as const;
