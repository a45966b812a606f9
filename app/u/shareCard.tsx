import { ImageResponse } from 'next/og';

export const shareCardSize = { width: 1200, height: 630 };

type Card = { name: string; login: string; headline: string; percent?: number };

/** The 1200×630 preview a shared profile or roadmap link shows in chats and social posts. */
export function shareCard({ name, login, headline, percent }: Card) {
  return new ImageResponse(
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
    </div>,
    shareCardSize,
  );
}
