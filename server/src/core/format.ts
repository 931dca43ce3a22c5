/** Cents as people read them in a message: "$1,250.00", "−$12.30"; exact, from the integer. */

export function formatCents(cents: number): string {
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}$${whole}.${digits.slice(-2)}`;
}

/** Cents as a plain decimal, "-1234.50": exact, from the integer (CSV cells). */
export function centsToDecimal(cents: number): string {
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
