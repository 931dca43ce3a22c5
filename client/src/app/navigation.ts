import type { Capability } from '@/gql/graphql';

export interface NavItem {
  label: string;
  icon: string;
  /** The route this item opens; the route declares the same requirement. */
  route: string;
  /** Any one of these capabilities shows the item; null = every signed-in member. */
  capability: readonly Capability[] | null;
  /** Shown to physicians and advanced-practice providers only. */
  providersOnly?: boolean;
}

export interface NavSection {
  title: string;
  items: NavItem[];
}

export const AUDIT_READ: readonly Capability[] = ['AUDIT_READ_ALL', 'AUDIT_READ_OWN'];
export const BUDGETS_READ: readonly Capability[] = ['BUDGETS_READ'];
export const BUDGETS_EDIT: readonly Capability[] = ['BUDGETS_EDIT'];
export const CAMPAIGNS_READ: readonly Capability[] = ['CAMPAIGNS_READ'];
export const CAMPAIGNS_EDIT: readonly Capability[] = ['CAMPAIGNS_EDIT'];
export const COMPENSATION_READ: readonly Capability[] = ['STAFF_COMPENSATION_READ', 'PROVIDER_COMPENSATION'];
export const COMPENSATION_APPROVE: readonly Capability[] = ['COMPENSATION_APPROVE'];
export const COMPENSATION_OWN_READ: readonly Capability[] = ['COMPENSATION_OWN_READ'];
export const ORG_CHART_READ: readonly Capability[] = ['ORG_CHART_READ'];
export const PROVIDER_PRODUCTIVITY: readonly Capability[] = ['PROVIDER_COMPENSATION'];
export const ENCOUNTERS_ENTER: readonly Capability[] = ['RECEIVABLES_ENTER'];

export const navigation: NavSection[] = [
  {
    title: 'Overview',
    items: [{ label: 'Dashboard', icon: 'pi pi-objects-column', route: 'dashboard', capability: null }],
  },
  {
    title: 'Organization',
    items: [
      { label: 'Org chart', icon: 'pi pi-sitemap', route: 'org-chart', capability: ORG_CHART_READ },
      { label: 'People', icon: 'pi pi-users', route: 'people', capability: ORG_CHART_READ },
    ],
  },
  {
    title: 'Finance',
    items: [
      { label: 'Budgets', icon: 'pi pi-chart-line', route: 'budgets', capability: BUDGETS_READ },
      { label: 'Compensation', icon: 'pi pi-wallet', route: 'compensation', capability: COMPENSATION_READ },
      { label: 'Provider productivity', icon: 'pi pi-chart-bar', route: 'productivity', capability: PROVIDER_PRODUCTIVITY },
      { label: 'Encounters', icon: 'pi pi-upload', route: 'import-encounters', capability: ENCOUNTERS_ENTER },
    ],
  },
  {
    title: 'Marketing',
    items: [{ label: 'Campaigns', icon: 'pi pi-megaphone', route: 'campaigns', capability: CAMPAIGNS_READ }],
  },
  {
    title: 'Administration',
    items: [{ label: 'Audit log', icon: 'pi pi-history', route: 'audit', capability: AUDIT_READ }],
  },
  {
    title: 'Self-service',
    items: [
      { label: 'My pay', icon: 'pi pi-wallet', route: 'my-pay', capability: COMPENSATION_OWN_READ },
      { label: 'My productivity', icon: 'pi pi-chart-line', route: 'my-productivity', capability: COMPENSATION_OWN_READ, providersOnly: true },
    ],
  },
];

/** The sections and items a viewer with these rights sees; empty sections disappear. */
export function visibleNavigation(allows: (requirement: NavItem['capability']) => boolean, isProvider = false): NavSection[] {
  return navigation
    .map((section) => ({ ...section, items: section.items.filter((item) => allows(item.capability) && (!item.providersOnly || isProvider)) }))
    .filter((section) => section.items.length > 0);
}
