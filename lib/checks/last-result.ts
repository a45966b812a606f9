/** A topic's last knowledge-check result, as "Last result" shows it. */
export type LastResult = { correctCount: number; questionCount: number; answeredAt: string };

/** What /api/me/checks answers: `last` is null for a visitor and for a topic never checked. */
export type LastResultResponse = { last: LastResult | null };
