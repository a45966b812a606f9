export function SiteFooter() {
  return (
    <footer className="site-footer" data-print="hide">
      <p>
        Waymark — backend roadmaps written in plain words, with hand-picked free and paid resources.
        Roadmap structure based on two 2022 articles, updated for today.
      </p>
    </footer>
  );
}
