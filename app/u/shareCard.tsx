import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { ImageResponse } from 'next/og';
import type { ReactElement } from 'react';

import { entityTag, matchesIfNoneMatch, revalidateEveryUse } from '@/lib/http/entity-tag';
import { noStoreHeaders } from '@/lib/http/no-store';
import { errorLine, safeMessage } from '@/lib/log';
import { cachedCard } from '@/lib/og/card-cache';
import { drawableText, loadCardFont, type CardFont } from '@/lib/og/font';

export const shareCardSize = { width: 1200, height: 630 };

type Card = { name: string; login: string; headline: string; percent?: number };

/**
 * The 1200×630 preview a shared profile or roadmap link shows in chats and social posts, drawn
 * from `card()` (which may call notFound()). Its ETag describes exactly what is drawn, so a
 * client holding the current card gets a 304 and an unchanged card is drawn once per server; a
 * profile gone private is a 404 whatever the client holds. Rendered before answering, so any
 * failure — the database, the font, the renderer — answers the plain Waymark card (never cached)
 * instead of an empty reply.
 */
export async function shareCardImage(route: string, card: () => Promise<Card>): Promise<Response> {
  try {
    const font = await loadCardFont();
    const element = cardElementFor(await card(), font);
    const tag = cardTag(element, font);
    const cacheHeaders = { 'Cache-Control': revalidateEveryUse, ETag: tag };
    if (matchesIfNoneMatch((await headers()).get('if-none-match'), tag)) {
      return new Response(null, { status: 304, headers: cacheHeaders });
    }
    const png = await cachedCard(tag, () => drawCard(element, font));
    return new Response(png, { headers: { 'Content-Type': 'image/png', ...cacheHeaders } });
  } catch (error) {
    unstable_rethrow(error);
    console.error(errorLine({ route, message: safeMessage(error) }));
    return new Response(await fallbackCard(), {
      headers: { 'Content-Type': 'image/png', ...noStoreHeaders },
    });
  }
}

function cardElementFor(card: Card, font: CardFont) {
  const drawn = (text: string) => drawableText(text, font.covered);
  // A name with nothing the font can draw (all emoji, say) shows the login, which always can.
  const name = /[\p{L}\p{N}]/u.test(drawn(card.name)) ? drawn(card.name) : card.login;
  return cardElement({ ...card, name, headline: drawn(card.headline) });
}

/**
 * The card's ETag: a hash of its element tree (every text, size and colour drawn, so a change of
 * design after a deploy changes it too) and its font. React's own bookkeeping keys start with `_`.
 */
function cardTag(element: ReactElement, font: CardFont): string {
  const tree = JSON.stringify(element, (key, value) => (key.startsWith('_') ? undefined : value));
  return entityTag(`${font.name}\n${tree}`);
}

function drawCard(element: ReactElement, font: CardFont) {
  return new ImageResponse(element, {
    ...shareCardSize,
    fonts: [{ name: font.name, data: font.data, weight: 400, style: 'normal' }],
  }).arrayBuffer();
}

let fallback: Promise<ArrayBuffer> | undefined;

/** The card without a learner: ASCII in next/og's own font, so nothing can be missing. */
function fallbackCard() {
  fallback ??= new ImageResponse(
    cardElement({ name: 'Waymark', login: 'waymark', headline: 'Backend developer roadmaps' }),
    shareCardSize,
  ).arrayBuffer();
  return fallback;
}

function cardElement({ name, login, headline, percent }: Card) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#0f172a',
        color: '#f8fafc',
        fontSize: 40,
      }}
    >
      <div style={{ display: 'flex', fontSize: 36, color: '#5eead4' }}>Waymark</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 72, fontWeight: 700 }}>{name}</div>
        <div style={{ display: 'flex', color: '#cbd5e1', marginTop: 12 }}>@{login}</div>
        <div style={{ display: 'flex', marginTop: 36 }}>{headline}</div>
      </div>
      {percent === undefined ? (
        <div style={{ display: 'flex', color: '#cbd5e1' }}>Backend developer roadmaps</div>
      ) : (
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 56, fontWeight: 700 }}>{percent}% complete</div>
          <div
            style={{
              display: 'flex',
              marginTop: 16,
              height: 24,
              width: '100%',
              borderRadius: 12,
              background: '#334155',
            }}
          >
            <div
              style={{
                display: 'flex',
                width: `${percent}%`,
                height: '100%',
                borderRadius: 12,
                background: '#5eead4',
              }}
            />
          </div>
        </div>
      )}
    </div>
  );
}
