import { Migration } from '@mikro-orm/migrations';

export class Migration20261204152353_LoginThrottles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_throttles" ("throttle_key" varchar(120) not null, "attempts" int not null, "window_start" bigint not null, constraint "login_throttles_pkey" primary key ("throttle_key"));`);

    this.addSql(`alter table "users" drop column "failed_login_count", drop column "locked_until";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttles" cascade;`);

    this.addSql(`alter table "users" add column "failed_login_count" int4 not null default 0, add column "locked_until" timestamptz(6) null;`);
  }

}
