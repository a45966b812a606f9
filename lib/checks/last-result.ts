/** A topic's last knowledge-check result, as "Last result" shows it. */
export type LastResult = { correctCount: number; questionCount: number; answeredAt: string };

/**
 * What /api/me/checks answers: `last` is null for a visitor and for a topic never checked; `draw`
 * is the question ids the learner's next attempt asks (lib/checks/draw.ts), null for a visitor,
 * whose browser draws from the results it keeps.
 */
export type LastResultResponse = { last: LastResult | null; draw: string[] | null };
