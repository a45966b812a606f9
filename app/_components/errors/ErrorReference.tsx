/** The digest the server logged for a failure, for the reader to quote in a bug report. */
export function ErrorReference({ digest }: { digest?: string }) {
  if (!digest) return null;
  return (
    <p className="mt-6 text-xs text-muted">
      Reference for a bug report: <code>{digest}</code>
    </p>
  );
}
