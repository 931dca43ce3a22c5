import type { PurchaseOrderStatus } from '@/gql/graphql';

export const STATUS_LABEL: Record<PurchaseOrderStatus, string> = {
  DRAFT: 'Waiting for approval',
  APPROVED: 'Approved',
  ORDERED: 'Ordered',
  PARTLY_RECEIVED: 'Partly received',
  RECEIVED: 'Received',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};

export const STATUS_SEVERITY: Record<PurchaseOrderStatus, 'warn' | 'info' | 'success' | 'secondary' | 'danger' | 'contrast'> = {
  DRAFT: 'warn',
  APPROVED: 'info',
  ORDERED: 'info',
  PARTLY_RECEIVED: 'contrast',
  RECEIVED: 'success',
  CLOSED: 'secondary',
  CANCELLED: 'secondary',
};

/** The tabs of the list, each a set of statuses. */
export const VIEWS = [
  { key: 'waiting', label: 'Waiting for approval', statuses: ['DRAFT'] },
  { key: 'open', label: 'Open', statuses: ['APPROVED', 'ORDERED', 'PARTLY_RECEIVED'] },
  { key: 'received', label: 'Received', statuses: ['RECEIVED'] },
  { key: 'done', label: 'Closed or cancelled', statuses: ['CLOSED', 'CANCELLED'] },
] as const satisfies readonly { key: string; label: string; statuses: readonly PurchaseOrderStatus[] }[];

interface Counted {
  quantity: number;
  quantityReceived: number;
  quantityBilled: number;
}

/** Units still to arrive on a line. */
export const outstanding = (line: Counted) => line.quantity - line.quantityReceived;

/** Units that arrived and are not on a bill yet: what the vendor's next bill should be for. */
export const toBill = (line: Counted) => Math.max(0, line.quantityReceived - line.quantityBilled);

/** "7 of 10 received" over all lines of an order. */
export function receivedSummary(lines: readonly Counted[]): { received: number; ordered: number } {
  return lines.reduce((s, l) => ({ received: s.received + l.quantityReceived, ordered: s.ordered + l.quantity }), {
    received: 0,
    ordered: 0,
  });
}
