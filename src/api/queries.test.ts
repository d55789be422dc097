import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { blankClip } from '../domain/clip';
import { knownClipTitle, lookupQueryKey, type LookupAnswer } from './queries';

const config = { kind: 'demo', baseUrl: '', apiKey: '' } as const;
const answer = (clips: LookupAnswer['clips']): LookupAnswer => ({
  taskId: null,
  taskStatus: null,
  clips,
  unusableClips: 0,
  startedAt: 0,
  audioDoneAt: null,
  errorsBefore: 0,
});

describe('knownClipTitle', () => {
  it('finds a clip’s title in any lookup of this visit, and nothing for an unseen or untitled one', () => {
    const client = new QueryClient();
    const id = 'aaaaaaaa-0000-4000-8000-000000000001';
    const other = 'aaaaaaaa-0000-4000-8000-000000000002';
    client.setQueryData(
      lookupQueryKey(config, { mode: 'clips', ids: [other] }),
      answer([{ ...blankClip(other), title: '  ' }]),
    );
    client.setQueryData(
      lookupQueryKey(config, { mode: 'task', taskId: 'task-1' }),
      answer([{ ...blankClip(id), title: 'Neon Harbor' }]),
    );
    expect(knownClipTitle(client, id)).toBe('Neon Harbor');
    expect(knownClipTitle(client, other)).toBeNull();
    expect(knownClipTitle(client, 'bbbbbbbb-0000-4000-8000-000000000003')).toBeNull();
  });
});
