/**
 * Proportions for drawing (bar lengths, positions, zoom), never for a figure shown as text: those
 * go through `exact.ts`. Kept apart so the lint rule against `/` in features can stay strict.
 */

/** part ÷ whole as a float for a bar's length; 0 when there is no whole. */
export const proportion = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** part ÷ whole as a CSS percentage, clamped to 0–100 % unless told otherwise. */
export const percentWidth = (part: number, whole: number, clamp = true): string => {
  const p = proportion(part, whole) * 100;
  return `${clamp ? Math.min(100, Math.max(0, p)) : p}%`;
};
