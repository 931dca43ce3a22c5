import { Migration } from '@mikro-orm/migrations';

export class Migration20261206021553_Notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notifications" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "recipient_id" uuid not null, "kind" text check ("kind" in ('BUDGET_SUBMITTED', 'BUDGET_SENT_BACK', 'BUDGET_APPROVED', 'PROPOSALS_TO_REVIEW', 'CYCLE_AWAITING_APPROVAL')) not null, "title" varchar(200) not null, "text" text null, "target" text check ("target" in ('BUDGET', 'COMPENSATION_CYCLE')) not null, "target_id" uuid not null, "read_at" timestamptz null, constraint "notifications_pkey" primary key ("id"));`);
    this.addSql(`create index "notifications_recipient_id_index" on "notifications" ("recipient_id");`);
    this.addSql(`create index "notifications_organization_id_recipient_id_created_at_index" on "notifications" ("organization_id", "recipient_id", "created_at");`);

    this.addSql(`alter table "notifications" add constraint "notifications_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "budgets" add column "submitted_by_id" uuid null;`);
    this.addSql(`alter table "budgets" add constraint "budgets_submitted_by_id_foreign" foreign key ("submitted_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notifications" cascade;`);

    this.addSql(`alter table "budgets" drop constraint "budgets_submitted_by_id_foreign";`);

    this.addSql(`alter table "budgets" drop column "submitted_by_id";`);
  }

}
