import { describe, it } from 'vitest';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';
import { noFloatDivision } from '../../server/eslint/exact-figures.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ts = new RuleTester({ languageOptions: { parser: tseslint.parser as never, ecmaVersion: 2022, sourceType: 'module' } });
ts.run('no-float-division', noFloatDivision as never, {
  valid: [
    { code: 'const share = ratio(spend, budget, 4);' },
    { code: 'const cents = quotient(spend, newPatients);' },
    { code: "const path = 'a / b';" },
  ],
  invalid: [
    { code: 'const roi = (revenue - spend) / spend;', errors: [{ messageId: 'division' }] },
    { code: 'x /= 100;', errors: [{ messageId: 'division' }] },
    { code: 'const p = Math.round((variance / budget) * 10_000) / 100;', errors: [{ messageId: 'division' }, { messageId: 'division' }] },
  ],
});

const vue = new RuleTester({
  languageOptions: { parser: vueParser as never, parserOptions: { parser: tseslint.parser }, ecmaVersion: 2022, sourceType: 'module' },
});
vue.run('no-float-division in Vue templates', noFloatDivision as never, {
  valid: [{ filename: 'A.vue', code: '<template><span>{{ percent(used, pool, 0) }}%</span></template>' }],
  invalid: [
    {
      filename: 'A.vue',
      code: '<template><span>{{ Math.round((used / pool) * 100) }}%</span></template>',
      errors: [{ messageId: 'division' }],
    },
  ],
});
