import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * No serious or critical accessibility violations on the screen as it stands (axe-core, WCAG 2 A/AA).
 *
 * The screen is checked at rest: a notice that is fading out (ui/notice.tsx, its last half second) is
 * half transparent, and axe would measure its colour contrast mid-fade — a failure that depends on when
 * the check happens to run. Reduced motion (which the app honours: no fade) is emulated for the check
 * and lifted after it.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    expect(serious, `accessibility of ${screen}`).toEqual([]);
  } finally {
    await page.emulateMedia({ reducedMotion: null });
  }
}
