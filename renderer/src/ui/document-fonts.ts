/**
 * The font stack a template's text is shown in on screen (the preview, a template's card): the fonts for
 * scripts the template's font may lack first, each by its unicode-range (ui/fonts.css), then the
 * template's font and its metric-compatible fallbacks.
 */
export const documentFonts = (fontFamily: string): string =>
  `var(--script-fonts), ${fontFamily}, Carlito, Calibri, sans-serif`;
