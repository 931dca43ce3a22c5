import { Migration } from '@mikro-orm/migrations';

export class Migration20261205233510_CycleApprovalCompletion extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "compensation_cycles" add column "approved_by_id" uuid null, add column "eligible_at_approval" int null, add column "proposed_at_approval" int null, add column "incomplete_reason" varchar(500) null;`);
    this.addSql(`alter table "compensation_cycles" add constraint "compensation_cycles_approved_by_id_foreign" foreign key ("approved_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "compensation_cycles" drop constraint "compensation_cycles_approved_by_id_foreign";`);
    this.addSql(`alter table "compensation_cycles" drop column "approved_by_id", drop column "eligible_at_approval", drop column "proposed_at_approval", drop column "incomplete_reason";`);
  }

}
