import { Migration } from '@mikro-orm/migrations';

export class Migration20261204181132_PaymentRuns extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`bill_payments\` add column \`run_id\` text null;`);
    this.addSql(`create index \`bill_payments_run_id_index\` on \`bill_payments\` (\`run_id\`);`);
  }

}
