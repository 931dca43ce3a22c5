import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors';
import { editLockedBecause } from './orgchart.access';
import { isIsoDate } from '../../core/dates';
import { tenantRows } from '../../core/query';
import {
  ADVANCED_PRACTICE,
  Assignment,
  Department,
  Employee,
  Location,
  Position,
  PositionTier,
  ReportingLine,
  StaffCategory,
  isProvider,
} from './orgchart.entity';
import type {
  ClosePositionInput,
  CreatePositionInput,
  EmployeeFilter,
  HireEmployeeInput,
  MovePositionInput,
  TerminateEmployeeInput,
  TransferEmployeeInput,
  UpdateEmployeeInput,
} from './orgchart.inputs';
import type { Headcount, OrgChart, OrgChartNode } from './orgchart.types';
import { fromScaled } from '../../core/exact';

const activeOn = (date: string, from: string, to: string) => ({
  [from]: { $lte: date },
  $or: [{ [to]: null }, { [to]: { $gt: date } }],
});

function checkDate(field: string, value: string): string {
  if (!isIsoDate(value)) throw new ValidationError(field, 'Enter a date as YYYY-MM-DD.');
  return value;
}

function requireText(field: string, value: string | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw new ValidationError(field, 'This field is required.');
  if (text.length > max) throw new ValidationError(field, `Use at most ${max} characters.`);
  return text;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What a new seat needs, whether opened on its own or together with a hire. */
interface SeatFields {
  title: string;
  category: StaffCategory;
  tier: PositionTier;
  departmentId?: string | null;
  locationId?: string | null;
  reportsToId?: string | null;
  clinicalSupervisorId?: string | null;
  openedOn: string;
}

/** The tier a seat of this category sits in unless told otherwise. */
function tierFor(category: StaffCategory): PositionTier {
  if (isProvider(category)) return PositionTier.PROVIDER;
  if (category === StaffCategory.MANAGEMENT) return PositionTier.MANAGER;
  return PositionTier.STAFF;
}

export class OrgChartService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  // ---- reading -------------------------------------------------------------------------------

  /** The whole chart as of a date in three statements, however large the practice. */
  async chart(asOf = this.ctx.today()): Promise<OrgChart> {
    checkDate('asOf', asOf);
    const [positions, lines, assignments] = await Promise.all([
      this.em.find(Position, activeOn(asOf, 'openedOn', 'closedOn'), {
        populate: ['department', 'location'],
        strategy: 'joined',
        orderBy: { title: 'asc' },
      }),
      this.em.find(ReportingLine, activeOn(asOf, 'effectiveFrom', 'effectiveTo')),
      this.em.find(Assignment, activeOn(asOf, 'startDate', 'endDate'), {
        populate: ['employee'],
        strategy: 'joined',
      }),
    ]);
    return assembleChart(
      asOf,
      positions,
      lines.map((l) => ({
        positionId: l.position.id,
        reportsToId: l.reportsTo?.id ?? null,
        supervisorId: l.clinicalSupervisor?.id ?? null,
      })),
      new Map(assignments.map((a) => [a.position.id, a.employee])),
    );
  }

  /**
   * The same chart for the read-only view, from plain rows: hydrating 16,000 entities for a
   * 4,000-seat group took over a second of the request; these rows take tens of milliseconds.
   * Internal callers use `chart()` (entities they can change and relate to).
   */
  async chartView(asOf = this.ctx.today()): Promise<OrgChart> {
    checkDate('asOf', asOf);
    type PositionRow = {
      id: string;
      title: string;
      category: string;
      tier: string;
      opened_on: unknown;
      closed_on: unknown;
      version: number;
      department_id: string | null;
      department_name: string | null;
      department_version: number | null;
      location_id: string | null;
      location_name: string | null;
      location_address: string | null;
      location_version: number | null;
    };
    type LineRow = { position_id: string; reports_to_id: string | null; clinical_supervisor_id: string | null };
    type OccupantRow = {
      position_id: string;
      id: string;
      first_name: string;
      last_name: string;
      work_email: string;
      category: string;
      employment_type: string;
      fte_hundredths: number;
      hire_date: unknown;
      end_date: unknown;
      user_id: string | null;
      version: number;
    };
    const [positions, lines, occupants] = await Promise.all([
      tenantRows<PositionRow>(this.em, Position, 'p', (qb) =>
        qb
          .select([
            'p.id',
            'p.title',
            'p.category',
            'p.tier',
            'p.openedOn',
            'p.closedOn',
            'p.version',
            raw('d.id as department_id'),
            raw('d.name as department_name'),
            raw('d.version as department_version'),
            raw('l.id as location_id'),
            raw('l.name as location_name'),
            raw('l.address as location_address'),
            raw('l.version as location_version'),
          ])
          .leftJoin('p.department', 'd')
          .leftJoin('p.location', 'l')
          .where(activeOn(asOf, 'openedOn', 'closedOn'))
          .orderBy({ title: 'asc' }),
      ),
      tenantRows<LineRow>(this.em, ReportingLine, 'r', (qb) =>
        qb.select(['r.position', 'r.reportsTo', 'r.clinicalSupervisor']).where(activeOn(asOf, 'effectiveFrom', 'effectiveTo')),
      ),
      tenantRows<OccupantRow>(this.em, Assignment, 'a', (qb) =>
        qb
          .select([
            'a.position',
            raw('e.id as id'),
            raw('e.first_name as first_name'),
            raw('e.last_name as last_name'),
            raw('e.work_email as work_email'),
            raw('e.category as category'),
            raw('e.employment_type as employment_type'),
            raw('e.fte_hundredths as fte_hundredths'),
            raw('e.hire_date as hire_date'),
            raw('e.end_date as end_date'),
            raw('e.user_id as user_id'),
            raw('e.version as version'),
          ])
          .join('a.employee', 'e')
          .where(activeOn(asOf, 'startDate', 'endDate')),
      ),
    ]);
    const place = (id: string | null, name: string | null, extra: Record<string, unknown> = {}) => (id ? { id, name, ...extra } : null);
    const views = positions.map((p) => ({
      id: p.id,
      title: p.title,
      category: p.category,
      tier: p.tier,
      openedOn: isoDate(p.opened_on),
      closedOn: isoDate(p.closed_on),
      version: p.version,
      // Every field Department and Location declare: a plain row stands in for the entity.
      department: place(p.department_id, p.department_name, { version: p.department_version }),
      location: place(p.location_id, p.location_name, { address: p.location_address, version: p.location_version }),
    }));
    const employeeOf = new Map(
      occupants.map((o) => [
        o.position_id,
        {
          // type-graphql copies these onto an Employee, whose getters give fullName and fte.
          id: o.id,
          firstName: o.first_name,
          lastName: o.last_name,
          workEmail: o.work_email,
          category: o.category,
          employmentType: o.employment_type,
          fteHundredths: o.fte_hundredths,
          hireDate: isoDate(o.hire_date),
          endDate: isoDate(o.end_date),
          user: o.user_id ? { id: o.user_id } : null,
          version: o.version,
        },
      ]),
    );
    return assembleChart(
      asOf,
      views as unknown as Position[],
      lines.map((l) => ({ positionId: l.position_id, reportsToId: l.reports_to_id, supervisorId: l.clinical_supervisor_id })),
      employeeOf as unknown as Map<string, Employee>,
    );
  }

  /** From the position up to the top of the chart. */
  async chainOfCommand(positionId: string, asOf = this.ctx.today()): Promise<OrgChartNode[]> {
    const chart = await this.chart(asOf);
    const byId = new Map(chart.nodes.map((n) => [n.id, n]));
    if (!byId.has(positionId)) throw new NotFoundError('Position', positionId);
    const chain: OrgChartNode[] = [];
    for (let node = byId.get(positionId); node && !chain.includes(node); node = byId.get(node.reportsToId ?? '')) {
      chain.push(node);
    }
    return chain;
  }

  async headcount(asOf = this.ctx.today()): Promise<Headcount> {
    checkDate('asOf', asOf);
    type CategoryRow = { category: StaffCategory; headcount: number | string; fte: number | string };
    type TierRow = { tier: PositionTier; n: number | string };
    const [byCategory, filledByTier, seatsByTier] = await Promise.all([
      tenantRows<CategoryRow>(this.em, Assignment, 'a', (qb) =>
        qb
          .select(['e.category as category', raw('count(*) as headcount'), raw('sum(e.fte_hundredths) as fte')])
          .join('a.employee', 'e')
          .where(activeOn(asOf, 'a.startDate', 'a.endDate'))
          .groupBy('e.category'),
      ),
      tenantRows<TierRow>(this.em, Assignment, 'a', (qb) =>
        qb
          .select(['p.tier as tier', raw('count(*) as n')])
          .join('a.position', 'p')
          .where(activeOn(asOf, 'a.startDate', 'a.endDate'))
          .groupBy('p.tier'),
      ),
      tenantRows<TierRow>(this.em, Position, 'p', (qb) =>
        qb
          .select(['p.tier as tier', raw('count(*) as n')])
          .where(activeOn(asOf, 'p.openedOn', 'p.closedOn'))
          .groupBy('p.tier'),
      ),
    ]);
    const categories = byCategory.map((r) => ({
      category: r.category,
      headcount: Number(r.headcount),
      fte: fromScaled(Number(r.fte), 2),
    }));
    const tiers = Object.values(PositionTier).map((tier) => {
      const filledSeats = Number(filledByTier.find((r) => r.tier === tier)?.n ?? 0);
      const seatCount = Number(seatsByTier.find((r) => r.tier === tier)?.n ?? 0);
      return { tier, headcount: filledSeats, vacancies: Math.max(0, seatCount - filledSeats) };
    });
    return {
      asOf,
      total: categories.reduce((s, c) => s + c.headcount, 0),
      totalFte: fromScaled(
        byCategory.reduce((s, r) => s + Number(r.fte), 0),
        2,
      ),
      vacancies: tiers.reduce((s, t) => s + t.vacancies, 0),
      byCategory: categories,
      byTier: tiers,
    };
  }

  /** Open seats with nobody assigned on the date: one statement (`not exists`), whatever the headcount. */
  async vacancies(asOf = this.ctx.today()): Promise<Position[]> {
    checkDate('asOf', asOf);
    const unfilled = raw(
      (alias) =>
        `not exists (select 1 from assignments a where a.position_id = ${alias}.id` +
        ` and a.organization_id = ${alias}.organization_id and a.start_date <= ? and (a.end_date is null or a.end_date > ?))`,
      [asOf, asOf],
    );
    return this.em.find(
      Position,
      { ...activeOn(asOf, 'openedOn', 'closedOn'), [unfilled]: [] },
      { populate: ['department', 'location'], strategy: 'joined', orderBy: { title: 'asc' } },
    );
  }

  /**
   * The seats reporting directly to the viewer's seat, as the whole chart would show them, but loading
   * only those seats: four statements however large the practice (the viewer's seat, then together the
   * team's lines with their positions, the team's occupants and its report counts summed by the database).
   */
  async myTeam(asOf = this.ctx.today()): Promise<OrgChartNode[]> {
    checkDate('asOf', asOf);
    const mine = await this.em.findOne(Assignment, {
      ...activeOn(asOf, 'startDate', 'endDate'),
      employee: { user: this.ctx.user!.id },
    });
    if (!mine) return [];
    const boss = mine.position.id;
    const onTeam = raw(
      (alias) =>
        `${alias}.position_id in (select l.position_id from reporting_lines l` +
        ` where l.organization_id = ? and l.reports_to_id = ? and l.effective_from <= ? and (l.effective_to is null or l.effective_to > ?))`,
      [this.ctx.organizationId, boss, asOf, asOf],
    );
    const [lines, counts, assignments] = await Promise.all([
      // Department and location in the same statement: loading them later would race other resolvers
      // for the identity map and make the statement count depend on timing.
      this.em.find(
        ReportingLine,
        {
          ...activeOn(asOf, 'effectiveFrom', 'effectiveTo'),
          reportsTo: { id: boss, ...activeOn(asOf, 'openedOn', 'closedOn') },
          position: activeOn(asOf, 'openedOn', 'closedOn'),
        },
        {
          populate: ['position.department', 'position.location', 'clinicalSupervisor'],
          strategy: 'joined',
          orderBy: { position: { title: 'asc', id: 'asc' } },
        },
      ),
      this.reportCounts(boss, asOf),
      // The occupants of the seats with a line to the viewer's (open or not: only open ones are used).
      this.em.find(Assignment, { ...activeOn(asOf, 'startDate', 'endDate'), [onTeam]: [] }, { populate: ['employee'], strategy: 'joined' }),
    ]);
    const employeeOf = new Map(assignments.map((a) => [a.position.id, a.employee]));
    const isOpen = (p: Position) => p.openedOn <= asOf && (!p.closedOn || p.closedOn > asOf);
    const seen = new Set<string>();
    return lines
      .filter((l) => !seen.has(l.position.id) && seen.add(l.position.id))
      .map((line) => {
        const supervisor = line.clinicalSupervisor;
        const count = counts.get(line.position.id);
        return {
          id: line.position.id,
          position: line.position,
          employee: employeeOf.get(line.position.id) ?? null,
          reportsToId: boss,
          clinicalSupervisorId: supervisor && isOpen(supervisor) ? supervisor.id : null,
          directReports: count?.direct ?? 0,
          totalReports: count?.total ?? 0,
        };
      });
  }

  /**
   * For each seat reporting to `boss`: how many seats report to it directly, and directly or through
   * others, counting as `chart` does only lines in effect and seats open on the date. One recursive
   * statement; `union` (not `union all`) stops at a cycle.
   */
  private async reportCounts(boss: string, asOf: string): Promise<Map<string, { direct: number; total: number }>> {
    const org = this.ctx.organizationId;
    const openOn = (p: string) => `${p}.organization_id = ? and ${p}.opened_on <= ? and (${p}.closed_on is null or ${p}.closed_on > ?)`;
    // `materialized`: SQLite would otherwise evaluate the joins of `edges` again at every step.
    const sql = `with recursive edges as materialized (
        select l.position_id as child, l.reports_to_id as parent
        from reporting_lines l
        join positions c on c.id = l.position_id and ${openOn('c')}
        join positions p on p.id = l.reports_to_id and ${openOn('p')}
        where l.organization_id = ? and l.effective_from <= ? and (l.effective_to is null or l.effective_to > ?)
      ),
      below (root, id) as (
        select e.parent, e.child from edges e join edges t on t.child = e.parent where t.parent = ?
        union
        select b.root, e.child from below b join edges e on e.parent = b.id
      )
      select e.parent as id, 'direct' as kind, count(*) as n
        from edges e join edges t on t.child = e.parent where t.parent = ? group by e.parent
      union all
      select root, 'total', count(*) from below group by root`;
    const params = [org, asOf, asOf, org, asOf, asOf, org, asOf, asOf, boss, boss];
    const rows = await this.em.getConnection().execute<{ id: string; kind: 'direct' | 'total'; n: number | string }[]>(sql, params);
    const counts = new Map<string, { direct: number; total: number }>();
    for (const row of rows) {
      const count = counts.get(row.id) ?? { direct: 0, total: 0 };
      count[row.kind] = Number(row.n);
      counts.set(row.id, count);
    }
    return counts;
  }

  employees(filter?: EmployeeFilter): Promise<Employee[]> {
    const where: Record<string, unknown> = {};
    if (!filter?.includeFormer) where.$or = [{ endDate: null }, { endDate: { $gt: this.ctx.today() } }];
    if (filter?.categories?.length) where.category = { $in: filter.categories };
    const search = filter?.search?.trim();
    // SQLite refuses LIKE patterns above 50,000 bytes; nobody searches a name with more than this.
    if (search && search.length > 200) throw new ValidationError('filter.search', 'Search for at most 200 characters.');
    if (search) {
      const like = { $like: `%${search.replace(/[%_]/g, '')}%` };
      where.$and = [{ $or: [{ firstName: like }, { lastName: like }, { workEmail: like }] }];
    }
    return this.em.find(Employee, where, { orderBy: { lastName: 'asc', firstName: 'asc' }, limit: 2000 });
  }

  async employee(id: string): Promise<Employee> {
    const employee = await this.em.findOne(Employee, { id });
    if (!employee) throw new NotFoundError('Employee', id);
    return employee;
  }

  async position(id: string): Promise<Position> {
    const position = await this.em.findOne(Position, { id }, { populate: ['department', 'location'] });
    if (!position) throw new NotFoundError('Position', id);
    return position;
  }

  /** Current seat of each employee, in one statement for the whole list. */
  async currentPositions(employeeIds: string[], asOf = this.ctx.today()): Promise<Map<string, Position>> {
    const assignments = await this.em.find(
      Assignment,
      { employee: { $in: employeeIds }, ...activeOn(asOf, 'startDate', 'endDate') },
      // Department and location come in the same statement: loading them later would race other
      // resolvers for the identity map and make the statement count depend on timing.
      { populate: ['position.department', 'position.location'], strategy: 'joined' },
    );
    return new Map(assignments.map((a) => [a.employee.id, a.position]));
  }

  locations(): Promise<Location[]> {
    return this.em.find(Location, {}, { orderBy: { name: 'asc' } });
  }

  departments(): Promise<Department[]> {
    return this.em.find(Department, {}, { orderBy: { name: 'asc' } });
  }

  // ---- changing ------------------------------------------------------------------------------

  async createPosition(input: CreatePositionInput): Promise<Position> {
    this.requireEditRight(input.category);
    const openedOn = checkDate('input.openedOn', input.openedOn);
    const position = await this.openSeat({ ...input, openedOn }, 'input');
    await this.em.flush();
    return position;
  }

  /** Re-parents a position from a date. Refuses a line that would make anyone their own superior. */
  async movePosition(input: MovePositionInput): Promise<Position> {
    const date = checkDate('input.effectiveDate', input.effectiveDate);
    const position = await this.openPosition(input.positionId, date, 'input.positionId');
    this.requireEditRight(position.category);
    const reportsTo = input.reportsToId ? await this.openPosition(input.reportsToId, date, 'input.reportsToId') : null;
    if (reportsTo?.id === position.id) {
      throw new ValidationError('input.reportsToId', 'A position cannot report to itself.');
    }
    const supervisor = await this.supervisorFor(position.category, input.clinicalSupervisorId, date);
    const lines = await this.em.find(ReportingLine, { $or: [{ effectiveTo: null }, { effectiveTo: { $gt: date } }] });
    const own = lines.filter((l) => l.position.id === position.id);
    if (own.some((l) => l.effectiveFrom > date)) {
      throw new ValidationError(
        'input.effectiveDate',
        'A later change of this position is already scheduled; move it on or after that date.',
      );
    }
    if (reportsTo) this.refuseCycle(position, reportsTo, date, lines);
    const current = own.find((l) => l.effectiveFrom <= date && (!l.effectiveTo || l.effectiveTo > date));
    if (current && current.effectiveFrom === date) {
      current.reportsTo = reportsTo;
      current.clinicalSupervisor = supervisor;
    } else {
      if (current) current.effectiveTo = date;
      this.em.create(ReportingLine, {
        organization: this.ctx.organizationId,
        position,
        reportsTo,
        clinicalSupervisor: supervisor,
        effectiveFrom: date,
      });
    }
    await this.em.flush();
    return position;
  }

  async closePosition(input: ClosePositionInput): Promise<Position> {
    const date = checkDate('input.closedOn', input.closedOn);
    const position = await this.openPosition(input.positionId, date, 'input.positionId');
    this.requireEditRight(position.category);
    if (date < position.openedOn) throw new ValidationError('input.closedOn', 'A position cannot close before it opened.');
    if (await this.isFilled(position, date)) {
      throw new ValidationError('input.positionId', 'Someone fills this position: transfer or terminate them first.');
    }
    const reports = await this.em.count(ReportingLine, {
      reportsTo: position,
      ...activeOn(date, 'effectiveFrom', 'effectiveTo'),
    });
    if (reports > 0) {
      throw new ValidationError('input.positionId', `${reports} position(s) report to this one: move them first.`);
    }
    position.closedOn = date;
    await this.em.flush();
    return position;
  }

  /**
   * Hires a person into a vacant seat, into a new seat opened with them (`newPosition`), or into none.
   * Every lookup comes before the first change: the ORM flushes pending changes before a query that
   * touches them, so a later refusal would otherwise leave the seat or the person behind.
   */
  async hire(input: HireEmployeeInput): Promise<Employee> {
    this.requireEditRight(input.category);
    const hireDate = checkDate('input.hireDate', input.hireDate);
    if (input.positionId && input.newPosition) {
      throw new ValidationError('input.newPosition', 'Fill a vacant seat or open a new one, not both.');
    }
    const firstName = requireText('input.firstName', input.firstName, 100);
    const lastName = requireText('input.lastName', input.lastName, 100);
    const workEmail = await this.checkEmail('input.workEmail', input.workEmail);
    const fteHundredths = this.checkFte('input.fte', input.fte);
    const seat = input.newPosition
      ? await this.openSeat(
          { ...input.newPosition, category: input.category, tier: input.newPosition.tier ?? tierFor(input.category), openedOn: hireDate },
          'input.newPosition',
        )
      : input.positionId
        ? await this.vacantSeat(input.positionId, hireDate, 'input.positionId')
        : null;
    const employee = this.em.create(Employee, {
      organization: this.ctx.organizationId,
      firstName,
      lastName,
      workEmail,
      category: input.category,
      employmentType: input.employmentType,
      fteHundredths,
      hireDate,
    });
    if (seat) this.em.create(Assignment, { organization: this.ctx.organizationId, employee, position: seat, startDate: hireDate });
    await this.em.flush();
    return employee;
  }

  async update(input: UpdateEmployeeInput): Promise<Employee> {
    const employee = await this.employee(input.employeeId);
    this.requireEditRight(employee.category);
    if (employee.version !== input.expectedVersion) {
      throw new ConflictError('Someone else saved this person since you opened it. Review their change and try again.', {
        version: employee.version,
        firstName: employee.firstName,
        lastName: employee.lastName,
        workEmail: employee.workEmail,
        employmentType: employee.employmentType,
        fte: employee.fte,
      });
    }
    if (input.firstName !== undefined) employee.firstName = requireText('input.firstName', input.firstName, 100);
    if (input.lastName !== undefined) employee.lastName = requireText('input.lastName', input.lastName, 100);
    if (input.workEmail !== undefined) employee.workEmail = await this.checkEmail('input.workEmail', input.workEmail, employee.id);
    if (input.employmentType !== undefined && input.employmentType !== null) employee.employmentType = input.employmentType;
    if (input.fte !== undefined && input.fte !== null) employee.fteHundredths = this.checkFte('input.fte', input.fte);
    await this.em.flush();
    return employee;
  }

  async transfer(input: TransferEmployeeInput): Promise<Employee> {
    const date = checkDate('input.effectiveDate', input.effectiveDate);
    const employee = await this.employee(input.employeeId);
    this.requireEditRight(employee.category);
    const current = await this.em.findOne(Assignment, { employee, ...activeOn(date, 'startDate', 'endDate') });
    if (current?.position.id === input.positionId) {
      throw new ValidationError('input.positionId', 'This person already fills that position.');
    }
    const position = await this.vacantSeat(input.positionId, date, 'input.positionId');
    if (current) current.endDate = date;
    this.em.create(Assignment, { organization: this.ctx.organizationId, employee, position, startDate: date });
    await this.em.flush();
    return employee;
  }

  async terminate(input: TerminateEmployeeInput): Promise<Employee> {
    const date = checkDate('input.endDate', input.endDate);
    const employee = await this.employee(input.employeeId);
    this.requireEditRight(employee.category);
    if (date <= employee.hireDate) throw new ValidationError('input.endDate', 'The end date must come after the hire date.');
    if (employee.endDate) throw new ValidationError('input.employeeId', 'This person has already left.');
    employee.endDate = date;
    const open = await this.em.find(Assignment, { employee, $or: [{ endDate: null }, { endDate: { $gt: date } }] });
    for (const a of open) a.endDate = date > a.startDate ? date : a.startDate;
    await this.em.flush();
    return employee;
  }

  // ---- rules ---------------------------------------------------------------------------------

  private requireEditRight(category: StaffCategory): void {
    const refused = editLockedBecause(this.ctx, category);
    if (refused) throw new ForbiddenError(refused);
  }

  /**
   * A new seat and its first reporting line, not yet flushed; the caller has checked the right to edit
   * the category and the date. Errors name the fields under `at` (`input` or `input.newPosition`).
   */
  private async openSeat(seat: SeatFields, at: string): Promise<Position> {
    const title = requireText(`${at}.title`, seat.title, 160);
    const department = seat.departmentId ? await this.found(Department, seat.departmentId, `${at}.departmentId`) : null;
    const location = seat.locationId ? await this.found(Location, seat.locationId, `${at}.locationId`) : null;
    const reportsTo = seat.reportsToId ? await this.openPosition(seat.reportsToId, seat.openedOn, `${at}.reportsToId`) : null;
    const supervisor = await this.supervisorFor(seat.category, seat.clinicalSupervisorId, seat.openedOn, `${at}.clinicalSupervisorId`);
    // Created only now: a query after these would flush them even if a later check refused the change.
    const position = this.em.create(Position, {
      organization: this.ctx.organizationId,
      title,
      category: seat.category,
      tier: seat.tier,
      department,
      location,
      openedOn: seat.openedOn,
    });
    this.em.create(ReportingLine, {
      organization: this.ctx.organizationId,
      position,
      reportsTo,
      clinicalSupervisor: supervisor,
      effectiveFrom: seat.openedOn,
    });
    return position;
  }

  /** An open seat nobody fills on the date, that the actor may fill. */
  private async vacantSeat(positionId: string, date: string, field: string): Promise<Position> {
    const position = await this.openPosition(positionId, date, field);
    this.requireEditRight(position.category);
    if (await this.isFilled(position, date)) {
      throw new ValidationError(field, `${position.title} is already filled.`);
    }
    return position;
  }

  private async isFilled(position: Position, date: string): Promise<boolean> {
    return (await this.em.count(Assignment, { position, ...activeOn(date, 'startDate', 'endDate') })) > 0;
  }

  private async found<T extends Department | Location>(entity: new () => T, id: string, field: string): Promise<T> {
    const found = await this.em.findOne(entity as never, { id } as never);
    if (!found) throw new ValidationError(field, 'No such record in this organization.');
    return found as T;
  }

  private async openPosition(id: string, date: string, field: string): Promise<Position> {
    const position = await this.em.findOne(Position, { id });
    if (!position) throw new ValidationError(field, 'No such position in this organization.');
    if (position.openedOn > date || (position.closedOn && position.closedOn <= date)) {
      throw new ValidationError(field, `${position.title} is not open on ${date}.`);
    }
    return position;
  }

  private async supervisorFor(
    category: StaffCategory,
    supervisorId: string | null | undefined,
    date: string,
    field = 'input.clinicalSupervisorId',
  ) {
    if (!supervisorId) return null;
    if (!ADVANCED_PRACTICE.includes(category)) {
      throw new ValidationError(field, 'Only advanced-practice positions have a clinical supervisor.');
    }
    const supervisor = await this.openPosition(supervisorId, date, field);
    if (supervisor.category !== StaffCategory.PHYSICIAN) {
      throw new ValidationError(field, 'A clinical supervisor must be a physician position.');
    }
    return supervisor;
  }

  /** Walks up from the new parent on the move date and every later change date. */
  private refuseCycle(position: Position, reportsTo: Position, date: string, lines: ReportingLine[]) {
    const dates = [...new Set([date, ...lines.map((l) => l.effectiveFrom).filter((d) => d > date)])];
    for (const day of dates) {
      const parent = new Map<string, string | undefined>();
      for (const l of lines) {
        if (l.effectiveFrom <= day && (!l.effectiveTo || l.effectiveTo > day)) parent.set(l.position.id, l.reportsTo?.id);
      }
      parent.set(position.id, reportsTo.id);
      const seen = new Set<string>();
      for (let at: string | undefined = reportsTo.id; at; at = parent.get(at)) {
        if (at === position.id) {
          throw new ValidationError(
            'input.reportsToId',
            `${position.title} cannot report to ${reportsTo.title}: ${reportsTo.title} already reports to ${position.title}, directly or through others.`,
          );
        }
        if (seen.has(at)) break;
        seen.add(at);
      }
    }
  }

  /** A work email names one person in the organization (the tenant filter scopes the count to it). */
  private async checkEmail(field: string, value: string, employeeId?: string): Promise<string> {
    const email = requireText(field, value, 254).toLowerCase();
    if (!EMAIL.test(email)) throw new ValidationError(field, 'Enter an email address like name@practice.com.');
    if (await this.em.count(Employee, { workEmail: email, ...(employeeId ? { id: { $ne: employeeId } } : {}) })) {
      throw new ValidationError(field, 'Another employee already has this work email.');
    }
    return email;
  }

  private checkFte(field: string, fte: number): number {
    const hundredths = Math.round(fte * 100);
    if (!Number.isFinite(fte) || hundredths <= 0 || hundredths > 100 || Math.abs(fte * 100 - hundredths) > 1e-6) {
      throw new ValidationError(field, 'FTE is a number from 0.01 to 1.00 with at most two decimals.');
    }
    return hundredths;
  }
}

/** Reporting lines into a tree: each seat with its line, occupant and span of control. */
function assembleChart(
  asOf: string,
  positions: Position[],
  lines: { positionId: string; reportsToId: string | null; supervisorId: string | null }[],
  employeeOf: Map<string, Employee>,
): OrgChart {
  const open = new Set(positions.map((p) => p.id));
  const lineOf = new Map(lines.map((l) => [l.positionId, l]));
  const children = new Map<string, string[]>();
  for (const line of lines) {
    const parent = line.reportsToId;
    if (!parent || !open.has(parent) || !open.has(line.positionId)) continue;
    const kids = children.get(parent);
    if (kids) kids.push(line.positionId);
    else children.set(parent, [line.positionId]);
  }
  const totals = new Map<string, number>();
  const totalOf = (id: string, seen = new Set<string>()): number => {
    const known = totals.get(id);
    if (known !== undefined) return known;
    seen.add(id);
    const kids = (children.get(id) ?? []).filter((k) => !seen.has(k));
    const total = kids.reduce((sum, k) => sum + 1 + totalOf(k, seen), 0);
    totals.set(id, total);
    return total;
  };
  const nodes: OrgChartNode[] = positions.map((position) => {
    const line = lineOf.get(position.id);
    const reportsToId = line?.reportsToId;
    const supervisorId = line?.supervisorId;
    return {
      id: position.id,
      position,
      employee: employeeOf.get(position.id) ?? null,
      reportsToId: reportsToId && open.has(reportsToId) ? reportsToId : null,
      clinicalSupervisorId: supervisorId && open.has(supervisorId) ? supervisorId : null,
      directReports: children.get(position.id)?.length ?? 0,
      totalReports: totalOf(position.id),
    };
  });
  return { asOf, nodes };
}

/** A date column as the ORM returns it (YYYY-MM-DD), whether the driver gave a string or a Date. */
function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date)
    return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  return String(value).slice(0, 10);
}
