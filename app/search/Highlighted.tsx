import { snippetSegments } from '@/lib/search/snippet';

/** A result's title or summary: inline code as code, the words that matched marked. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return snippetSegments(text, terms).map(({ text: piece, code, match }, index) => {
    const shown = code ? (
      <code className="rounded bg-accent-soft px-1 font-mono text-[0.9em]">{piece}</code>
    ) : (
      piece
    );
    return match ? (
      <mark key={index} className="rounded-sm bg-mark px-0.5 text-ink">
        {shown}
      </mark>
    ) : (
      <span key={index}>{shown}</span>
    );
  });
}
