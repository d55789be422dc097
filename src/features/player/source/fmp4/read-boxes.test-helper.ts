/** Reads ISO BMFF boxes back, for checking what the box writer wrote. */
export interface ReadBox {
  type: string;
  /** Where the box starts in the bytes given to readBoxes. */
  start: number;
  size: number;
  /** The box's bytes after its 8-byte header. */
  body: Uint8Array;
  children: ReadBox[];
}

const CONTAINERS = new Set([
  'moov',
  'trak',
  'mdia',
  'minf',
  'stbl',
  'mvex',
  'moof',
  'traf',
  'dinf',
]);

export function readBoxes(bytes: Uint8Array, base = 0): ReadBox[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxes: ReadBox[] = [];
  let at = 0;
  while (at + 8 <= bytes.length) {
    const size = view.getUint32(at);
    if (size < 8 || at + size > bytes.length) throw new Error(`bad box size ${size} at ${at}`);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + size);
    const children = CONTAINERS.has(type) ? readBoxes(body, base + at + 8) : [];
    boxes.push({ type, start: base + at, size, body, children });
    at += size;
  }
  if (at !== bytes.length) throw new Error(`${bytes.length - at} bytes left after the boxes`);
  return boxes;
}

/** The box at this path of types, e.g. `moov/trak/mdia/mdhd`. */
export function findBox(boxes: ReadBox[], path: string): ReadBox {
  const [head, ...rest] = path.split('/');
  const found = boxes.find((b) => b.type === head);
  if (!found) throw new Error(`no ${head} in ${boxes.map((b) => b.type).join(',')}`);
  return rest.length === 0 ? found : findBox(found.children, rest.join('/'));
}

export function u32(body: Uint8Array, at: number): number {
  return new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(at);
}
