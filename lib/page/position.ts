/** Where the card goes: next to its reference, flipped and shifted to stay in the viewport. */

/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The card's placement. */
export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Below the reference when it fits, else above when that has more room; then shifted
 * (and at worst clamped) so the whole card stays within the viewport margins.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  let top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - card.height;
  top = clamp(top, MARGIN, viewport.height - MARGIN - card.height);
  const left = clamp(anchor.left, MARGIN, viewport.width - MARGIN - card.width);
  return { left, top, side };
}

function clamp(value: number, min: number, max: number): number {
  // When the card is larger than the viewport, pin it to the top/left margin.
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
