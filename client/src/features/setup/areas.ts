import type { PracticeArea } from '@/gql/graphql';

export interface AreaToStart {
  area: PracticeArea;
  label: string;
  text: string;
  icon: string;
  /** The page where the first record is made; its empty state says how. */
  route: string;
}

/** What each area does for a practice, in the order a small practice usually starts them. Budgets are a setup step. */
export const AREAS_TO_START: readonly AreaToStart[] = [
  {
    area: 'PAYABLES',
    label: 'Bills and vendors',
    text: 'Enter, approve and pay the practice’s bills on time.',
    icon: 'pi pi-inbox',
    route: 'vendors',
  },
  {
    area: 'RECURRING_BILLS',
    label: 'Recurring bills',
    text: 'Rent, utilities and software that bill on a schedule, entered for you.',
    icon: 'pi pi-replay',
    route: 'recurring-bills',
  },
  {
    area: 'PRODUCTIVITY',
    label: 'Provider productivity',
    text: 'Import encounters from your EHR to follow visits, wRVUs and collections per provider.',
    icon: 'pi pi-chart-bar',
    route: 'import-encounters',
  },
  {
    area: 'COMPENSATION',
    label: 'Merit raises',
    text: 'Plan raises against a pool with salary bands, and approve them in one place.',
    icon: 'pi pi-wallet',
    route: 'compensation',
  },
  {
    area: 'CAMPAIGNS',
    label: 'Marketing campaigns',
    text: 'Track what each campaign costs and the new patients it brings.',
    icon: 'pi pi-megaphone',
    route: 'campaigns',
  },
  {
    area: 'PURCHASING',
    label: 'Purchase orders',
    text: 'Order supplies and equipment, receive them and match the bill.',
    icon: 'pi pi-shopping-cart',
    route: 'purchase-orders',
  },
  {
    area: 'SUPPLIES',
    label: 'Supplies',
    text: 'Count what is in stock and reorder before it runs out.',
    icon: 'pi pi-box',
    route: 'supplies',
  },
  {
    area: 'EQUIPMENT',
    label: 'Equipment',
    text: 'Keep a register of equipment and furniture, its service and its depreciation.',
    icon: 'pi pi-wrench',
    route: 'equipment',
  },
];
