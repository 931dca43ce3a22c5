import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { now } from '../../core/dates';
import { Organization, User } from '../../core/organization.entity';
import { Budget, BudgetStatus } from '../budget/budget.entity';
import { CompensationCycle, CycleStatus, Proposal } from '../compensation/compensation.entity';
import { Notification } from './notification.entity';

/**
 * Issue 19.10: what waits for someone reaches them. A budget submitted reaches the approvers, sent
 * back reaches whoever submitted it; proposals made by a manager reach the administrator, and so
 * does a cycle in which everyone has a proposal. Each person reads and clears only their own.
 */
let env: TestEnv;
let admin: ApiClient;
let pm: ApiClient;
let provider: ApiClient;
let users: Record<string, string>;
let riversideId: string;

const LIST = `query ($first: Int, $unreadOnly: Boolean) { notifications(first: $first, unreadOnly: $unreadOnly) {
  id kind title text target targetId readAt createdAt } unreadNotificationCount }`;
const MARK = 'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { id kind readAt } }';
const WORKSHEET = 'query ($id: ID!) { cycleWorksheet(cycleId: $id) { id version employeeId name category lockedBecause proposedBy } }';
const PROPOSE = 'mutation ($input: ProposalInput!) { proposeRaise(input: $input) { id } }';

const list = async (client: ApiClient, variables: Record<string, unknown> = {}) =>
  expectNoErrors(await client.gql(LIST, variables)) as { notifications: any[]; unreadNotificationCount: number };

/** Every notification about one record, as the database holds them: recipient's email and kind. */
async function sentAbout(targetId: string) {
  const rows = await env.orm.em.fork().find(Notification, { targetId }, { filters: false, populate: ['recipient'] });
  return rows.map((n) => `${n.recipient.email} ${n.kind}`).sort();
}

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('administrator@demo.test');
  pm = await env.as('practice-manager@demo.test');
  provider = await env.as('provider@demo.test');
  const em = env.orm.em.fork();
  users = Object.fromEntries((await em.find(User, {})).map((u) => [u.email, u.id]));
  riversideId = (await em.findOneOrFail(Organization, { slug: 'riverside' })).id;
});
afterAll(() => env?.close());

describe('budget notifications', () => {
  let budgetId: string;

  it('starts with the demo history read: no unread notification for anyone', async () => {
    for (const client of [admin, pm, provider]) expect((await list(client)).unreadNotificationCount).toBe(0);
    expect((await list(admin)).notifications.map((n) => n.kind)).toEqual(['BUDGET_SUBMITTED']);
    expect((await list(pm)).notifications.map((n) => n.kind)).toEqual(['BUDGET_APPROVED']);
  });

  it('tells the approvers, and only them, when the practice manager submits a budget', async () => {
    const draft = await env.orm.em
      .fork()
      .findOneOrFail(Budget, { organization: riversideId, status: BudgetStatus.DRAFT }, { filters: false });
    budgetId = draft.id;
    expectNoErrors(await pm.gql('mutation ($id: ID!) { submitBudget(id: $id) { status } }', { id: budgetId }));
    expect(await sentAbout(budgetId)).toEqual(['administrator@demo.test BUDGET_SUBMITTED']);
    const mine = await list(admin);
    expect(mine.unreadNotificationCount).toBe(1);
    expect(mine.notifications[0]).toMatchObject({
      kind: 'BUDGET_SUBMITTED',
      title: `Fiscal ${draft.fiscalYear} original budget submitted for your approval`,
      target: 'BUDGET',
      targetId: budgetId,
      readAt: null,
    });
    expect(mine.notifications[0].text).toMatch(/^\S.* submitted it\.$/);
    expect((await list(pm)).unreadNotificationCount).toBe(0);
  });

  it('tells whoever submitted it, with the comment, when the administrator sends it back', async () => {
    expectNoErrors(
      await admin.gql('mutation ($id: ID!) { rejectBudget(id: $id, comment: "Supplies look low for Oak Hill") { status } }', {
        id: budgetId,
      }),
    );
    expect(await sentAbout(budgetId)).toEqual(['administrator@demo.test BUDGET_SUBMITTED', 'practice-manager@demo.test BUDGET_SENT_BACK']);
    const mine = await list(pm, { unreadOnly: true });
    expect(mine.unreadNotificationCount).toBe(1);
    expect(mine.notifications).toHaveLength(1);
    expect(mine.notifications[0].title).toMatch(/original budget sent back$/);
    expect(mine.notifications[0].text).toContain('“Supplies look low for Oak Hill”');
  });

  it('lets nobody else read or clear them', async () => {
    const pmNote = (await list(pm, { unreadOnly: true })).notifications[0];
    // The administrator's list holds only hers; naming the practice manager's is NOT_FOUND and changes nothing.
    expect((await list(admin)).notifications.map((n) => n.id)).not.toContain(pmNote.id);
    const taken = await admin.gql(MARK, { input: { ids: [pmNote.id] } });
    expect(taken.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await provider.gql(MARK, { input: { ids: [pmNote.id] } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await provider.gql(MARK, { input: { all: true } })).data?.markNotificationsRead).toEqual([]);
    expect((await list(provider)).notifications).toEqual([]);
    expect((await list(pm)).unreadNotificationCount).toBe(1);
    // Signed out: nothing at all.
    expect((await env.anonymous().gql('{ unreadNotificationCount }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The same user in another practice sees that practice's only: the consultant has none in Lakeside.
    const consultant = await env.as('consultant@demo.test', { organization: 'lakeside' });
    expect((await list(consultant)).unreadNotificationCount).toBe(0);
  });

  it('marks read: the named ones, then all; the count drops and stays down', async () => {
    const [first] = (await list(pm, { unreadOnly: true })).notifications;
    const marked = expectNoErrors(await pm.gql(MARK, { input: { ids: [first.id] } })).markNotificationsRead;
    expect(marked).toHaveLength(1);
    expect(marked[0].readAt).not.toBeNull();
    expect((await list(pm)).unreadNotificationCount).toBe(0);
    expect((await list(pm, { unreadOnly: true })).notifications).toEqual([]);
    // Marking again keeps the first time it was read.
    const again = expectNoErrors(await pm.gql(MARK, { input: { ids: [first.id] } })).markNotificationsRead;
    expect(again[0].readAt).toBe(marked[0].readAt);
    const all = expectNoErrors(await admin.gql(MARK, { input: { all: true } })).markNotificationsRead;
    expect(all.map((n: any) => n.kind)).toEqual(['BUDGET_SUBMITTED']);
    expect((await list(admin)).unreadNotificationCount).toBe(0);
    // Asking for neither is a typed error.
    expect((await pm.gql(MARK, { input: {} })).errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.ids' });
    expect((await pm.gql(LIST, { first: 0 })).errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'first' });
  });

  it('tells the preparer when it is approved, and nothing reaches the one who acted', async () => {
    expectNoErrors(await pm.gql('mutation ($id: ID!) { submitBudget(id: $id) { status } }', { id: budgetId }));
    expectNoErrors(await admin.gql('mutation ($id: ID!) { approveBudget(id: $id) { status } }', { id: budgetId }));
    expect(await sentAbout(budgetId)).toEqual([
      'administrator@demo.test BUDGET_SUBMITTED',
      'administrator@demo.test BUDGET_SUBMITTED',
      'practice-manager@demo.test BUDGET_APPROVED',
      'practice-manager@demo.test BUDGET_SENT_BACK',
    ]);
  });

  it('writes nothing when the transition is refused', async () => {
    const before = await sentAbout(budgetId);
    expect((await pm.gql('mutation ($id: ID!) { submitBudget(id: $id) { status } }', { id: budgetId })).errors?.[0].extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(await sentAbout(budgetId)).toEqual(before);
  });
});

describe('merit cycle notifications', () => {
  let cycleId: string;
  let open: any[];

  beforeAll(async () => {
    const em = env.orm.em.fork();
    const cycle = await em.findOneOrFail(CompensationCycle, { organization: riversideId, status: CycleStatus.OPEN }, { filters: false });
    cycleId = cycle.id;
    const rows = expectNoErrors(await pm.gql(WORKSHEET, { id: cycleId })).cycleWorksheet as any[];
    open = rows.filter((r) => !r.lockedBecause && !r.proposedBy).slice(0, 2);
    expect(open).toHaveLength(2);
    // Everyone else has a proposal already — except the administrator, whose raise nobody here may propose.
    const keep = new Set(open.map((r) => r.id));
    const proposals = await em.find(Proposal, { cycle, proposedAt: null }, { filters: false, populate: ['employee'] });
    for (const p of proposals) if (!keep.has(p.id) && p.employee.user?.id !== users['administrator@demo.test']) p.proposedAt = now();
    await em.flush();
    expectNoErrors(await admin.gql(MARK, { input: { all: true } })); // the budget's, from above
  });

  const propose = (row: any) =>
    pm.gql(PROPOSE, { input: { id: row.id, expectedVersion: row.version, rating: 3, meritBps: 300, adjustment: 0, bonus: 0 } });

  it('gathers a manager’s proposals into one unread item for the administrator', async () => {
    expectNoErrors(await propose(open[0]));
    expect(await sentAbout(cycleId)).toEqual(['administrator@demo.test PROPOSALS_TO_REVIEW']);
    const [item] = (await list(admin, { unreadOnly: true })).notifications;
    expect(item).toMatchObject({ kind: 'PROPOSALS_TO_REVIEW', target: 'COMPENSATION_CYCLE', targetId: cycleId });
    expect(item.text).toContain(`has proposed for 1 person, most recently ${open[0].name}.`);
  });

  it('tells the administrator the cycle waits for approval once the last person has a proposal', async () => {
    expectNoErrors(await propose(open[1]));
    expect(await sentAbout(cycleId)).toEqual([
      'administrator@demo.test CYCLE_AWAITING_APPROVAL',
      'administrator@demo.test PROPOSALS_TO_REVIEW',
    ]);
    const mine = await list(admin, { unreadOnly: true });
    expect(mine.unreadNotificationCount).toBe(2);
    expect(mine.notifications.map((n) => n.kind)).toEqual(['CYCLE_AWAITING_APPROVAL', 'PROPOSALS_TO_REVIEW']);
    expect(mine.notifications[1].text).toContain(`has proposed for 2 people, most recently ${open[1].name}.`);
  });

  it('does not tell the administrator about her own proposals', async () => {
    expectNoErrors(await admin.gql(MARK, { input: { all: true } }));
    const rows = expectNoErrors(await admin.gql(WORKSHEET, { id: cycleId })).cycleWorksheet as any[];
    const row = rows.find((r) => r.id === open[0].id);
    expectNoErrors(
      await admin.gql(PROPOSE, { input: { id: row.id, expectedVersion: row.version, rating: 4, meritBps: 350, adjustment: 0, bonus: 0 } }),
    );
    expect((await list(admin)).unreadNotificationCount).toBe(0);
  });
});
