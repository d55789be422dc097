/** A headed block of free text (a prompt), or nothing when there is no text. */
export function TextSection({
  id,
  heading,
  text,
}: {
  id: string;
  heading: string;
  text: string | null;
}) {
  if (!text) return null;
  return (
    <section aria-labelledby={id} className="space-y-1">
      <h3 id={id} className="font-semibold">
        {heading}
      </h3>
      <p className="text-sm whitespace-pre-line [overflow-wrap:anywhere]">{text}</p>
    </section>
  );
}
