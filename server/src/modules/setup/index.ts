import { defineModule } from '../../core/module';
import { SetupResolver } from './setup.resolver';

/** A practice's first run: which areas it has started using (the navigation shows those) and its setup steps. */
export const setupModule = defineModule({
  name: 'setup',
  resolvers: [SetupResolver],
  matrix: {
    'Query.practiceSetup': { query: '{ practiceSetup { areasInUse } }' },
  },
});
