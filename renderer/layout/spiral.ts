/**
 * Golden-angle (phyllotaxis) spiral: an even, deterministic disc of positions, index 0 in the centre.
 * Used as the starting point of force layouts and as the first frame of a big graph while its layout
 * is computed, so the canvas never shows every entity piled on one point.
 */
export function spiralPosition(index: number, spacing = 40): { x: number; y: number } {
  const angle = index * 2.399963229728653;
  const radius = spacing * Math.sqrt(index + 0.5);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}
