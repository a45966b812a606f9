/** Liveness for load balancers and the test runner: answers without touching any data. */
export function GET() {
  return Response.json({ ok: true });
}
