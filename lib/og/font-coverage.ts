/**
 * The characters a TrueType/OpenType font has glyphs for, read from its `cmap` table (formats 4
 * and 12, which every font that covers Unicode carries).
 */
export function fontCoverage(font: Uint8Array): Set<number> {
  const data = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = data.getUint16(4);
  let cmap = -1;
  for (let index = 0; index < tables; index++) {
    const record = 12 + index * 16;
    if (data.getUint32(record) === 0x636d6170) cmap = data.getUint32(record + 8); // 'cmap'
  }
  if (cmap < 0) throw new Error('the font has no cmap table');
  const covered = new Set<number>();
  const subtables = data.getUint16(cmap + 2);
  for (let index = 0; index < subtables; index++) {
    const offset = cmap + data.getUint32(cmap + 4 + index * 8 + 4);
    const format = data.getUint16(offset);
    if (format === 4) readFormat4(data, offset, covered);
    if (format === 12) readFormat12(data, offset, covered);
  }
  return covered;
}

function readFormat4(data: DataView, offset: number, covered: Set<number>) {
  const segments = data.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const end = data.getUint16(ends + segment * 2);
    const start = data.getUint16(starts + segment * 2);
    const delta = data.getInt16(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = data.getUint16(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const glyph =
        rangeOffset === 0
          ? (code + delta) & 0xffff
          : data.getUint16(rangeOffsetAt + rangeOffset + (code - start) * 2);
      if (glyph !== 0) covered.add(code);
    }
  }
}

function readFormat12(data: DataView, offset: number, covered: Set<number>) {
  const groups = data.getUint32(offset + 12);
  for (let group = 0; group < groups; group++) {
    const at = offset + 16 + group * 12;
    const start = data.getUint32(at);
    const end = data.getUint32(at + 4);
    if (data.getUint32(at + 8) === 0 && start === end) continue;
    for (let code = start; code <= end; code++) covered.add(code);
  }
}
