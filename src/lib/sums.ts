/** Decimal places a figure is written with (3680.93 → 2, 11 → 0). */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

export interface SumCheck {
  ok: boolean;
  /** Sum of the parts, rounded to the figures' precision. */
  sum: number;
  /** Largest accepted difference between the stated total and the sum. */
  tolerance: number;
  /** Decimals the figures are written with. */
  precision: number;
}

/**
 * Checks that parts add up to a stated total. Reports round each part separately, so each part may
 * be off by half a unit of the last decimal printed: 122.93 against 78.19 + 31.17 + 8.32 + 5.24 =
 * 122.92 passes (tolerance 0.02), a difference of 1.00 does not. Whole numbers (head counts,
 * weights, whole-number scores: `minPrecision` 0 and no decimals written) are exact, not rounded,
 * so they must add up exactly.
 */
export function checkSum(total: number, parts: readonly number[], minPrecision = 0): SumCheck {
  // YAML drops trailing zeros (12.50 → 12.5), so amounts pass minPrecision 2, their printed precision.
  const precision = Math.max(minPrecision, decimalsOf(total), ...parts.map(decimalsOf));
  const unit = 10 ** -precision;
  const tolerance = precision === 0 ? 0 : round(parts.length * 0.5 * unit, precision + 1);
  const sum = round(
    parts.reduce((acc, part) => acc + part, 0),
    precision,
  );
  return { ok: Math.abs(sum - total) <= tolerance + 1e-9, sum, tolerance, precision };
}

/** Rounds half away from zero to a number of decimals, without binary drift (1.005 → 1.01). */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  const rounded = Math.round(Number(shifted.toPrecision(15)));
  return (Math.sign(value) * rounded) / factor || 0;
}
