export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line text-muted" data-print="hide">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm">
        <p>
          Waymark — backend roadmaps written in plain words, with hand-picked free and paid
          resources. Roadmap structure based on two 2022 articles, updated for today.
        </p>
      </div>
    </footer>
  );
}
