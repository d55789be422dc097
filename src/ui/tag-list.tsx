/** A clip's tags as chips; long tags are cut with an ellipsis rather than widening the card. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
      {tags.map((tag) => (
        <li
          key={tag}
          className="max-w-full truncate rounded-full bg-violet-100 px-2 py-0.5 text-xs text-violet-900 dark:bg-violet-950 dark:text-violet-200"
        >
          {tag}
        </li>
      ))}
    </ul>
  );
}
