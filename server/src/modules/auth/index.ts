import { NOTHING, defineModule } from '../../core/module';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle.entity';
import { Session } from './session.entity';
import { RecordOwnerResolver } from './record-owner';

/** Sign-in, sessions and the viewer. */
export const authModule = defineModule({
  name: 'auth',
  entities: [Session, LoginThrottle],
  resolvers: [AuthResolver, RecordOwnerResolver],
  matrix: {
    'Query.viewer': { query: '{ viewer { id } }' },
    'Query.recordOwner': { query: `{ recordOwner(kind: BUDGET, id: "${NOTHING}") { organizationId } }` },
    'Mutation.login': { query: 'mutation { login(email: "nobody@demo.test", password: "wrong-wrong") { token } }' },
    'Mutation.logout': { query: 'mutation { logout }' },
  },
});
