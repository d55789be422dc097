/**
 * How a big gallery is narrowed, ordered and laid out: search, status, tag, model, sort and
 * grid or list, kept in the address (`?q=…&status=…&tag=…&model=…&sort=…&view=…`) so a reload
 * or a copied link shows the same view. The address is anyone's input, so a bad value is dropped, never an error.
 */
import * as v from 'valibot';
import { CLIP_STATUSES, displayTitle, type Clip, type ClipStatus } from './clip';
import { modelLabel } from './suno-models';

/** Named apart from the share link's params (`p`, `clip`, `t`), which ride along untouched. */
export const VIEW_PARAMS = {
  query: 'q',
  status: 'status',
  tag: 'tag',
  model: 'model',
  sort: 'sort',
  layout: 'view',
} as const;

/** `lookup`: as the provider and the lookup gave them (takes in order, a batch task by task). */
export const GALLERY_SORTS = ['lookup', 'newest', 'title', 'duration'] as const;
export type GallerySort = (typeof GALLERY_SORTS)[number];

/** Cards in a grid, or one row per clip. */
export const GALLERY_LAYOUTS = ['grid', 'list'] as const;
export type GalleryLayout = (typeof GALLERY_LAYOUTS)[number];

export interface GalleryView {
  /** As typed (spaces kept, so typing one is not undone); matching trims it. */
  query: string;
  status: ClipStatus | null;
  /** A tag as a card shows it; matched without regard to case. */
  tag: string | null;
  /** A model label as `modelLabel` makes it. */
  model: string | null;
  sort: GallerySort;
  /** As the address says; null where it says nothing (the device's remembered choice holds). */
  layout: GalleryLayout | null;
}

export const DEFAULT_VIEW: GalleryView = {
  query: '',
  status: null,
  tag: null,
  model: null,
  sort: 'lookup',
  layout: null,
};

export const MAX_QUERY_CHARS = 200;
// Tags and model labels are a few words; a longer value is not one the gallery could hold.
const MAX_VALUE_CHARS = 100;

const word = v.fallback(
  v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(MAX_VALUE_CHARS),
    v.transform((s) => (s.length > 0 ? s : null)),
  ),
  null,
);

const viewSchema = v.object({
  query: v.fallback(v.pipe(v.string(), v.maxLength(MAX_QUERY_CHARS)), ''),
  status: v.fallback(
    v.nullable(v.pipe(v.string(), v.toLowerCase(), v.picklist(CLIP_STATUSES))),
    null,
  ),
  tag: word,
  model: word,
  sort: v.fallback(v.pipe(v.string(), v.toLowerCase(), v.picklist(GALLERY_SORTS)), 'lookup'),
  layout: v.fallback(
    v.nullable(v.pipe(v.string(), v.toLowerCase(), v.picklist(GALLERY_LAYOUTS))),
    null,
  ),
});

/** The view an address asks for; anything missing or bad reads as its default. */
export function parseGalleryView(search: string): GalleryView {
  const params = new URLSearchParams(search);
  const raw = Object.fromEntries(
    Object.entries(VIEW_PARAMS).map(([field, name]) => [field, params.get(name) ?? undefined]),
  );
  return v.parse(viewSchema, raw);
}

/** `search` with the view's params set (defaults left out) and every other param kept. */
export function withGalleryView(search: string, view: GalleryView): string {
  const params = new URLSearchParams(search);
  for (const name of Object.values(VIEW_PARAMS)) params.delete(name);
  if (view.query.trim() !== '') params.set(VIEW_PARAMS.query, view.query);
  if (view.status) params.set(VIEW_PARAMS.status, view.status);
  if (view.tag) params.set(VIEW_PARAMS.tag, view.tag);
  if (view.model) params.set(VIEW_PARAMS.model, view.model);
  if (view.sort !== DEFAULT_VIEW.sort) params.set(VIEW_PARAMS.sort, view.sort);
  if (view.layout) params.set(VIEW_PARAMS.layout, view.layout);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the view hides any clip (a sort alone hides none). */
export function isFiltering(view: GalleryView): boolean {
  return (
    view.query.trim() !== '' || view.status !== null || view.tag !== null || view.model !== null
  );
}

/** Whether anything differs from the plain gallery, so there is something to clear (the layout
 * is a way of looking, not a narrowing: Clear leaves it). */
export function isCustomView(view: GalleryView): boolean {
  return isFiltering(view) || view.sort !== DEFAULT_VIEW.sort;
}

/** The choices a gallery offers: only values some clip has, tags most common first. */
export interface GalleryFacets {
  statuses: ClipStatus[];
  tags: { tag: string; count: number }[];
  models: string[];
}

export function galleryFacets(clips: readonly Clip[]): GalleryFacets {
  const statuses = new Set<ClipStatus>();
  const tags = new Map<string, { tag: string; count: number }>();
  const models = new Set<string>();
  for (const clip of clips) {
    statuses.add(clip.status);
    for (const tag of clip.tags) {
      const key = tag.toLowerCase();
      const seen = tags.get(key);
      if (seen) seen.count += 1;
      else tags.set(key, { tag, count: 1 });
    }
    const model = modelLabel(clip.modelName, clip.modelVersion);
    if (model) models.add(model);
  }
  return {
    statuses: CLIP_STATUSES.filter((s) => statuses.has(s)),
    tags: [...tags.values()].sort((a, b) => b.count - a.count || compareText(a.tag, b.tag)),
    models: [...models].sort(compareText),
  };
}

// "Song 2" before "Song 10", and "élan" beside "elan".
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const compareText = (a: string, b: string) => collator.compare(a, b);

// Built once per clip object: the query cache keeps a clip's object until the clip changes.
const haystacks = new WeakMap<Clip, string>();

function haystackOf(clip: Clip): string {
  let text = haystacks.get(clip);
  if (text === undefined) {
    text = [displayTitle(clip), clip.tags.join('\n'), clip.lyrics ?? ''].join('\n').toLowerCase();
    haystacks.set(clip, text);
  }
  return text;
}

/** The query as matching reads it: words in lower case, one space apart. */
export function normalQuery(query: string): string {
  return query.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

function matcher(view: GalleryView): (clip: Clip) => boolean {
  const terms = normalQuery(view.query).split(' ').filter(Boolean);
  const tag = view.tag?.toLowerCase() ?? null;
  return (clip) =>
    (view.status === null || clip.status === view.status) &&
    (tag === null || clip.tags.some((t) => t.toLowerCase() === tag)) &&
    (view.model === null || modelLabel(clip.modelName, clip.modelVersion) === view.model) &&
    (terms.length === 0 || terms.every((term) => haystackOf(clip).includes(term)));
}

function createdMs(clip: Clip): number {
  const ms = clip.createdAt ? Date.parse(clip.createdAt) : NaN;
  return Number.isNaN(ms) ? -Infinity : ms;
}

// Each puts unknown values last; equal clips keep the provider's order (sort is stable).
const COMPARE: Record<GallerySort, (a: Clip, b: Clip) => number> = {
  lookup: () => 0,
  newest: (a, b) => createdMs(b) - createdMs(a) || 0,
  title: (a, b) => compareText(displayTitle(a), displayTitle(b)),
  duration: (a, b) => (a.duration ?? Infinity) - (b.duration ?? Infinity) || 0,
};

/** The clips the view shows, in its order; the input is left as it was. */
export function applyGalleryView(clips: readonly Clip[], view: GalleryView): Clip[] {
  const shown = isFiltering(view) ? clips.filter(matcher(view)) : [...clips];
  return shown.sort(COMPARE[view.sort]);
}
