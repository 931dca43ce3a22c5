import { divCeil, toNumber } from '../../core/exact';

/**
 * The reorder point in whole units: daily use × lead time + safety stock, with daily use kept in
 * hundredths of a unit so the product is exact; a part of a unit used during the lead time rounds
 * up (you cannot reorder at 12.4 boxes): the fewest whole units covering it, `divCeil`.
 */
export function reorderPoint(dailyUseHundredths: number, leadTimeDays: number, safetyStock: number): number {
  return toNumber(divCeil(BigInt(dailyUseHundredths) * BigInt(leadTimeDays), 100)) + safetyStock;
}

/** Units to order to bring what is on hand back up to par (never negative). */
export function quantityToPar(onHand: number, parLevel: number): number {
  return Math.max(0, parLevel - onHand);
}
