import { addDays, addMonths } from '../../core/dates';
import { divRound, toNumber } from '../../core/exact';

export interface Depreciable {
  cost: number;
  salvageValue: number;
  usefulLifeMonths: number;
  inServiceOn: string;
  disposedOn?: string | null;
}

export interface DepreciationMonth {
  /** YYYY-MM */
  month: string;
  /** The month's last day: the posting date. */
  postOn: string;
  amount: number;
  accumulated: number;
  bookValue: number;
}

const lastDayOf = (month: string) => addDays(addMonths(`${month}-01`, 1), -1);

/**
 * Straight-line book depreciation by month, from the month the asset is placed in service (a full
 * month) for its useful life, ending early in the month it is disposed of. The depreciation
 * accumulated after month k is base·k/L rounded once, half away from zero (core/exact), and month k
 * takes the difference from month k−1: every month is within a cent of base/L, every accumulated
 * figure and book value is within half a cent of the straight line, and the months add up to the
 * base (cost − salvage) exactly.
 */
export function depreciationSchedule(asset: Depreciable): DepreciationMonth[] {
  const base = asset.cost - asset.salvageValue;
  const life = asset.usefulLifeMonths;
  const first = asset.inServiceOn.slice(0, 7);
  const lastMonth = asset.disposedOn?.slice(0, 7);
  const months: DepreciationMonth[] = [];
  for (let k = 1; k <= life; k++) {
    const month = addMonths(`${first}-01`, k - 1).slice(0, 7);
    if (lastMonth && month > lastMonth) break;
    const accumulated = toNumber(divRound(BigInt(base) * BigInt(k), life));
    const amount = accumulated - (months.at(-1)?.accumulated ?? 0);
    months.push({ month, postOn: lastDayOf(month), amount, accumulated, bookValue: asset.cost - accumulated });
  }
  return months;
}

/** The months whose last day is on or before `today`: what has been (or is due to be) posted. */
export function depreciationThrough(asset: Depreciable, today: string): DepreciationMonth[] {
  return depreciationSchedule(asset).filter((m) => m.postOn <= today);
}
