/**
 * Money in the SPA is what the API sends: an integer number of cents (the `Money` scalar).
 * Parsing is exact string arithmetic (never parseFloat × 100); formatting builds the decimal from
 * the integer so no binary fraction ever rounds a cent away.
 */

const CURRENCY = 'USD';
const LOCALE = 'en-US';

const wholeDollars = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: CURRENCY,
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const withCents = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: CURRENCY,
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const plainCents = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: CURRENCY,
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});
const percent = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 123456 → "1234.56", -5 → "-0.05": the exact decimal of a number of cents. */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Intl formats a decimal string exactly; the cast is for lib typings that only name number. */
const exact = (format: Intl.NumberFormat, cents: number) => format.format(centsToDecimal(cents) as unknown as number);

/** "$1,234,567" — summary figures, rounded to the dollar. */
export function formatMoney(cents: number | null | undefined): string {
  if (cents == null) return '—';
  // Round half away from zero to whole dollars in integers, then format.
  const dollars = Math.sign(cents) * Math.round(Math.abs(cents) / 100);
  return wholeDollars.format(dollars === 0 ? 0 : dollars);
}

/** "$1,234.56" — an exact amount with its cents. */
export function formatMoneyCents(cents: number | null | undefined): string {
  return cents == null ? '—' : exact(withCents, cents);
}

/** "1,234.56" — a spreadsheet cell: cents, no currency sign; negatives with a minus. */
export function formatAmount(cents: number | null | undefined): string {
  return cents == null ? '' : exact(plainCents, cents);
}

/** "$1.2M", "$250K" — axis labels and tight spaces. */
export function formatMoneyCompact(cents: number): string {
  return compact.format(Math.round(cents / 100));
}

/** "+$12,345" / "−$1,200": a variance, signed. */
export function formatSignedMoney(cents: number | null | undefined): string {
  if (cents == null) return '—';
  const text = formatMoney(Math.abs(cents));
  if (text === '$0') return '$0';
  return `${cents < 0 ? '−' : '+'}${text}`;
}

/** 12.345 → "+12.3%"; null (no budget to compare with) → "—". */
export function formatPercentChange(value: number | null | undefined): string {
  if (value == null) return '—';
  const text = percent.format(Math.abs(value));
  if (text === '0.0') return '0.0%';
  return `${value < 0 ? '−' : '+'}${text}%`;
}

/**
 * What people type or paste from a spreadsheet, to cents, exactly:
 * "1,234.56", "$1,234", "(12.30)", "-5", "−5", "1234.5", ".75", " 12 ". Empty text is null.
 * Returns null when the text is not an amount (letters, more than two decimals that are not zeros,
 * thousands separators in the wrong places) or is beyond what a cent count can hold exactly.
 */
export function parseMoney(text: string): number | null {
  let s = text
    .trim()
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, '');
  if (!s) return null;
  let signs = 0;
  if (s.startsWith('(') && s.endsWith(')')) {
    signs++;
    s = s.slice(1, -1);
  }
  // One sign at most: before or after the currency sign ("-$5", "$-5") or trailing, as some exports write it.
  const minus = /^[-−–]/;
  if (minus.test(s)) {
    signs++;
    s = s.slice(1);
  }
  if (s.startsWith('$')) s = s.slice(1);
  if (minus.test(s)) {
    signs++;
    s = s.slice(1);
  }
  if (/[-−–]$/.test(s)) {
    signs++;
    s = s.slice(0, -1);
  }
  if (s.startsWith('+') && signs === 0) s = s.slice(1);
  if (signs > 1) return null;
  const negative = signs === 1;
  const match = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/.exec(s);
  if (!match) return null;
  const whole = match[1]!.replace(/,/g, '');
  let fraction = match[2] ?? '';
  if (!whole && !fraction) return null;
  if (fraction.length > 2) {
    if (/[^0]/.test(fraction.slice(2))) return null;
    fraction = fraction.slice(0, 2);
  }
  const digits = `${whole || '0'}${fraction.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return null;
  const cents = Number(digits);
  if (!Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents;
}

/** "3", "2.5", "-1.25" percent → basis points (300, 250, -125), exactly; null when not a number. */
export function percentToBasisPoints(text: string | number | null | undefined): number | null {
  if (text == null) return null;
  const s = String(text).trim().replace(/%$/, '').trim();
  const match = /^([-+]?)(\d*)(?:\.(\d{0,2}))?$/.exec(s);
  if (!match || (!match[2] && !match[3])) return null;
  const bps = Number(`${match[2] || '0'}${(match[3] ?? '').padEnd(2, '0')}`);
  return match[1] === '-' && bps !== 0 ? -bps : bps;
}

/** Sum of cents; integers stay exact. */
export const sumCents = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
