import { Migration } from '@mikro-orm/migrations';

export class Migration20261204181151_PaymentRuns extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "bill_payments" add column "run_id" uuid null;`);
    this.addSql(`create index "bill_payments_run_id_index" on "bill_payments" ("run_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "bill_payments_run_id_index";`);
    this.addSql(`alter table "bill_payments" drop column "run_id";`);
  }

}
