/**
 * The hand-written baseline: for every top-level field the measured documents ask for, the same
 * rows and figures computed by hand-written SQL over node-postgres (one statement per field), plus
 * the arithmetic a hand-written endpoint would do in JavaScript. A dashboard runs its fields'
 * statements together (Promise.all over a pg.Pool). The same functions answer the minimal graphql-js
 * server (minimal-server.ts), so the throughput comparison uses the same SQL.
 *
 * Nothing here imports server code: it is written against the tables, as a person writing the
 * endpoint by hand would. The bench checks each answer against Praxis's (same rows and figures)
 * before it times anything.
 */
import pg from 'pg';
import { projectRoot, type Plan } from './plan';

// Dates as the database's text (YYYY-MM-DD), counts and sums as numbers: what the API returns.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** A pg.Pool, or a wrapper that counts the statements. */
export interface Queryable {
  query(text: string, params?: unknown[]): Promise<pg.QueryResult<any>>;
}

export interface BaselineContext {
  db: Queryable;
  organizationId: string;
  userId: string;
  role: string;
  capabilities: ReadonlySet<string>;
  /** The server's today (UTC), as Praxis takes it. */
  now: () => Date;
}

type Args = Record<string, any>;
export type FieldResolver = (ctx: BaselineContext, args: Args) => Promise<unknown>;

const todayOf = (ctx: BaselineContext) => ctx.now().toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

// ---- people ------------------------------------------------------------------------------------

/** Active on a date: from ≤ date < to (open-ended when to is null). */
const active = (alias: string, from: string, to: string, date = '$2') =>
  `${alias}.${from} <= ${date} and (${alias}.${to} is null or ${alias}.${to} > ${date})`;

async function headcount(ctx: BaselineContext, args: Args) {
  const asOf = args.asOf ?? todayOf(ctx);
  const { rows } = await ctx.db.query(
    `select 'category' as kind, e.category as key, count(*) as n, sum(e.fte_hundredths) as fte
       from assignments a join employees e on e.id = a.employee_id
      where a.organization_id = $1 and ${active('a', 'start_date', 'end_date')} group by e.category
     union all
     select 'filled', p.tier, count(*), null from assignments a join positions p on p.id = a.position_id
      where a.organization_id = $1 and ${active('a', 'start_date', 'end_date')} group by p.tier
     union all
     select 'seats', p.tier, count(*), null from positions p
      where p.organization_id = $1 and ${active('p', 'opened_on', 'closed_on')} group by p.tier`,
    [ctx.organizationId, asOf],
  );
  const byCategory = rows.filter((r) => r.kind === 'category').map((r) => ({ category: r.key, headcount: r.n, fte: r.fte / 100 }));
  const tiers = ['EXECUTIVE', 'MANAGER', 'PROVIDER', 'STAFF'].map((tier) => {
    const filled = rows.find((r) => r.kind === 'filled' && r.key === tier)?.n ?? 0;
    const seats = rows.find((r) => r.kind === 'seats' && r.key === tier)?.n ?? 0;
    return { tier, headcount: filled, vacancies: Math.max(0, seats - filled) };
  });
  return {
    asOf,
    total: byCategory.reduce((s, c) => s + c.headcount, 0),
    totalFte: rows.filter((r) => r.kind === 'category').reduce((s, r) => s + r.fte, 0) / 100,
    vacancies: tiers.reduce((s, t) => s + t.vacancies, 0),
    byCategory,
    byTier: tiers,
  };
}

const positionColumns = `p.id as p_id, p.title as p_title, p.category as p_category, p.tier as p_tier, p.opened_on as p_opened_on, p.closed_on as p_closed_on,
  d.id as d_id, d.name as d_name, l.id as l_id, l.name as l_name, l.address as l_address`;
const positionOf = (r: any) => ({
  id: r.p_id,
  title: r.p_title,
  category: r.p_category,
  tier: r.p_tier,
  openedOn: r.p_opened_on,
  closedOn: r.p_closed_on,
  department: r.d_id ? { id: r.d_id, name: r.d_name } : null,
  location: r.l_id ? { id: r.l_id, name: r.l_name, address: r.l_address } : null,
});
const employeeOf = (r: any) =>
  r.e_id
    ? {
        id: r.e_id,
        firstName: r.e_first_name,
        lastName: r.e_last_name,
        fullName: `${r.e_first_name} ${r.e_last_name}`,
        category: r.e_category,
      }
    : null;

async function vacancies(ctx: BaselineContext, args: Args) {
  const { rows } = await ctx.db.query(
    `select ${positionColumns} from positions p
       left join departments d on d.id = p.department_id left join locations l on l.id = p.location_id
      where p.organization_id = $1 and ${active('p', 'opened_on', 'closed_on')}
        and not exists (select 1 from assignments a where a.position_id = p.id and a.organization_id = $1 and ${active('a', 'start_date', 'end_date')})
      order by p.title`,
    [ctx.organizationId, args.asOf ?? todayOf(ctx)],
  );
  return rows.map(positionOf);
}

/** Open seats with their line and occupant on a date: the org chart's rows, in one statement. */
const CHART_ROWS = `
  with open as (select p.* from positions p where p.organization_id = $1 and ${active('p', 'opened_on', 'closed_on')}),
       line as (select rl.position_id, rl.reports_to_id, rl.clinical_supervisor_id from reporting_lines rl
                 where rl.organization_id = $1 and ${active('rl', 'effective_from', 'effective_to')})
  select ${positionColumns},
         case when exists (select 1 from open o where o.id = line.reports_to_id) then line.reports_to_id end as reports_to_id,
         case when exists (select 1 from open o where o.id = line.clinical_supervisor_id) then line.clinical_supervisor_id end as clinical_supervisor_id,
         e.id as e_id, e.first_name as e_first_name, e.last_name as e_last_name, e.category as e_category
    from open p
    left join line on line.position_id = p.id
    left join assignments a on a.position_id = p.id and a.organization_id = $1 and ${active('a', 'start_date', 'end_date')}
    left join employees e on e.id = a.employee_id
    left join departments d on d.id = p.department_id
    left join locations l on l.id = p.location_id`;

function chartNodes(rows: any[]) {
  const children = new Map<string, string[]>();
  for (const r of rows) {
    if (!r.reports_to_id) continue;
    const list = children.get(r.reports_to_id);
    if (list) list.push(r.p_id);
    else children.set(r.reports_to_id, [r.p_id]);
  }
  const totals = new Map<string, number>();
  const totalOf = (id: string): number => {
    let total = totals.get(id);
    if (total === undefined) {
      total = 0;
      for (const k of children.get(id) ?? []) total += 1 + totalOf(k);
      totals.set(id, total);
    }
    return total;
  };
  return rows.map((r) => ({
    id: r.p_id,
    reportsToId: r.reports_to_id,
    clinicalSupervisorId: r.clinical_supervisor_id,
    directReports: children.get(r.p_id)?.length ?? 0,
    totalReports: totalOf(r.p_id),
    employee: employeeOf(r),
    position: positionOf(r),
  }));
}

async function orgChart(ctx: BaselineContext, args: Args) {
  const asOf = args.asOf ?? todayOf(ctx);
  const { rows } = await ctx.db.query(`${CHART_ROWS} order by p.title`, [ctx.organizationId, asOf]);
  return { asOf, nodes: chartNodes(rows) };
}

/** The seats reporting to the viewer's, each with its whole subtree counted by a recursive query. */
async function myTeam(ctx: BaselineContext) {
  const { rows } = await ctx.db.query(
    `with recursive
       open as (select id from positions p where p.organization_id = $1 and ${active('p', 'opened_on', 'closed_on')}),
       edge as (select rl.position_id as child, rl.reports_to_id as parent from reporting_lines rl
                  join open c on c.id = rl.position_id join open o on o.id = rl.reports_to_id
                 where rl.organization_id = $1 and ${active('rl', 'effective_from', 'effective_to')}),
       me as (select a.position_id from assignments a join employees e on e.id = a.employee_id
               where a.organization_id = $1 and e.user_id = $3 and ${active('a', 'start_date', 'end_date')} limit 1),
       team as (select child as id from edge where parent = (select position_id from me)),
       down(root, id) as (select id, id from team union all select d.root, e.child from down d join edge e on e.parent = d.id),
       counts as (select root, count(*) - 1 as total from down group by root)
     select ${positionColumns}, (select position_id from me) as reports_to_id, rl.clinical_supervisor_id,
            (select count(*) from edge where edge.parent = p.id) as direct, counts.total,
            e.id as e_id, e.first_name as e_first_name, e.last_name as e_last_name, e.category as e_category
       from team join positions p on p.id = team.id join counts on counts.root = p.id
       left join reporting_lines rl on rl.position_id = p.id and rl.organization_id = $1 and ${active('rl', 'effective_from', 'effective_to')}
            and exists (select 1 from open o where o.id = rl.clinical_supervisor_id)
       left join assignments a on a.position_id = p.id and a.organization_id = $1 and ${active('a', 'start_date', 'end_date')}
       left join employees e on e.id = a.employee_id
       left join departments d on d.id = p.department_id
       left join locations l on l.id = p.location_id
      order by p.title`,
    [ctx.organizationId, todayOf(ctx), ctx.userId],
  );
  return rows.map((r) => ({
    id: r.p_id,
    reportsToId: r.reports_to_id,
    clinicalSupervisorId: r.clinical_supervisor_id ?? null,
    directReports: r.direct,
    totalReports: r.total,
    employee: employeeOf(r),
    position: positionOf(r),
  }));
}

async function employees(ctx: BaselineContext, args: Args) {
  const filter = args.filter ?? {};
  if (filter.search || filter.categories?.length) throw new Error('baseline employees(): only includeFormer is implemented');
  const { rows } = await ctx.db.query(
    `select e.id, e.first_name, e.last_name, e.category from employees e
      where e.organization_id = $1 ${filter.includeFormer ? '' : 'and (e.end_date is null or e.end_date > $2)'}
      order by e.last_name, e.first_name limit 2000`,
    filter.includeFormer ? [ctx.organizationId] : [ctx.organizationId, todayOf(ctx)],
  );
  return rows.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    fullName: `${r.first_name} ${r.last_name}`,
    category: r.category,
  }));
}

async function employee(ctx: BaselineContext, args: Args) {
  const { rows } = await ctx.db.query(
    `select e.id as e_id, e.first_name as e_first_name, e.last_name as e_last_name, e.category as e_category, ${positionColumns}
       from employees e
       left join assignments a on a.employee_id = e.id and a.organization_id = $1 and ${active('a', 'start_date', 'end_date')}
       left join positions p on p.id = a.position_id
       left join departments d on d.id = p.department_id
       left join locations l on l.id = p.location_id
      where e.organization_id = $1 and e.id = $3`,
    [ctx.organizationId, todayOf(ctx), args.id],
  );
  if (!rows[0]) throw new Error(`no employee ${args.id}`);
  return { ...employeeOf(rows[0]), position: rows[0].p_id ? positionOf(rows[0]) : null };
}

// ---- audit log ---------------------------------------------------------------------------------

async function auditLog(ctx: BaselineContext, args: Args) {
  const filter = args.filter ?? {};
  const params: unknown[] = [ctx.organizationId];
  const where = ['a.organization_id = $1'];
  if (filter.action) where.push(`a.action = $${params.push(filter.action)}`);
  else if (filter.changesOnly) where.push(`a.action <> 'READ'`);
  if (!ctx.capabilities.has('AUDIT_READ_ALL')) where.push(`a.actor_id = $${params.push(ctx.userId)}`);
  if (filter.entityName || filter.entityId || filter.actorId || filter.from || filter.to)
    throw new Error('baseline auditLog(): filter not implemented');
  const { rows } = await ctx.db.query(
    `select a.id, a.at, a.action, u.display_name, a.actor_role, a.entity_name, a.entity_id, a.entity_label, a.before, a.after,
            count(*) over () as total
       from audit_entries a left join users u on u.id = a.actor_id
      where ${where.join(' and ')}
      order by a.at desc, a.id desc limit ${Number(args.limit ?? 50)} offset ${Number(args.offset ?? 0)}`,
    params,
  );
  let total = rows[0]?.total ?? 0;
  if (!rows.length && Number(args.offset ?? 0) > 0) {
    total = (await ctx.db.query(`select count(*) as n from audit_entries a where ${where.join(' and ')}`, params)).rows[0].n;
  }
  return {
    total,
    entries: rows.map((r) => ({
      id: r.id,
      at: (r.at as Date).toISOString(),
      action: r.action,
      actorName: r.display_name,
      actorRole: r.actor_role,
      entityName: r.entity_name,
      entityId: r.entity_id,
      entityLabel: r.entity_label,
      before: r.before,
      after: r.after,
    })),
  };
}

// ---- budgets -----------------------------------------------------------------------------------

const GROUP_LABELS: Record<string, string> = {
  PATIENT_REVENUE: 'Patient revenue',
  OTHER_REVENUE: 'Other revenue',
  PROVIDER_SALARIES: 'Provider salaries',
  STAFF_SALARIES: 'Staff salaries',
  BENEFITS: 'Benefits and payroll taxes',
  OCCUPANCY: 'Occupancy',
  MEDICAL_SUPPLIES: 'Medical supplies',
  OFFICE_SUPPLIES: 'Office supplies',
  EQUIPMENT: 'Equipment',
  MARKETING: 'Marketing',
  IT: 'IT',
  INSURANCE: 'Insurance',
  PROFESSIONAL_FEES: 'Professional fees',
  OTHER_EXPENSE: 'Other expenses',
};
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS = Array.from({ length: 12 }, (_, i) => `m${pad(i + 1)}`);

function fiscalMonths(fiscalYear: number, startMonth: number) {
  return Array.from({ length: 12 }, (_, i) => {
    const zero = startMonth - 1 + i;
    const year = fiscalYear + Math.floor(zero / 12);
    const month = (zero % 12) + 1;
    return { index: i + 1, year, month, key: `${year}-${pad(month)}` };
  });
}

function figures(budget: number, actual: number, kind: string, thresholdBps: number) {
  const variance = actual - budget;
  const favourable = kind === 'REVENUE' ? variance >= 0 : variance <= 0;
  const variancePercent = budget === 0 ? null : Math.round((variance / Math.abs(budget)) * 10_000) / 100;
  const beyond = budget === 0 ? variance !== 0 : Math.abs(variance) * 10_000 > thresholdBps * Math.abs(budget);
  return { budget, actual, variance, variancePercent, favourable, flagged: !favourable && beyond };
}

const BUDGET_COLUMNS = `b.id, b.fiscal_year, b.budget_version, b.status, b.start_month, b.version, b.submitted_at, b.approved_at, b.rejection_comment,
  (select sum(${MONTHS.map((m) => `bl.${m}`).join(' + ')}) from budget_lines bl join accounts a on a.id = bl.account_id where bl.budget_id = b.id and a.kind = 'REVENUE') as total_revenue,
  (select sum(${MONTHS.map((m) => `bl.${m}`).join(' + ')}) from budget_lines bl join accounts a on a.id = bl.account_id where bl.budget_id = b.id and a.kind <> 'REVENUE') as total_expense`;

const budgetOf = (r: any) => {
  const revenue = r.total_revenue ?? 0;
  const expense = r.total_expense ?? 0;
  return {
    id: r.id,
    fiscalYear: r.fiscal_year,
    budgetVersion: r.budget_version,
    status: r.status,
    startMonth: r.start_month,
    version: r.version,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    approvedAt: r.approved_at?.toISOString() ?? null,
    rejectionComment: r.rejection_comment,
    totals: { revenue, expense, net: revenue - expense },
  };
};

/**
 * Budget against actuals: one statement that joins the budget's lines to the monthly ledger totals
 * and sums them by line, account, group and kind with GROUPING SETS; the figures are arithmetic.
 */
async function variance(
  ctx: BaselineContext,
  budgetId: string,
  throughMonth: number | null | undefined,
  periodArg?: { kind: string; month?: number | null; quarter?: number | null } | null,
) {
  // The period and its prior year need the budget's fiscal months before the main statement.
  const head = (
    await ctx.db.query(`select fiscal_year, start_month from budgets where id = $1 and organization_id = $2`, [
      budgetId,
      ctx.organizationId,
    ])
  ).rows[0] ?? { fiscal_year: 2000, start_month: 1 };
  const fiscal = fiscalMonths(head.fiscal_year, head.start_month);
  let through = throughMonth ?? (periodArg?.kind === 'YEAR_TO_DATE' ? periodArg.month : null);
  if (through === null || through === undefined) {
    const key = todayOf(ctx).slice(0, 7);
    const m = fiscal.find((x) => x.key === key)?.index;
    through = m ? m - 1 : key < fiscal[0].key ? 0 : 12;
  }
  const kind = periodArg?.kind ?? 'YEAR_TO_DATE';
  const quarter = kind === 'QUARTER' ? periodArg!.quarter! : null;
  const single = kind === 'MONTH' ? periodArg!.month! : null;
  const fromMonth = quarter ? quarter * 3 - 2 : (single ?? 1);
  const toMonth = quarter ? quarter * 3 : (single ?? through);
  const inPeriod = Array.from({ length: Math.max(0, toMonth - fromMonth + 1) }, (_, i) => fromMonth + i);
  const priorInPeriod = inPeriod.length ? inPeriod.map((m) => `coalesce(x.p${pad(m)}, 0)`).join(' + ') : '0';
  const { rows } = await ctx.db.query(
    `with b as (select ${BUDGET_COLUMNS}, make_date(b.fiscal_year, b.start_month, 1) as starts, o.variance_threshold_bps
                  from budgets b join organizations o on o.id = b.organization_id where b.id = $2 and b.organization_id = $1),
          planned as (select bl.account_id, bl.cost_centre_id, ${MONTHS.map((m) => `bl.${m} as b${m.slice(1)}`).join(', ')}
                        from budget_lines bl where bl.budget_id = $2 and bl.organization_id = $1),
          actual as (select t.account_id, t.cost_centre_id,
                            ${MONTHS.map((_, i) => `sum(case when t.month = (b.starts + interval '${i} month')::date then t.amount else 0 end) as a${pad(i + 1)}`).join(', ')},
                            ${MONTHS.map((_, i) => `sum(case when t.month = (b.starts + interval '${i - 12} month')::date then t.amount else 0 end) as p${pad(i + 1)}`).join(', ')}
                       from ledger_month_totals t join accounts ta on ta.id = t.account_id and ta.kind in ('REVENUE', 'EXPENSE'), b
                      where t.organization_id = $1 and t.month >= (b.starts - interval '12 month')::date and t.month < (b.starts + interval '12 month')::date
                      group by t.account_id, t.cost_centre_id),
          pairs as (select coalesce(p.account_id, x.account_id) as account_id, coalesce(p.cost_centre_id, x.cost_centre_id) as cost_centre_id,
                           ${MONTHS.map((_, i) => `coalesce(p.b${pad(i + 1)}, 0) as b${pad(i + 1)}`).join(', ')},
                           ${MONTHS.map((_, i) => `coalesce(x.a${pad(i + 1)}, 0) as a${pad(i + 1)}`).join(', ')},
                           ${MONTHS.map((_, i) => `coalesce(x.p${pad(i + 1)}, 0) as p${pad(i + 1)}`).join(', ')}
                      from planned p full join actual x on x.account_id = p.account_id and x.cost_centre_id = p.cost_centre_id
                     where p.account_id is not null or not (${MONTHS.map((_, i) => `x.a${pad(i + 1)} = 0`).join(' and ')})
                        or (${priorInPeriod}) <> 0)
     select grouping(a.kind, a."group", a.id, c.id) as level, a.kind, a."group", a.id as account_id, a.code, a.name as account_name,
            c.id as cost_centre_id, c.name as cost_centre_name,
            ${MONTHS.map((_, i) => `sum(pairs.b${pad(i + 1)}) as b${pad(i + 1)}`).join(', ')},
            ${MONTHS.map((_, i) => `sum(pairs.a${pad(i + 1)}) as a${pad(i + 1)}`).join(', ')},
            ${MONTHS.map((_, i) => `sum(pairs.p${pad(i + 1)}) as p${pad(i + 1)}`).join(', ')},
            min(b.variance_threshold_bps) as threshold, (select row_to_json(b) from b) as budget
       from pairs join accounts a on a.id = pairs.account_id join cost_centres c on c.id = pairs.cost_centre_id cross join b
      group by grouping sets ((a.kind, a."group", a.id, a.code, a.name, c.id, c.name), (a.kind, a."group", a.id, a.code, a.name), (a.kind, a."group"), (a.kind))
      order by a.code, c.name`,
    [ctx.organizationId, budgetId],
  );
  const budgetRow =
    rows[0]?.budget ??
    (await ctx.db.query(`select ${BUDGET_COLUMNS}, 1000 as variance_threshold_bps from budgets b where b.id = $1`, [budgetId])).rows[0];
  if (budgetRow.submitted_at && !(budgetRow.submitted_at instanceof Date)) budgetRow.submitted_at = new Date(budgetRow.submitted_at);
  if (budgetRow.approved_at && !(budgetRow.approved_at instanceof Date)) budgetRow.approved_at = new Date(budgetRow.approved_at);
  const threshold = budgetRow.variance_threshold_bps;
  const months = fiscalMonths(budgetRow.fiscal_year, budgetRow.start_month);
  const sum = (v: number[], from: number, to: number) => {
    let s = 0;
    for (let i = from; i < to; i++) s += v[i];
    return s;
  };
  const row = (
    key: string,
    label: string,
    kind: string,
    budget: number[],
    actual: number[],
    prior: number[],
    extra: Record<string, unknown>,
  ) => {
    const ytdActual = sum(actual, 0, through!);
    const periodActual = sum(actual, fromMonth - 1, toMonth);
    const priorActual = sum(prior, fromMonth - 1, toMonth);
    const change = periodActual - priorActual;
    return {
      key,
      label,
      kind,
      group: null,
      accountId: null,
      accountCode: null,
      costCentreId: null,
      costCentreName: null,
      ...extra,
      months: budget.map((b, i) => figures(b, actual[i], kind, threshold)),
      quarters: [0, 1, 2, 3].map((q) => figures(sum(budget, q * 3, q * 3 + 3), sum(actual, q * 3, q * 3 + 3), kind, threshold)),
      yearToDate: figures(sum(budget, 0, through!), ytdActual, kind, threshold),
      period: figures(sum(budget, fromMonth - 1, toMonth), periodActual, kind, threshold),
      priorYear: {
        actual: priorActual,
        change,
        changePercent: priorActual === 0 ? null : Math.round((change / Math.abs(priorActual)) * 10_000) / 100,
        favourable: kind === 'REVENUE' ? change >= 0 : change <= 0,
      },
      annualBudget: sum(budget, 0, 12),
      yearEndForecast: ytdActual + sum(budget, through!, 12),
    };
  };
  const series = (r: any, p: string) => [
    r[`${p}01`],
    r[`${p}02`],
    r[`${p}03`],
    r[`${p}04`],
    r[`${p}05`],
    r[`${p}06`],
    r[`${p}07`],
    r[`${p}08`],
    r[`${p}09`],
    r[`${p}10`],
    r[`${p}11`],
    r[`${p}12`],
  ];
  const lines: unknown[] = [];
  const accounts: unknown[] = [];
  const groups: unknown[] = [];
  const kinds = new Map<string, { budget: number[]; actual: number[]; prior: number[] }>();
  for (const r of rows) {
    const budget = series(r, 'b');
    const actual = series(r, 'a');
    const prior = series(r, 'p');
    if (r.level === 0) {
      lines.push(
        row(`${r.account_id}|${r.cost_centre_id}`, `${r.code} ${r.account_name} · ${r.cost_centre_name}`, r.kind, budget, actual, prior, {
          accountId: r.account_id,
          accountCode: r.code,
          group: r.group,
          costCentreId: r.cost_centre_id,
          costCentreName: r.cost_centre_name,
        }),
      );
    } else if (r.level === 1) {
      accounts.push(
        row(r.account_id, `${r.code} ${r.account_name}`, r.kind, budget, actual, prior, {
          accountId: r.account_id,
          accountCode: r.code,
          group: r.group,
        }),
      );
    } else if (r.level === 3) {
      groups.push(row(r.group, GROUP_LABELS[r.group], r.kind, budget, actual, prior, { group: r.group }));
    } else {
      kinds.set(r.kind, { budget, actual, prior });
    }
  }
  const zero = () => Array(12).fill(0) as number[];
  const revenue = kinds.get('REVENUE') ?? { budget: zero(), actual: zero(), prior: zero() };
  const expense = kinds.get('EXPENSE') ?? { budget: zero(), actual: zero(), prior: zero() };
  const spanLabel = (year: number) => {
    const ms = fiscalMonths(year, budgetRow.start_month).slice(fromMonth - 1, toMonth);
    if (!ms.length) return `Fiscal ${year}: no month closed yet`;
    const first = ms[0];
    const last = ms[ms.length - 1];
    const label = (m: { month: number; year: number }) => `${MONTH_NAMES[m.month - 1]} ${m.year}`;
    const text =
      ms.length === 1
        ? label(first)
        : first.year === last.year
          ? `${MONTH_NAMES[first.month - 1]}–${label(last)}`
          : `${label(first)}–${label(last)}`;
    return quarter ? `Q${quarter} · ${text}` : text;
  };
  const minus = (a: number[], b: number[]) => a.map((v, i) => v - b[i]);
  return {
    budget: budgetOf(budgetRow),
    throughMonth: through,
    period: {
      kind,
      month: kind === 'QUARTER' ? null : (single ?? through),
      quarter,
      fromMonth,
      toMonth,
      label: spanLabel(budgetRow.fiscal_year),
      priorLabel: spanLabel(budgetRow.fiscal_year - 1),
    },
    monthLabels: months.map((m) => `${MONTH_NAMES[m.month - 1]} ${m.year}`),
    thresholdPercent: threshold / 100,
    lines,
    accounts,
    groups,
    revenue: row('REVENUE', 'Revenue', 'REVENUE', revenue.budget, revenue.actual, revenue.prior, {}),
    expense: row('EXPENSE', 'Expense', 'EXPENSE', expense.budget, expense.actual, expense.prior, {}),
    net: row(
      'NET',
      'Net income',
      'REVENUE',
      minus(revenue.budget, expense.budget),
      minus(revenue.actual, expense.actual),
      minus(revenue.prior, expense.prior),
      {},
    ),
  };
}

async function varianceReport(ctx: BaselineContext, args: Args) {
  return variance(ctx, args.budgetId, args.throughMonth, args.period);
}

/** The approved (or locked) budget of this fiscal year, with its variance through the last closed month. */
async function currentBudget(ctx: BaselineContext) {
  const now = ctx.now();
  const { rows } = await ctx.db.query(
    `select b.id from budgets b join organizations o on o.id = b.organization_id
      where b.organization_id = $1 and b.status in ('APPROVED', 'LOCKED')
        and b.fiscal_year = $2::int - case when $3::int < o.fiscal_year_start_month then 1 else 0 end
      order by b.budget_version desc limit 1`,
    [ctx.organizationId, now.getUTCFullYear(), now.getUTCMonth() + 1],
  );
  if (!rows[0]) return null;
  const report = await variance(ctx, rows[0].id, null);
  return { ...report.budget, variance: report };
}

async function budgets(ctx: BaselineContext, args: Args) {
  const params: unknown[] = [ctx.organizationId];
  const where = ['b.organization_id = $1'];
  if (args.fiscalYear) where.push(`b.fiscal_year = $${params.push(args.fiscalYear)}`);
  if (args.status) where.push(`b.status = $${params.push(args.status)}`);
  const { rows } = await ctx.db.query(
    `select ${BUDGET_COLUMNS} from budgets b where ${where.join(' and ')} order by b.fiscal_year desc, b.budget_version`,
    params,
  );
  return rows.map(budgetOf);
}

// ---- compensation ------------------------------------------------------------------------------

/** The pool of each cycle summed over the proposals the viewer may see, in the database, in one statement. */
async function cyclesWithPool(ctx: BaselineContext, which: string) {
  const div = (num: string, den: string) => `((2 * (${num}) + ${den}) / (2 * ${den}))`;
  const factor = `(case when p.pay_basis = 'HOURLY' then 2080 else 1 end)`;
  const annual = (rate: string) => div(`(${rate}) * ${factor} * p.fte_hundredths`, '100');
  const newRate = `(p.rate + ${div('p.rate * p.merit_bps', '10000')} + p.adjustment)`;
  const cost = `(${annual(newRate)} - ${annual('p.rate')} + p.bonus)`;
  const loaded = div(`${cost} * (10000 + p.benefits_load_bps)`, '10000');
  const seesProviders = ctx.capabilities.has('PROVIDER_COMPENSATION');
  const visible = (e: string) => `sum(case when c.include_providers and not ${seesProviders} and p.provider then 0 else ${e} end)`;
  const { rows } = await ctx.db.query(
    `select c.id, c.name, c.status, c.effective_date, c.eligible_hired_by, c.include_providers, c.pool_bps, c.pool_amount, s.*
       from (${which}) c
       cross join lateral (select ${visible(annual('p.rate'))} as payroll, sum(${annual('p.rate')}) as all_payroll,
                                  ${visible(cost)} as used, ${visible(loaded)} as loaded
                             from compensation_proposals p where p.cycle_id = c.id and p.organization_id = $1) s
      order by c.effective_date desc`,
    [ctx.organizationId],
  );
  return rows.map((r) => {
    const staffOnly = !seesProviders && r.include_providers;
    const payroll = r.payroll ?? 0;
    const allPayroll = r.all_payroll ?? 0;
    const used = r.used ?? 0;
    const pool =
      r.pool_bps != null
        ? Math.floor((2 * payroll * r.pool_bps + 10_000) / 20_000)
        : staffOnly && allPayroll > 0
          ? Math.floor((2 * r.pool_amount * payroll + allPayroll) / (2 * allPayroll))
          : (r.pool_amount ?? 0);
    return {
      id: r.id,
      name: r.name,
      status: r.status,
      effectiveDate: r.effective_date,
      eligibleHiredBy: r.eligible_hired_by,
      includeProviders: r.include_providers,
      pool: {
        eligiblePayroll: payroll,
        pool,
        used,
        usedWithBenefits: r.loaded ?? 0,
        remaining: Math.max(0, pool - used),
        over: Math.max(0, used - pool),
        staffOnly,
      },
    };
  });
}

async function compensationCycles(ctx: BaselineContext) {
  return cyclesWithPool(ctx, 'select * from compensation_cycles where organization_id = $1');
}

/** The cycle in progress: open, else approved, else the latest (of the last ten, cancelled ones aside). */
async function currentCompensationCycle(ctx: BaselineContext) {
  const [cycle] = await cyclesWithPool(
    ctx,
    `
    select * from (select * from compensation_cycles where organization_id = $1 and status <> 'CANCELLED' order by effective_date desc limit 10) recent
     order by case status when 'OPEN' then 0 when 'APPROVED' then 1 else 2 end, effective_date desc limit 1`,
  );
  return cycle ?? null;
}

// ---- campaigns ---------------------------------------------------------------------------------

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);
const perUnit = (cents: number, n: number) => (n === 0 ? null : Math.round(cents / n));

/** Spend and the lead funnel per campaign, channel or month, summed by the database in one statement. */
async function campaignMeasures(ctx: BaselineContext, args: Args) {
  const grouping = args.groupBy ?? 'CAMPAIGN';
  const params: unknown[] = [ctx.organizationId];
  const range = (column: string) =>
    [args.from ? `and ${column} >= $${params.push(args.from)}` : '', args.to ? `and ${column} < $${params.push(args.to)}` : ''].join(' ');
  const month = grouping === 'MONTH';
  const spendRange = range('s.date');
  const leadRange = range('l.inquiry_date');
  const key = { CAMPAIGN: 'c.id::text', CHANNEL: 'c.channel', MONTH: 'x.period' }[grouping as 'CAMPAIGN' | 'CHANNEL' | 'MONTH'];
  const label = { CAMPAIGN: 'c.name', CHANNEL: 'c.channel', MONTH: 'x.period' }[grouping as 'CAMPAIGN' | 'CHANNEL' | 'MONTH'];
  if (!key) throw new Error(`baseline campaignMeasures(): ${grouping} not implemented`);
  const { rows } = await ctx.db.query(
    `with x as (
        select s.campaign_id, ${month ? "to_char(s.date, 'YYYY-MM')" : 'null'} as period, sum(s.amount) as spend,
               0 as leads, 0 as scheduled, 0 as new_patients, 0 as lost, 0 as days
          from campaign_spend s where s.organization_id = $1 ${spendRange} group by 1, 2
        union all
        select l.campaign_id, ${month ? "to_char(l.inquiry_date, 'YYYY-MM')" : 'null'}, 0, count(*),
               count(l.scheduled_on), count(l.first_visit_on), count(*) filter (where l.stage = 'LOST'),
               coalesce(sum(l.first_visit_on - l.inquiry_date), 0)
          from leads l where l.organization_id = $1 and l.campaign_id is not null ${leadRange} group by 1, 2)
     select ${key} as key, min(${label}) as label, sum(x.spend) as spend, sum(x.leads) as leads, sum(x.scheduled) as scheduled,
            sum(x.new_patients) as new_patients, sum(x.lost) as lost, sum(x.days) as days,
            sum(x.new_patients * c.new_patient_value_estimate) as revenue
       from campaigns c ${month ? 'join' : 'left join'} x on x.campaign_id = c.id
      where c.organization_id = $1
      group by 1 order by 2`,
    params,
  );
  return rows.map((r) => {
    const t = {
      spend: r.spend ?? 0,
      leads: r.leads ?? 0,
      scheduled: r.scheduled ?? 0,
      newPatients: r.new_patients ?? 0,
      lost: r.lost ?? 0,
      days: r.days ?? 0,
      revenue: r.revenue ?? 0,
    };
    return {
      key: r.key,
      label: r.label,
      spend: t.spend,
      leads: t.leads,
      scheduled: t.scheduled,
      newPatients: t.newPatients,
      lost: t.lost,
      leadToScheduled: ratio(t.scheduled, t.leads),
      scheduledToNewPatient: ratio(t.newPatients, t.scheduled),
      leadToNewPatient: ratio(t.newPatients, t.leads),
      costPerLead: perUnit(t.spend, t.leads),
      costPerNewPatient: perUnit(t.spend, t.newPatients),
      attributedRevenue: t.revenue,
      roi: t.spend === 0 ? null : Math.round(((t.revenue - t.spend) / t.spend) * 10_000) / 10_000,
      daysToFirstVisit: t.newPatients === 0 ? null : Math.round((t.days / t.newPatients) * 10) / 10,
    };
  });
}

// ---- productivity ------------------------------------------------------------------------------

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** n / d rounded half away from zero (d > 0). */
function divRound(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = abs / d;
  const rounded = (abs % d) * 2n >= d ? q + 1n : q;
  return negative ? -rounded : rounded;
}

function periodOf(year: number, month: number | null, startMonth: number, asOf: string) {
  const months = fiscalMonths(year, startMonth);
  const last = months[11];
  const yearFrom = `${months[0].key}-01`;
  const yearTo = `${last.month === 12 ? `${last.year + 1}-01` : `${last.year}-${pad(last.month + 1)}`}-01`;
  let from = yearFrom;
  let to = yearTo;
  if (month !== null) {
    const m = months.find((x) => x.month === month)!;
    from = `${m.key}-01`;
    to = m.month === 12 ? `${m.year + 1}-01-01` : `${m.year}-${pad(m.month + 1)}-01`;
  }
  const elapsed = (a: string, b: string) => Math.max(0, Math.min(dayNumber(b) - dayNumber(a), dayNumber(asOf) - dayNumber(a) + 1));
  return {
    year,
    month,
    from,
    to,
    asOf,
    daysInPeriod: dayNumber(to) - dayNumber(from),
    daysElapsed: elapsed(from, to),
    yearFrom,
    yearTo,
    daysInYear: dayNumber(yearTo) - dayNumber(yearFrom),
    daysElapsedInYear: elapsed(yearFrom, yearTo),
  };
}
type Period = ReturnType<typeof periodOf>;

const annualize = (value: number, d: number, D: number) =>
  d <= 0 ? 0 : Number(divRound(BigInt(value) * BigInt(D), BigInt(Math.min(d, D))));

function projectedPay(plan: any, wrvu: number, collections: number, p: Period): number {
  const usesBase = plan.model === 'SALARY' || plan.model === 'SALARY_PLUS_PRODUCTIVITY';
  const usesWrvu = plan.model === 'PRODUCTIVITY' || plan.model === 'SALARY_PLUS_PRODUCTIVITY';
  const base = usesBase ? BigInt(plan.base_salary) : 0n;
  const d = p.daysElapsedInYear > 0 ? BigInt(Math.min(p.daysElapsedInYear, p.daysInYear)) : 1n;
  const D = p.daysElapsedInYear > 0 ? BigInt(p.daysInYear) : 0n;
  const aboveThreshold = () => {
    const excess = BigInt(wrvu) * D - BigInt(usesWrvu ? plan.wrvu_threshold_hundredths : 0) * d;
    return excess > 0n ? divRound(excess * BigInt(usesWrvu ? plan.rate_per_wrvu : 0), 100n * d) : 0n;
  };
  let pay: bigint;
  if (plan.model === 'SALARY') pay = base;
  else if (plan.model === 'PRODUCTIVITY') pay = aboveThreshold();
  else if (plan.model === 'SALARY_PLUS_PRODUCTIVITY') pay = base + aboveThreshold();
  else {
    const collected = BigInt(collections) * D;
    pay = collected > 0n ? divRound(collected * BigInt(plan.collections_bps), 10_000n * d) : 0n;
  }
  return Number(pay + BigInt(plan.quality_bonus));
}

function quantiles(values: number[]) {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    if (!v.length) return null;
    const h = (v.length - 1) * q;
    const lo = Math.floor(h);
    return Math.round(v[lo] + (h - lo) * ((v[lo + 1] ?? v[lo]) - v[lo]));
  };
  return { count: v.length, min: at(0), p25: at(0.25), median: at(0.5), p75: at(0.75), max: at(1) };
}

/**
 * Every provider's (or one provider's) visits, days worked, wRVUs, charges and collections for the
 * period and the year so far, with plan, target and today's seat: one statement. The projections
 * are integer arithmetic in JavaScript.
 */
async function providerRows(ctx: BaselineContext, p: Period, onlyProvider?: string) {
  const yearUpTo = p.asOf < p.yearTo ? addDays(p.asOf, 1) : p.yearTo;
  const periodUpTo = p.asOf < p.to ? addDays(p.asOf, 1) : p.to;
  const params = [ctx.organizationId, p.yearFrom, yearUpTo, p.from, periodUpTo, ...(onlyProvider ? [onlyProvider] : [])];
  const who = (column: string) => (onlyProvider ? `and ${column} = $6` : '');
  // The three big aggregates run side by side on the pool (as Praxis runs its statements), then meet in memory.
  const [lines, visits, money, people] = await Promise.all([
    ctx.db.query(
      `select s.provider_id, sum(s.wrvu_hundredths) as year_wrvu,
              sum(case when s.date_of_service >= $4 and s.date_of_service < $5 then s.wrvu_hundredths else 0 end) as wrvu,
              sum(case when s.date_of_service >= $4 and s.date_of_service < $5 then s.charge else 0 end) as charges
         from service_lines s where s.organization_id = $1 and s.date_of_service >= $2 and s.date_of_service < $3 ${who('s.provider_id')}
        group by s.provider_id`,
      params,
    ),
    ctx.db.query(
      `select e.provider_id, count(*) as visits, count(distinct e.date_of_service) as days
         from encounters e where e.organization_id = $1 and e.date_of_service >= $2 and e.date_of_service < $3 ${onlyProvider ? 'and e.provider_id = $4' : ''}
        group by e.provider_id`,
      [ctx.organizationId, p.from, periodUpTo, ...(onlyProvider ? [onlyProvider] : [])],
    ),
    ctx.db.query(
      `select c.provider_id, sum(c.amount) as year_collections,
              sum(case when c.posted_on >= $4 and c.posted_on < $5 then c.amount else 0 end) as collections
         from collections c where c.organization_id = $1 and c.posted_on >= $2 and c.posted_on < $3 ${who('c.provider_id')}
        group by c.provider_id`,
      params,
    ),
    ctx.db.query(
      `select e.id as e_id, e.first_name as e_first_name, e.last_name as e_last_name, e.category as e_category, e.hire_date, e.end_date,
              to_jsonb(pl) as plan, to_jsonb(t) as target, ${positionColumns}
         from employees e
         left join provider_plans pl on pl.provider_id = e.id and pl.year = $2 and pl.organization_id = $1
         left join productivity_targets t on t.provider_id = e.id and t.year = $2 and t.organization_id = $1
         left join assignments a on a.employee_id = e.id and a.organization_id = $1 and a.start_date <= $3 and (a.end_date is null or a.end_date > $3)
         left join positions p on p.id = a.position_id
         left join departments d on d.id = p.department_id
         left join locations l on l.id = p.location_id
        where e.organization_id = $1 and e.category in ('PHYSICIAN', 'NURSE_PRACTITIONER', 'PHYSICIAN_ASSISTANT', 'NURSE_MIDWIFE') ${onlyProvider ? 'and e.id = $4' : ''}
        order by e.last_name, e.first_name`,
      [ctx.organizationId, p.year, todayOf(ctx), ...(onlyProvider ? [onlyProvider] : [])],
    ),
  ]);
  const byProvider = (result: pg.QueryResult<any>) => new Map(result.rows.map((r) => [r.provider_id as string, r]));
  const [lineOf, visitOf, moneyOf] = [byProvider(lines), byProvider(visits), byProvider(money)];
  const rows = people.rows.map((r) => {
    const l = lineOf.get(r.e_id);
    const v = visitOf.get(r.e_id);
    const m = moneyOf.get(r.e_id);
    return {
      ...r,
      has_activity: !!(l || v || m),
      year_wrvu: l?.year_wrvu ?? 0,
      wrvu: l?.wrvu ?? 0,
      charges: l?.charges ?? 0,
      visits: v?.visits ?? 0,
      days: v?.days ?? 0,
      year_collections: m?.year_collections ?? 0,
      collections: m?.collections ?? 0,
    };
  });
  const ratio4 = (a: number, b: number | null) => (b ? Math.round((a / b) * 10_000) / 10_000 : null);
  const figure = (actual: number, target: number | null, rate = false) => {
    const expected =
      target === null ? null : rate ? target : Number(divRound(BigInt(target) * BigInt(p.daysElapsed), BigInt(p.daysInPeriod)));
    return {
      actual,
      target,
      expected,
      percentOfTarget: ratio4(actual, expected),
      projected: rate ? actual : annualize(actual, p.daysElapsed, p.daysInPeriod),
    };
  };
  return rows
    .filter((r) => onlyProvider || (r.hire_date < p.to && (!r.end_date || r.end_date >= p.from)) || r.has_activity || r.plan || r.target)
    .map((r) => {
      const t = r.target;
      const share = (v: number | undefined) => (t ? (p.month ? Number(divRound(BigInt(v!), 12n)) : v!) : null);
      const perDay = r.days ? Number(divRound(BigInt(r.visits) * 10n, BigInt(r.days))) : 0;
      const pay = r.plan ? projectedPay(r.plan, r.year_wrvu, r.year_collections, p) : null;
      const wrvu = figure(r.wrvu, share(t?.wrvu_hundredths));
      const d = p.daysElapsedInYear;
      const perWrvu =
        pay === null || d <= 0 || r.year_wrvu <= 0
          ? null
          : Number(divRound(BigInt(pay) * 100n * BigInt(Math.min(d, p.daysInYear)), BigInt(r.year_wrvu) * BigInt(p.daysInYear)));
      return {
        providerId: r.e_id,
        provider: { ...employeeOf(r), position: r.p_id ? positionOf(r) : null },
        year: p.year,
        month: p.month,
        asOf: p.asOf,
        from: p.from,
        to: p.to,
        daysInPeriod: p.daysInPeriod,
        daysElapsed: p.daysElapsed,
        visits: figure(r.visits, share(t?.visits)),
        daysWorked: r.days,
        patientsPerDayTenths: figure(perDay, t ? t.patients_per_day_tenths : null, true),
        wrvuHundredths: wrvu,
        charges: figure(r.charges, share(t?.charges)),
        collections: figure(r.collections, share(t?.collections)),
        belowTarget: wrvu.percentOfTarget !== null && wrvu.percentOfTarget < 1,
        plan: r.plan
          ? {
              id: r.plan.id,
              year: r.plan.year,
              model: r.plan.model,
              baseSalary: r.plan.base_salary,
              wrvuThresholdHundredths: r.plan.wrvu_threshold_hundredths,
              ratePerWrvu: r.plan.rate_per_wrvu,
              collectionsBps: r.plan.collections_bps,
              qualityBonus: r.plan.quality_bonus,
            }
          : null,
        target: t ? { id: t.id, year: t.year } : null,
        annualizedWrvuHundredths: annualize(r.year_wrvu, d, p.daysInYear),
        annualizedCollections: annualize(r.year_collections, d, p.daysInYear),
        projectedPay: pay,
        payPerWrvu: perWrvu,
      };
    });
}

async function fiscalStart(ctx: BaselineContext): Promise<number> {
  return (await ctx.db.query('select fiscal_year_start_month from organizations where id = $1', [ctx.organizationId])).rows[0]
    .fiscal_year_start_month;
}

async function productivity(ctx: BaselineContext, args: Args) {
  // The organization's fiscal start month comes with the request's membership in Praxis; here it is a lookup.
  const p = periodOf(args.year, args.month ?? null, await fiscalStart(ctx), args.asOf ?? todayOf(ctx));
  const providers = await providerRows(ctx, p);
  const activeRows = providers.filter((r) => r.visits.actual > 0);
  const sum = (f: (r: (typeof providers)[number]) => number) => providers.reduce((s, r) => s + f(r), 0);
  return {
    year: p.year,
    month: p.month,
    from: p.from,
    to: p.to,
    asOf: p.asOf,
    daysInPeriod: p.daysInPeriod,
    daysElapsed: p.daysElapsed,
    providers,
    distribution: {
      wrvuHundredths: quantiles(activeRows.map((r) => r.wrvuHundredths.actual)),
      visits: quantiles(activeRows.map((r) => r.visits.actual)),
      patientsPerDayTenths: quantiles(activeRows.map((r) => r.patientsPerDayTenths.actual)),
      charges: quantiles(activeRows.map((r) => r.charges.actual)),
      collections: quantiles(activeRows.map((r) => r.collections.actual)),
      wrvuPercentOfTargetBps: quantiles(
        activeRows
          .filter((r) => r.wrvuHundredths.percentOfTarget !== null)
          .map((r) => Math.round(r.wrvuHundredths.percentOfTarget! * 10_000)),
      ),
      payPerWrvu: quantiles(activeRows.filter((r) => r.payPerWrvu !== null).map((r) => r.payPerWrvu!)),
    },
    totals: {
      providers: providers.length,
      belowTarget: providers.filter((r) => r.belowTarget).length,
      visits: sum((r) => r.visits.actual),
      wrvuHundredths: sum((r) => r.wrvuHundredths.actual),
      wrvuTargetHundredths: sum((r) => r.wrvuHundredths.target ?? 0),
      charges: sum((r) => r.charges.actual),
      collections: sum((r) => r.collections.actual),
      projectedPay: sum((r) => r.projectedPay ?? 0),
    },
  };
}

async function myProductivity(ctx: BaselineContext, args: Args) {
  const { rows } = await ctx.db.query(
    `select e.id, e.category, o.fiscal_year_start_month from employees e join organizations o on o.id = e.organization_id
      where e.organization_id = $1 and e.user_id = $2`,
    [ctx.organizationId, ctx.userId],
  );
  const me = rows[0];
  if (!me || !['PHYSICIAN', 'NURSE_PRACTITIONER', 'PHYSICIAN_ASSISTANT', 'NURSE_MIDWIFE'].includes(me.category)) return null;
  const asOf = args.asOf ?? todayOf(ctx);
  const [y, m] = asOf.split('-').map(Number);
  const year = args.year ?? (m >= me.fiscal_year_start_month ? y : y - 1);
  const [row] = await providerRows(ctx, periodOf(year, args.month ?? null, me.fiscal_year_start_month, asOf), me.id);
  return row ?? null;
}

// ---- payables ----------------------------------------------------------------------------------

const OPEN_BILLS = `('RECEIVED', 'APPROVED', 'SCHEDULED', 'PARTIALLY_PAID')`;
/** What a hand-written endpoint assumes when the practice has saved no payables settings. */
const DEFAULT_APPROVAL_LIMITS: Record<string, number> = { OFFICE_MANAGER: 2_500_00, PRACTICE_MANAGER: 25_000_00 };
const PAYABLES_TEXT = {
  awaitingMyApproval: 'Awaiting my approval: bills entered but not approved, within your approval limit.',
  dueThisWeek: 'Due this week: approved or entered bills not yet paid, due today or in the next six days.',
  overdue: 'Overdue: bills not yet paid whose due date has passed.',
  discountsExpiring: 'Discounts expiring: bills not yet paid whose early-payment discount ends within the next seven days.',
  aging: 'Aging: what is still owed on unpaid bills, by days past the due date (current = not yet due).',
  onTime: 'On-time rate: of the bills settled in a month, the share whose last payment was on or before the due date.',
  discounts:
    'Discounts taken: early-payment discounts taken with payments in the last twelve months; missed: those offered on bills settled in that time but paid after the discount date.',
};
const billOf = (r: any) => ({
  id: r.id,
  invoiceNumber: r.invoice_number,
  invoiceDate: r.invoice_date,
  dueDate: r.due_date,
  discountDate: r.discount_date,
  status: r.status,
  total: r.total,
  balance: r.balance,
  holdReason: r.hold_reason,
  vendor: { id: r.vendor_id, name: r.vendor_name },
});
/** n ÷ d to four decimals, rounded half away from zero (n, d ≥ 0); null when d is 0. */
const rate4 = (n: number, d: number) => (d === 0 ? null : Math.floor((n * 10_000 * 2 + d) / (2 * d)) / 10_000);

async function payablesLimits(ctx: BaselineContext) {
  const { rows } = await ctx.db.query('select approval_limits from payables_settings where organization_id = $1', [ctx.organizationId]);
  const limits: Record<string, number> = rows[0]?.approval_limits ?? DEFAULT_APPROVAL_LIMITS;
  return ctx.role in limits ? limits[ctx.role] : null;
}

/**
 * The office manager's payables overview in one statement: the work lists' counts and first five
 * bills, aging, on-time months, discounts and the year's top vendors, as JSON built by the database.
 */
async function payablesOverview(ctx: BaselineContext) {
  const today = todayOf(ctx);
  const weekEnd = addDays(today, 7);
  const mayApprove = ctx.capabilities.has('PAYABLES_APPROVE');
  const limit = await payablesLimits(ctx);
  const [y, m] = today.split('-').map(Number);
  const firstMonth = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10);
  const params = [
    ctx.organizationId,
    today,
    weekEnd,
    limit,
    firstMonth,
    addDays(today, -365),
    addDays(today, -30),
    addDays(today, -60),
    addDays(today, -90),
  ];
  const list = (where: string, order: string) => `(select coalesce(json_agg(x), '[]') from (
      select b.id, b.invoice_number, b.invoice_date, b.due_date, b.discount_date, b.status, b.total, b.hold_reason,
             b.total - b.amount_paid - b.discount_taken as balance, v.id as vendor_id, v.name as vendor_name
        from bills b join vendors v on v.id = b.vendor_id
       where b.organization_id = $1 and ${where} order by ${order}, b.id limit 5) x)`;
  const awaiting = `b.status = 'RECEIVED' and ($4::bigint is null or b.total <= $4::bigint)`;
  const dueSoon = `b.status in ${OPEN_BILLS} and b.due_date >= $2::date and b.due_date < $3::date`;
  const overdue = `b.status in ${OPEN_BILLS} and b.due_date < $2::date`;
  const discounts = `b.status in ${OPEN_BILLS} and b.discount_amount > 0 and b.discount_date >= $2::date and b.discount_date < $3::date`;
  const bal = 'b.total - b.amount_paid - b.discount_taken';
  const { rows } = await ctx.db.query(
    `with counts as (
       select count(*) filter (where ${awaiting}) as awaiting, coalesce(sum(b.total) filter (where ${awaiting}), 0) as awaiting_amount,
              count(*) filter (where ${dueSoon}) as due_soon, coalesce(sum(${bal}) filter (where ${dueSoon}), 0) as due_soon_amount,
              count(*) filter (where ${overdue}) as overdue, coalesce(sum(${bal}) filter (where ${overdue}), 0) as overdue_amount,
              count(*) filter (where ${discounts}) as discounts,
              coalesce(sum(b.discount_amount - b.discount_taken) filter (where ${discounts}), 0) as discounts_amount,
              count(*) filter (where b.status in ${OPEN_BILLS} and b.due_date >= $2::date) as n_current,
              coalesce(sum(${bal}) filter (where b.status in ${OPEN_BILLS} and b.due_date >= $2::date), 0) as a_current,
              count(*) filter (where b.status in ${OPEN_BILLS} and b.due_date < $2::date and b.due_date >= $7::date) as n_1_30,
              coalesce(sum(${bal}) filter (where b.status in ${OPEN_BILLS} and b.due_date < $2::date and b.due_date >= $7::date), 0) as a_1_30,
              count(*) filter (where b.status in ${OPEN_BILLS} and b.due_date < $7::date and b.due_date >= $8::date) as n_31_60,
              coalesce(sum(${bal}) filter (where b.status in ${OPEN_BILLS} and b.due_date < $7::date and b.due_date >= $8::date), 0) as a_31_60,
              count(*) filter (where b.status in ${OPEN_BILLS} and b.due_date < $8::date and b.due_date >= $9::date) as n_61_90,
              coalesce(sum(${bal}) filter (where b.status in ${OPEN_BILLS} and b.due_date < $8::date and b.due_date >= $9::date), 0) as a_61_90,
              count(*) filter (where b.status in ${OPEN_BILLS} and b.due_date < $9::date) as n_over_90,
              coalesce(sum(${bal}) filter (where b.status in ${OPEN_BILLS} and b.due_date < $9::date), 0) as a_over_90
         from bills b where b.organization_id = $1 and b.status in ${OPEN_BILLS}),
     paid as (
       select b.paid_on, b.due_date, b.discount_amount, b.discount_taken, b.discount_date
         from bills b where b.organization_id = $1 and b.status = 'PAID' and b.paid_on >= $6::date and b.paid_on <= $2::date),
     fy as (select make_date(case when ${m} < fiscal_year_start_month then ${y - 1} else ${y} end, fiscal_year_start_month, 1) as start
              from organizations where id = $1)
     select row_to_json(counts) as counts,
            ${mayApprove ? list(awaiting, 'b.invoice_date') : `'[]'::json`} as awaiting_list,
            ${list(dueSoon, 'b.due_date')} as due_soon_list,
            ${list(overdue, 'b.due_date')} as overdue_list,
            ${list(discounts, 'b.discount_date')} as discounts_list,
            (select coalesce(json_agg(x), '[]') from (select to_char(paid_on, 'YYYY-MM') as month, count(*) as paid,
                     count(*) filter (where paid_on <= due_date) as on_time
                from paid where paid_on >= $5::date group by 1) x) as on_time,
            (select coalesce(sum(p.discount), 0) from bill_payments p where p.organization_id = $1 and p.voided_at is null
               and p.paid_on > $6::date and p.paid_on <= $2::date) as taken,
            (select coalesce(sum(discount_amount - discount_taken), 0) from paid
              where discount_amount > 0 and paid_on > $6::date and paid_on > discount_date) as missed,
            (select coalesce(json_agg(x), '[]') from (
               select b.vendor_id, v.name, v.category, sum(b.total) as amount, count(*) as bills
                 from bills b join vendors v on v.id = b.vendor_id
                where b.organization_id = $1 and b.status <> 'VOID' and b.invoice_date >= (select start from fy) and b.invoice_date <= $2::date
                group by b.vendor_id, v.name, v.category order by sum(b.total) desc limit 10) x) as top_vendors
       from counts`,
    params,
  );
  const r = rows[0];
  const c = r.counts;
  const n = (v: unknown) => Number(v ?? 0);
  const work = (key: keyof typeof PAYABLES_TEXT, count: unknown, amount: unknown, bills: any[]) => ({
    count: n(count),
    amount: n(amount),
    bills: bills.map(billOf),
    definition: PAYABLES_TEXT[key],
  });
  const aging = [
    ['CURRENT', 'Not yet due', c.n_current, c.a_current],
    ['1_30', '1–30 days past due', c.n_1_30, c.a_1_30],
    ['31_60', '31–60 days', c.n_31_60, c.a_31_60],
    ['61_90', '61–90 days', c.n_61_90, c.a_61_90],
    ['OVER_90', 'Over 90 days', c.n_over_90, c.a_over_90],
  ].map(([key, label, count, amount]) => ({ key, label, count: n(count), amount: n(amount) }));
  const months = new Map<string, any>(r.on_time.map((x: any) => [x.month, x]));
  return {
    asOf: today,
    awaitingMyApproval: mayApprove
      ? work('awaitingMyApproval', c.awaiting, c.awaiting_amount, r.awaiting_list)
      : work('awaitingMyApproval', 0, 0, []),
    dueThisWeek: work('dueThisWeek', c.due_soon, c.due_soon_amount, r.due_soon_list),
    overdue: work('overdue', c.overdue, c.overdue_amount, r.overdue_list),
    discountsExpiring: work('discountsExpiring', c.discounts, c.discounts_amount, r.discounts_list),
    aging,
    openBalance: aging.reduce((s, b) => s + b.amount, 0),
    onTime: Array.from({ length: 12 }, (_, i) => {
      const month = new Date(Date.UTC(y, m - 12 + i, 1)).toISOString().slice(0, 7);
      const paid = n(months.get(month)?.paid);
      const onTime = n(months.get(month)?.on_time);
      return { month, paid, onTime, rate: rate4(onTime, paid) };
    }),
    discountsTaken: n(r.taken),
    discountsMissed: n(r.missed),
    topVendors: r.top_vendors.map((v: any) => ({
      vendorId: v.vendor_id,
      vendorName: v.name,
      category: v.category,
      amount: n(v.amount),
      bills: n(v.bills),
    })),
    definitions: Object.values(PAYABLES_TEXT),
  };
}

async function myPayablesRights(ctx: BaselineContext) {
  const canApprove = ctx.capabilities.has('PAYABLES_APPROVE');
  return { canApprove, canEnter: ctx.capabilities.has('PAYABLES_ENTER'), approvalLimit: canApprove ? await payablesLimits(ctx) : null };
}

async function payablesSettings(ctx: BaselineContext) {
  const { rows } = await ctx.db.query(
    `select id, basis, separate_approver_and_payer, near_duplicate_days, match_tolerance_bps, match_tolerance_max
       from payables_settings where organization_id = $1`,
    [ctx.organizationId],
  );
  const s = rows[0];
  if (!s) throw new Error('the baseline reads saved payables settings: the practice has none');
  return {
    id: s.id,
    basis: s.basis,
    separateApproverAndPayer: s.separate_approver_and_payer,
    nearDuplicateDays: s.near_duplicate_days,
    matchToleranceBps: s.match_tolerance_bps,
    matchToleranceMax: s.match_tolerance_max,
  };
}

async function purchaseOrders(ctx: BaselineContext, args: Args) {
  const statuses: string[] | null = args.statuses?.length ? args.statuses : null;
  const { rows } = await ctx.db.query(
    `select o.id, o.number, o.status from purchase_orders o
      where o.organization_id = $1 and ($2::text[] is null or o.status = any($2)) and ($3::uuid is null or o.vendor_id = $3)
      order by o.created_at desc, o.number desc limit 500`,
    [ctx.organizationId, statuses, args.vendorId ?? null],
  );
  return rows;
}

/** A page of bills, soonest due first, and how many match: the page and the count side by side. */
async function bills(ctx: BaselineContext, args: Args) {
  const filter = args.filter ?? {};
  const statuses: string[] = filter.statuses?.length ? filter.statuses : ['RECEIVED', 'APPROVED', 'SCHEDULED', 'PARTIALLY_PAID', 'PAID'];
  const search = filter.search?.trim().replace(/[%_]/g, '') || null;
  const where = `b.organization_id = $1 and b.status = any($2) and ($3::uuid is null or b.vendor_id = $3) and ($4::date is null or b.due_date < $4)
    and ($5::text is null or b.invoice_number like '%' || $5 || '%' or v.name like '%' || $5 || '%')`;
  const params = [ctx.organizationId, statuses, filter.vendorId ?? null, filter.dueBefore ?? null, search];
  const [page, count] = await Promise.all([
    ctx.db.query(
      `select b.id, b.invoice_number, b.invoice_date, b.due_date, b.discount_date, b.status, b.total, b.hold_reason,
              case when b.status = 'VOID' then 0 else b.total - b.amount_paid - b.discount_taken end as balance,
              case when b.status in ${OPEN_BILLS} then greatest(0, $8::date - b.due_date) else 0 end as days_past_due,
              v.id as vendor_id, v.name as vendor_name
         from bills b join vendors v on v.id = b.vendor_id
        where ${where} order by b.due_date, b.invoice_date, b.id limit $6 offset $7`,
      [...params, args.limit ?? 50, args.offset ?? 0, todayOf(ctx)],
    ),
    ctx.db.query(`select count(*) as n from bills b join vendors v on v.id = b.vendor_id where ${where}`, params),
  ]);
  return { total: count.rows[0].n, bills: page.rows.map((r) => ({ ...billOf(r), daysPastDue: r.days_past_due })) };
}

/** Baseline resolvers by top-level Query field. */
export const BASELINE: Record<string, FieldResolver> = {
  headcount,
  vacancies,
  orgChart,
  myTeam,
  employees,
  employee,
  auditLog,
  varianceReport,
  currentBudget,
  budgets,
  compensationCycles,
  currentCompensationCycle,
  campaignMeasures,
  productivity,
  myProductivity,
  payablesOverview,
  myPayablesRights,
  payablesSettings,
  purchaseOrders,
  bills,
};

/** A document's answer from the baseline: its top-level fields' statements run together, cut to the document's shape. */
export async function baselineAnswer(ctx: BaselineContext, plan: Plan): Promise<Record<string, unknown>> {
  const results = await Promise.all(
    plan.calls.map((c) => {
      const resolve = BASELINE[c.field];
      if (!resolve) throw new Error(`no hand-written baseline for Query.${c.field}: add one to tests/bench/baselines.ts`);
      return resolve(ctx, c.args);
    }),
  );
  const byKey = Object.fromEntries(plan.calls.map((c, i) => [c.key, results[i]]));
  await auditPayReads(ctx, plan, byKey);
  return projectRoot(byKey, plan.shape);
}

const PAY_FIELDS = ['payPerWrvu', 'projectedPay'];
const PLAN_FIELDS = ['baseSalary', 'collectionsBps', 'model', 'qualityBonus', 'ratePerWrvu', 'wrvuThresholdHundredths'];

/**
 * Praxis writes a READ entry to the audit log for every provider whose pay or plan terms someone
 * else reads. Where the answer holds such fields, the baseline writes the same entries, in one
 * INSERT … SELECT.
 */
async function auditPayReads(ctx: BaselineContext, plan: Plan, results: Record<string, any>) {
  const rows: [string, string, string][] = [];
  for (const call of plan.calls) {
    if (call.field !== 'productivity') continue;
    const providers = plan.shape.fields.find((f) => f.key === call.key)?.sub?.fields.find((f) => f.name === 'providers');
    if (!providers?.sub) continue;
    const pay = providers.sub.fields.filter((f) => PAY_FIELDS.includes(f.name));
    const planShape = providers.sub.fields.find((f) => f.name === 'plan')?.sub?.fields.filter((f) => PLAN_FIELDS.includes(f.name)) ?? [];
    for (const r of results[call.key].providers) {
      const read = [...new Set(pay.filter((f) => r[f.name] !== null).map((f) => f.name))].sort();
      if (read.length) rows.push(['ProviderPay', r.providerId, JSON.stringify({ fields: read })]);
      const planRead = r.plan ? [...new Set(planShape.filter((f) => r.plan[f.name] !== null).map((f) => f.name))].sort() : [];
      if (planRead.length) rows.push(['ProviderPlan', r.plan.id, JSON.stringify({ fields: planRead })]);
    }
  }
  if (!rows.length) return;
  await ctx.db.query(
    `insert into audit_entries (id, organization_id, at, actor_id, actor_role, action, entity_name, entity_id, after, correlation_id)
     select gen_random_uuid(), $1, now(), $2, $3, 'READ', x.entity, x.id, x.after::jsonb, 'bench-baseline'
       from unnest($4::text[], $5::text[], $6::text[]) as x(entity, id, after)`,
    [ctx.organizationId, ctx.userId, ctx.role, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
  );
}
