import type { MediaVariant } from './media-variants.ts';

type Rgb = readonly [number, number, number];

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * Raw RGB24 pixels of a cover: a diagonal gradient with concentric rings whose count depends on
 * the variant, so covers differ in shape as well as colour.
 */
export function renderCover(variant: MediaVariant, size: number): Buffer {
  const [from, to] = variant.colors;
  const rings = 3 + variant.index;
  const pixels = Buffer.alloc(size * size * 3);
  const centre = size * (0.35 + 0.05 * (variant.index % 4));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const gradient = (x + y) / (2 * size);
      const distance = Math.hypot(x - centre, y - centre) / size;
      const ring = 0.5 + 0.5 * Math.cos(distance * rings * 2 * Math.PI);
      const colour = mix(mix(from, to, gradient), [255, 255, 255], ring * 0.25);
      const offset = (y * size + x) * 3;
      pixels[offset] = colour[0];
      pixels[offset + 1] = colour[1];
      pixels[offset + 2] = colour[2];
    }
  }
  return pixels;
}

/** A flat-coloured avatar with a lighter disc, coloured from a number. */
export function renderAvatar(seed: number, size: number): Buffer {
  const base: Rgb = [60 + (seed % 160), 60 + ((seed >>> 8) % 160), 60 + ((seed >>> 16) % 160)];
  const pixels = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inHead = Math.hypot(x - size / 2, y - size * 0.4) < size * 0.2;
      const inBody = Math.hypot(x - size / 2, y - size * 1.05) < size * 0.45;
      const colour = inHead || inBody ? mix(base, [255, 255, 255], 0.6) : base;
      const offset = (y * size + x) * 3;
      pixels[offset] = colour[0];
      pixels[offset + 1] = colour[1];
      pixels[offset + 2] = colour[2];
    }
  }
  return pixels;
}
