/** What the lookup box takes; shown below it at all times. */
export const EXPECTED_MESSAGE =
  'Paste a task ID (like 5a1e0001-0000-4000-8000-000000000001), clip IDs separated by commas, or a suno.com/song link.';
