import type { Locator } from '@playwright/test';

export interface Box {
  left: number;
  right: number;
  top: number;
}

/**
 * Where the browser drew pieces of an element's text: the box of each substring (its first place), and
 * the element's direction.
 */
export async function layoutOf<K extends string>(
  element: Locator,
  pieces: Record<K, string>,
): Promise<{ direction: string; boxes: Record<K, Box> }> {
  return element.evaluate((el, pieces) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const text = nodes.map((n) => n.data).join('');
    const box = (start: number, end: number) => {
      const range = document.createRange();
      let at = 0;
      for (const n of nodes) {
        if (start >= at && start <= at + n.length) range.setStart(n, start - at);
        if (end >= at && end <= at + n.length) {
          range.setEnd(n, end - at);
          break;
        }
        at += n.length;
      }
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top };
    };
    const find = (s: string) => box(text.indexOf(s), text.indexOf(s) + s.length);
    const wanted = pieces as Record<string, string>;
    const boxes = Object.fromEntries(Object.keys(wanted).map((key) => [key, find(wanted[key]!)]));
    return { direction: getComputedStyle(el).direction, boxes: boxes as Record<K, Box> };
  }, pieces);
}
