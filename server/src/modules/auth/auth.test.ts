import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type TestEnv } from '../../test/harness';
import { Session } from './session.entity';
import { User } from '../../core/organization.entity';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token viewer { email current { role organizationName } } } }';
const VIEWER =
  '{ viewer { displayName memberships { organizationName role endsOn } current { role organizationName } capabilities employeeId } }';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env?.close());

describe('sign-in', () => {
  it('returns a token and sets an httpOnly, SameSite=Strict cookie', async () => {
    const result = await env.anonymous().gql(LOGIN, { email: 'Office-Manager@Demo.test ', password: 'praxis-demo' });
    const data = expectNoErrors(result);
    expect(data.login.token).toMatch(/^[\w-]{40,}$/);
    expect(data.login.viewer.current).toEqual({ role: 'OFFICE_MANAGER', organizationName: 'Riverside Family Medicine' });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/praxis_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('stores the password as an argon2id hash with at least OWASP parameters', async () => {
    const user = await env.orm.em.fork().findOneOrFail(User, { email: 'administrator@demo.test' }, { populate: ['passwordHash'] });
    const [, algorithm, , params] = user.passwordHash.split('$');
    expect(algorithm).toBe('argon2id');
    const p = Object.fromEntries(params.split(',').map((kv) => kv.split('=')));
    expect(Number(p.m)).toBeGreaterThanOrEqual(19456);
    expect(Number(p.t)).toBeGreaterThanOrEqual(2);
    expect(Number(p.p)).toBeGreaterThanOrEqual(1);
  });

  it('refuses a wrong password with UNAUTHENTICATED and the same message as an unknown email', async () => {
    const wrong = await env.anonymous().gql(LOGIN, { email: 'assistant@demo.test', password: 'nope-nope-nope' });
    const unknown = await env.anonymous().gql(LOGIN, { email: 'nobody@demo.test', password: 'nope-nope-nope' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('names the field at fault for empty input', async () => {
    const result = await env.anonymous().gql(LOGIN, { email: ' ', password: 'x' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'email' });
  });

  it('locks an account for a while after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      await env.anonymous().gql(LOGIN, { email: 'staff@demo.test', password: `wrong-${i}` });
    }
    const locked = await env.anonymous().gql(LOGIN, { email: 'staff@demo.test', password: 'praxis-demo' });
    expect(locked.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('sign-in under attack', () => {
  const answer = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code ?? 'OK';
  // Every test here starts with clean counters: the demo users sign in again in later tests.
  afterEach(() => env.orm.em.fork().getConnection().execute('delete from login_throttles'));

  it('checks at most the allowed number of passwords when forty guesses arrive at once, and locks the right one out too', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => env.anonymous().gql(LOGIN, { email: 'assistant@demo.test', password: `guess-${i}` })),
    );
    const codes = guesses.map(answer);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(35);
    expect(answer(await env.anonymous().gql(LOGIN, { email: 'assistant@demo.test', password: 'praxis-demo' }))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('answers an unknown email exactly as a real account, locked after the same number of failures', async () => {
    const attempts = async (email: string) => {
      const codes: string[] = [];
      for (let i = 0; i < 7; i++) codes.push(answer(await env.anonymous().gql(LOGIN, { email, password: `wrong-${i}` })));
      return codes;
    };
    const real = await attempts('provider@demo.test');
    const unknown = await attempts('nobody-here@demo.test');
    expect(unknown).toEqual(real);
    expect(real.slice(0, 5).every((c) => c === 'UNAUTHENTICATED') && real.slice(5).every((c) => c === 'TOO_MANY_ATTEMPTS')).toBe(true);
  });

  it('throttles one client address trying many accounts', async () => {
    const previous = process.env.LOGIN_ADDRESS_MAX_FAILURES;
    process.env.LOGIN_ADDRESS_MAX_FAILURES = '12';
    try {
      const tries = await Promise.all(
        Array.from({ length: 40 }, (_, i) => env.anonymous().gql(LOGIN, { email: `probe-${i}@demo.test`, password: 'wrong-wrong' })),
      );
      const codes = tries.map(answer);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(12);
      expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(28);
      // A right password from the same address waits too, until the window passes.
      expect(answer(await env.anonymous().gql(LOGIN, { email: 'office-manager@demo.test', password: 'praxis-demo' }))).toBe(
        'TOO_MANY_ATTEMPTS',
      );
    } finally {
      if (previous === undefined) delete process.env.LOGIN_ADDRESS_MAX_FAILURES;
      else process.env.LOGIN_ADDRESS_MAX_FAILURES = previous;
    }
  });

  it('gives a successful sign-in its attempt back, so a busy front desk behind one address is not throttled', async () => {
    const previous = process.env.LOGIN_ADDRESS_MAX_FAILURES;
    process.env.LOGIN_ADDRESS_MAX_FAILURES = '3';
    try {
      for (let i = 0; i < 6; i++)
        expect(answer(await env.anonymous().gql(LOGIN, { email: 'practice-manager@demo.test', password: 'praxis-demo' }))).toBe('OK');
    } finally {
      if (previous === undefined) delete process.env.LOGIN_ADDRESS_MAX_FAILURES;
      else process.env.LOGIN_ADDRESS_MAX_FAILURES = previous;
    }
  });
});

describe('sessions', () => {
  it('accepts the bearer token and the cookie, and logout revokes the session', async () => {
    const api = await env.as('practice-manager@demo.test');
    expect(expectNoErrors(await api.gql(VIEWER)).viewer.current.role).toBe('PRACTICE_MANAGER');
    const byCookie = await env.anonymous().gql(VIEWER, undefined, { cookie: `praxis_session=${api.token}` });
    expect(expectNoErrors(byCookie).viewer.displayName).toBe('Marcus Bell');
    expectNoErrors(await api.gql('mutation { logout }'));
    const after = await api.gql(VIEWER);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('expires a session after idle time and absolutely', async () => {
    const idle = await env.as('assistant@demo.test');
    const absolute = await env.as('assistant@demo.test');
    const em = env.orm.em.fork();
    const sessions = await em.find(Session, { user: { email: 'assistant@demo.test' }, revokedAt: null }, { orderBy: { createdAt: 'asc' } });
    const { hashToken } = await import('./session.service');
    const idleSession = sessions.find((s) => s.tokenHash === hashToken(idle.token!))!;
    idleSession.lastSeenAt = new Date(Date.now() - 31 * 60_000);
    const absoluteSession = sessions.find((s) => s.tokenHash === hashToken(absolute.token!))!;
    absoluteSession.expiresAt = new Date(Date.now() - 1000);
    await em.flush();
    expect((await idle.gql(VIEWER)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await absolute.gql(VIEWER)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores only a hash of the token', async () => {
    const api = await env.as('provider@demo.test');
    const em = env.orm.em.fork();
    expect(await em.count(Session, { tokenHash: api.token! })).toBe(0);
  });
});

describe('the viewer', () => {
  it('tells the SPA today’s calendar day in the organization, the day the tests are fixed to', async () => {
    const manager = await env.as('office-manager@demo.test');
    expect(expectNoErrors(await manager.gql('{ viewer { today } }')).viewer.today).toBe(process.env.PRAXIS_TODAY);
  });

  it('says whether they are a provider, who has productivity of their own', async () => {
    const provider = await env.as('provider@demo.test');
    expect(expectNoErrors(await provider.gql('{ viewer { isProvider employeeId } }')).viewer).toMatchObject({ isProvider: true });
    const manager = await env.as('practice-manager@demo.test');
    expect(expectNoErrors(await manager.gql('{ viewer { isProvider } }')).viewer.isProvider).toBe(false);
  });
});

describe('organizations', () => {
  it('lets a consultant with two memberships choose the organization per request', async () => {
    const consultant = await env.as('consultant@demo.test');
    const viewer = expectNoErrors(await consultant.gql(VIEWER)).viewer;
    expect(viewer.memberships.map((m: any) => m.organizationName)).toEqual(['Lakeside Pediatrics', 'Riverside Family Medicine']);
    expect(viewer.memberships.every((m: any) => m.endsOn)).toBe(true);
    expect(viewer.current).toBeNull();

    const unchosen = await consultant.gql('{ headcount { total } }');
    expect(unchosen.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(unchosen.errors?.[0].message).toMatch(/X-Praxis-Organization/);

    const lakeside = await env.as('consultant@demo.test', { organization: 'lakeside' });
    expect(expectNoErrors(await lakeside.gql('{ headcount { total } }')).headcount.total).toBe(4);
    const riverside = await env.as('consultant@demo.test', { organization: await env.organizationId('riverside') });
    expect(expectNoErrors(await riverside.gql('{ headcount { total } }')).headcount.total).toBeGreaterThan(40);
  });

  it('ignores an organization the user is not a member of', async () => {
    const owner = await env.as('owner@demo.test', { organization: 'riverside' });
    const result = await owner.gql('{ headcount { total } }');
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('ends a consultant’s access on the membership end date', async () => {
    const em = env.orm.em.fork();
    const { Membership } = await import('../../core/organization.entity');
    const memberships = await em.find(Membership, { user: { email: 'consultant@demo.test' } });
    for (const m of memberships) m.endsOn = '2020-01-01';
    await em.flush();
    const consultant = await env.as('consultant@demo.test', { organization: 'lakeside' });
    const result = await consultant.gql('{ headcount { total } }');
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(expectNoErrors(await consultant.gql(VIEWER)).viewer.memberships).toEqual([]);
  });
});
