import type { OriginKind } from '../../domain/clip';

/** How the clip page says where a clip came from: "Cover of <title>", "Upsampled from…". */
const PHRASES: Readonly<Record<OriginKind, string>> = {
  cover: 'Cover of',
  remix: 'Remix of',
  upsample: 'Upsampled from',
  remaster: 'Remastered from',
  edit: 'Edited from',
  stem: 'Stem of',
  speed: 'Speed edit of',
  extend: 'Extended from',
  infill: 'Infill of',
  concat: 'Joined from',
  derived: 'Made from',
};

export function originPhrase(kind: OriginKind): string {
  return PHRASES[kind];
}
