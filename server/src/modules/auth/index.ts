import { defineModule } from '../../core/module';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle.entity';
import { Session } from './session.entity';

/** Sign-in, sessions and the viewer. */
export const authModule = defineModule({
  name: 'auth',
  entities: [Session, LoginThrottle],
  resolvers: [AuthResolver],
  matrix: {
    'Query.viewer': { query: '{ viewer { id } }' },
    'Mutation.login': { query: 'mutation { login(email: "nobody@demo.test", password: "wrong-wrong") { token } }' },
    'Mutation.logout': { query: 'mutation { logout }' },
  },
});
