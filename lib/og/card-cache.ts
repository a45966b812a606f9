/**
 * Cards drawn lately, by ETag: about 50 KB of PNG each, so 100 of them hold about 5 MB per server
 * instance. A profile's card is drawn once until what it shows changes (a new tag);
 * past the limit the least recently used is dropped.
 */
const MAX_CARDS = 100;

const drawn = new Map<string, Promise<ArrayBuffer>>();

/**
 * The card tagged `tag`, drawn by `draw` unless it already was. Requests for a card still being
 * drawn share that drawing; a failed drawing is forgotten, so the next request tries again.
 */
export function cachedCard(tag: string, draw: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  let card = drawn.get(tag);
  drawn.delete(tag); // re-inserted below: the map's order is least recently used first
  if (!card) {
    const drawing = draw();
    drawing.catch(() => drawn.get(tag) === drawing && drawn.delete(tag));
    card = drawing;
  }
  drawn.set(tag, card);
  if (drawn.size > MAX_CARDS) drawn.delete(drawn.keys().next().value!);
  return card;
}
