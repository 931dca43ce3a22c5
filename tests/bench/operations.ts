/**
 * The operations the bench measures: the documents the SPA sends, taken from the generated client
 * documents (client/src/gql/graphql.ts), with the variables the SPA fills in.
 */
import { Kind, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import * as documents from '../../client/src/gql/graphql';
import { withTypenames } from './plan';

export type UserKey = 'administrator' | 'practiceManager' | 'officeManager' | 'provider' | 'staff';

export const SUMMIT_USERS: Record<UserKey, string> = {
  administrator: 'administrator@summit.test',
  practiceManager: 'practice-manager@summit.test',
  officeManager: 'office-manager@summit.test',
  provider: 'provider@summit.test',
  staff: 'staff@summit.test',
};

export interface Operation {
  key: string;
  label: string;
  /** Whose dashboard, or who asks. */
  user: UserKey;
  document: DocumentNode;
  query: string;
  /** Goal: Praxis within this multiple of the baseline at the median (p99: `p99Goal`). */
  medianGoal: number;
  p99Goal: number;
  dashboard: boolean;
  /** Variables the page itself chooses (a list's filter and page), beside those variablesFor knows. */
  variables?: Record<string, unknown>;
}

/** What the SPA knows when it sends a query: today's date (the browser's), the viewer, the budget it shows. */
export interface ClientState {
  today: Date;
  employeeIdOf: Record<UserKey, string | null>;
  currentBudgetId: string;
}

function documentNamed(name: string): DocumentNode {
  const doc = (documents as unknown as Record<string, DocumentNode | undefined>)[name];
  if (!doc) throw new Error(`client/src/gql/graphql.ts has no ${name}: run pnpm codegen, or update tests/bench/operations.ts`);
  return doc;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The browser's local date, as the SPA's todayIso() makes it. */
export const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * The variables the SPA sends with a document, by variable name (the dashboards' `useQuery` calls,
 * the org chart's as-of date, the variance page's budget with the default month). A variable the
 * bench does not know fails the run rather than being guessed.
 */
export function variablesFor(op: Operation, state: ClientState): Record<string, unknown> {
  const definition = op.document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const t = state.today;
  const [y, m] = [t.getFullYear(), t.getMonth() + 1];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
  const employeeId = state.employeeIdOf[op.user] ?? '';
  const known: Record<string, unknown> = {
    asOf: isoDate(t),
    monthStart: `${y}-${pad(m)}-01`,
    nextMonthStart: next,
    employeeId,
    hasEmployee: employeeId !== '',
    productivityYear: y,
    productivityMonth: m,
    year: y,
    month: null,
    budgetId: state.currentBudgetId,
    throughMonth: null,
    // The administrator dashboard's physician-owner widgets: no bench user is a physician owner.
    owner: false,
    ...op.variables,
  };
  const out: Record<string, unknown> = {};
  for (const v of definition.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (!(name in known))
      throw new Error(
        `${op.key}: the bench does not know what the SPA sends for $${name}; add it to variablesFor in tests/bench/operations.ts`,
      );
    out[name] = known[name];
  }
  return out;
}

function op(
  key: string,
  label: string,
  user: UserKey,
  documentName: string,
  goals: { median: number; p99: number },
  dashboard = false,
  variables?: Record<string, unknown>,
): Operation {
  const document = withTypenames(documentNamed(documentName));
  return { key, label, user, document, query: print(document), medianGoal: goals.median, p99Goal: goals.p99, dashboard, variables };
}

const STANDARD = { median: 2, p99: 3 };
/** The goal for the variance report: 1.5× (taken for both the median and p99). */
const VARIANCE = { median: 1.5, p99: 1.5 };

export function operations(): Operation[] {
  return [
    op('administrator-dashboard', 'Administrator dashboard', 'administrator', 'AdministratorDashboardDocument', STANDARD, true),
    op('practice-manager-dashboard', 'Practice manager dashboard', 'practiceManager', 'PracticeManagerDashboardDocument', STANDARD, true),
    op('office-manager-dashboard', 'Office manager dashboard', 'officeManager', 'OfficeManagerDashboardDocument', STANDARD, true),
    op('provider-dashboard', 'Provider dashboard', 'provider', 'ProviderDashboardDocument', STANDARD, true),
    op('staff-dashboard', 'Staff dashboard', 'staff', 'StaffDashboardDocument', STANDARD, true),
    op('org-chart', 'Org chart, everyone (administrator)', 'administrator', 'OrgChartDocument', STANDARD),
    op('variance', 'Year-to-date variance of the approved budget', 'administrator', 'VarianceReportDocument', VARIANCE),
    op('channels', 'Campaign measures by channel (and by month)', 'practiceManager', 'ChannelComparisonDocument', STANDARD),
    op('productivity', 'Productivity, all providers (administrator)', 'administrator', 'ProductivityDocument', STANDARD),
    op('payables-overview', 'Payables overview (office manager)', 'officeManager', 'PayablesOverviewDocument', STANDARD),
    // The bills page as it opens: the "To pay" view (client/src/features/payables/payables.ts BILL_VIEWS), first page of 50.
    op('bills-to-pay', 'Bills to pay, first page (office manager)', 'officeManager', 'BillsDocument', STANDARD, false, {
      filter: { statuses: ['APPROVED', 'SCHEDULED', 'PARTIALLY_PAID'], search: null },
      limit: 50,
      offset: 0,
    }),
    op(
      'bills-awaiting-approval',
      'Bills waiting for approval, first page (office manager)',
      'officeManager',
      'BillsDocument',
      STANDARD,
      false,
      {
        filter: { statuses: ['RECEIVED'], search: null },
        limit: 50,
        offset: 0,
      },
    ),
  ];
}
