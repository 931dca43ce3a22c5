import { Migration } from '@mikro-orm/migrations';

export class Migration20261206062240_PayablesDiscountIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "bills_discount_offered_paid_index" on "bills" ("organization_id", "paid_on") where "status" = 'PAID' and "discount_amount" > 0;`);

    this.addSql(`create index "bill_payments_discounts_index" on "bill_payments" ("organization_id", "paid_on", "discount") where "voided_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "bill_payments_discounts_index";`);

    this.addSql(`drop index "bills_discount_offered_paid_index";`);
  }

}
