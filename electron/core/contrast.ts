/** WCAG colour contrast helpers, so template colours (banners) stay readable (AA, 4.5:1): the editor, preview and both exports. */

function rgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const ratio = (a: [number, number, number], b: [number, number, number]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** White or black text (`#ffffff` or `#000000`), whichever reads better on `background`. */
export function textOn(background: string): string {
  const bg = rgb(background);
  if (!bg) return '#ffffff';
  return ratio([255, 255, 255], bg) >= ratio([0, 0, 0], bg) ? '#ffffff' : '#000000';
}

/** `colour` darkened just enough to reach 4.5:1 on `background` (white by default). */
export function readableColour(colour: string, background = '#ffffff'): string {
  const c = rgb(colour);
  const bg = rgb(background);
  if (!c || !bg) return colour;
  let next = c;
  for (let i = 0; i < 20 && ratio(next, bg) < 4.5; i++) {
    next = next.map((v) => Math.round(v * 0.9)) as [number, number, number];
  }
  return `#${next.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
