'use client';

import { useState } from 'react';

export type CopyResult = { text: string; ok: boolean };

/**
 * Copies text to the clipboard and remembers how it went, for a live region to announce. A
 * browser without clipboard access (or that refuses it) answers `ok: false`: the caller then
 * shows the text to select by hand.
 */
export function useClipboard() {
  const [copied, setCopied] = useState<CopyResult | null>(null);
  async function copy(text: string) {
    const ok = navigator.clipboard
      ? await navigator.clipboard.writeText(text).then(
          () => true,
          () => false,
        )
      : false;
    setCopied({ text, ok });
    return ok;
  }
  return { copied, copy };
}
