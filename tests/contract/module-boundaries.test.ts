import { describe, it } from 'vitest';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { noForeignEntityWrites } from '../../server/eslint/module-boundaries.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as never, ecmaVersion: 2022, sourceType: 'module' } });
const inCampaigns = '/repo/server/src/modules/campaign/campaign.service.ts';

tester.run('no-foreign-entity-writes', noForeignEntityWrites as never, {
  valid: [
    { filename: inCampaigns, code: "import { Campaign } from './campaign.entity';\nthis.em.create(Campaign, {});" },
    { filename: inCampaigns, code: "import { LedgerEntry } from '../ledger/ledger.entity';\nthis.em.find(LedgerEntry, {});" },
    { filename: inCampaigns, code: "import type { LedgerEntry } from '../ledger/ledger.entity';\nlet x: LedgerEntry;" },
    {
      filename: '/repo/server/src/modules/campaign/campaign.test.ts',
      code: "import { LedgerEntry } from '../ledger/ledger.entity';\nem.create(LedgerEntry, {});",
    },
  ],
  invalid: [
    {
      filename: inCampaigns,
      code: "import { LedgerEntry } from '../ledger/ledger.entity';\nthis.em.create(LedgerEntry, {});",
      errors: [{ messageId: 'foreign', data: { entity: 'LedgerEntry', owner: 'ledger', call: 'create()' } }],
    },
    {
      filename: inCampaigns,
      code: "import { BudgetLine as Line } from '../budget/budget.entity';\nawait em.nativeUpdate(Line, {}, {});\nnew Line();",
      errors: [{ messageId: 'foreign' }, { messageId: 'foreign' }],
    },
  ],
});
