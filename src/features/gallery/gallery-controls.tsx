import { useId, type ReactNode } from 'react';
import { CLIP_STATUSES } from '../../domain/clip';
import {
  DEFAULT_VIEW,
  GALLERY_LAYOUTS,
  GALLERY_SORTS,
  isCustomView,
  MAX_QUERY_CHARS,
  type GalleryFacets,
  type GalleryLayout,
  type GallerySort,
  type GalleryView,
} from '../../domain/gallery-view';
import { countOf } from '../../lib/format';
import { fieldClass, secondaryButton } from '../../ui/button-styles';
import { statusLabel } from '../../ui/status-badge';

export interface GalleryControlsProps {
  /** What the address asks for now: the fields follow it at once, the cards a moment later. */
  view: GalleryView;
  /** The layout shown: the address's, else the one remembered on this device. */
  layout: GalleryLayout;
  facets: GalleryFacets;
  /** How many cards the view shows, of how many the lookup has. */
  shown: number;
  total: number;
  onChange: (view: GalleryView) => void;
}

const SORT_LABELS: Record<GallerySort, string> = {
  lookup: 'As looked up',
  newest: 'Newest',
  title: 'Title',
  duration: 'Duration',
};

const selectClass = `${fieldClass} w-auto max-w-full py-1.5 text-sm`;

const LAYOUT_LABELS: Record<GalleryLayout, string> = { grid: 'Grid', list: 'List' };

/** Search, filters and sort for a big gallery; they wrap onto several lines on a phone. */
export default function GalleryControls({
  view,
  layout,
  facets,
  shown,
  total,
  onChange,
}: GalleryControlsProps) {
  const layoutId = useId();
  const set = (fields: Partial<GalleryView>) => onChange({ ...view, ...fields });
  // A way of looking, not a narrowing: Clear leaves the layout as it is.
  const clear = () => onChange({ ...DEFAULT_VIEW, layout: view.layout });
  // A value from the address this lookup lacks (yet) stays selectable, so the field shows it.
  const withCurrent = <T extends string>(values: T[], current: T | null) =>
    current !== null && !values.includes(current) ? [current, ...values] : values;
  // Tags match in any case: the option takes the spelling the cards show.
  const currentTag =
    view.tag === null
      ? null
      : (facets.tags.find((t) => t.tag.toLowerCase() === view.tag?.toLowerCase()) ?? {
          tag: view.tag,
          count: 0,
        });
  const tags =
    currentTag && !facets.tags.includes(currentTag) ? [currentTag, ...facets.tags] : facets.tags;

  return (
    <div className="space-y-3">
      <div role="search" aria-label="Filter clips" className="flex flex-wrap items-end gap-3">
        <input
          type="search"
          aria-label="Search clips"
          placeholder="Search titles, tags, lyrics"
          value={view.query}
          maxLength={MAX_QUERY_CHARS}
          onChange={(e) => set({ query: e.target.value })}
          className={`${fieldClass} min-w-0 flex-[1_1_16rem] py-1.5 text-sm`}
        />
        <Field label="Status">
          {(id) => (
            <select
              id={id}
              className={selectClass}
              value={view.status ?? ''}
              onChange={(e) =>
                set({ status: CLIP_STATUSES.find((st) => st === e.target.value) ?? null })
              }
            >
              <option value="">All</option>
              {withCurrent(facets.statuses, view.status).map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Tag">
          {(id) => (
            <select
              id={id}
              className={`${selectClass} sm:max-w-56`}
              value={currentTag?.tag ?? ''}
              onChange={(e) => set({ tag: e.target.value || null })}
            >
              <option value="">All</option>
              {tags.map(({ tag, count }) => (
                <option key={tag} value={tag}>
                  {count > 0 ? `${tag} (${count})` : tag}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Model">
          {(id) => (
            <select
              id={id}
              className={selectClass}
              value={view.model ?? ''}
              onChange={(e) => set({ model: e.target.value || null })}
            >
              <option value="">All</option>
              {withCurrent(facets.models, view.model).map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Sort">
          {(id) => (
            <select
              id={id}
              className={selectClass}
              value={view.sort}
              onChange={(e) =>
                set({ sort: GALLERY_SORTS.find((st) => st === e.target.value) ?? 'lookup' })
              }
            >
              {GALLERY_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="flex min-w-0 flex-col gap-1">
          <span
            id={`${layoutId}-label`}
            className="text-xs font-medium text-zinc-600 dark:text-zinc-400"
          >
            View
          </span>
          <div
            role="group"
            aria-labelledby={`${layoutId}-label`}
            className="inline-flex rounded-xl border border-zinc-300 p-0.5 dark:border-zinc-700"
          >
            {GALLERY_LAYOUTS.map((l) => (
              <button
                key={l}
                type="button"
                aria-pressed={layout === l}
                onClick={() => set({ layout: l })}
                className="rounded-lg px-3 py-1 text-sm font-medium text-zinc-700 not-aria-pressed:hover:bg-zinc-100 aria-pressed:bg-violet-600 aria-pressed:text-white dark:text-zinc-300 dark:not-aria-pressed:hover:bg-zinc-800"
              >
                {LAYOUT_LABELS[l]}
              </button>
            ))}
          </div>
        </div>
        {isCustomView(view) ? (
          <button type="button" className={`${secondaryButton} py-1.5`} onClick={clear}>
            Clear
          </button>
        ) : null}
      </div>
      <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
        {shown} of {countOf(total, 'clip')}
      </p>
      {shown === 0 && total > 0 ? (
        <div className="flex flex-wrap items-center gap-3 rounded-xl border border-zinc-200 p-4 text-sm dark:border-zinc-800">
          <p className="min-w-0 flex-1">No clips match this search and these filters.</p>
          <button type="button" className={secondaryButton} onClick={clear}>
            Show all clips
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** A labelled select; the label sits above so the fields wrap as columns on a phone. */
function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
