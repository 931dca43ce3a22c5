import { Migration } from '@mikro-orm/migrations';

export class Migration20261204224724_Equipment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "equipment_assets" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version" int not null default 1, "name" varchar(160) not null, "serial_number" varchar(80) null, "cost_centre_id" uuid not null, "vendor_id" uuid null, "bill_line_id" uuid null, "cost" bigint not null, "salvage_value" bigint not null default 0, "useful_life_months" smallint not null, "in_service_on" date not null, "warranty_ends_on" date null, "next_service_on" date null, "service_every_months" smallint null, "disposed_on" date null, "notes" text null, constraint "equipment_assets_pkey" primary key ("id"));`);
    this.addSql(`create index "equipment_assets_organization_id_index" on "equipment_assets" ("organization_id");`);
    this.addSql(`create index "equipment_assets_organization_id_disposed_on_index" on "equipment_assets" ("organization_id", "disposed_on");`);

    this.addSql(`alter table "equipment_assets" add constraint "equipment_assets_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "equipment_assets" add constraint "equipment_assets_cost_centre_id_foreign" foreign key ("cost_centre_id") references "cost_centres" ("id") on update cascade;`);
    this.addSql(`alter table "equipment_assets" add constraint "equipment_assets_vendor_id_foreign" foreign key ("vendor_id") references "vendors" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "equipment_assets" add constraint "equipment_assets_bill_line_id_foreign" foreign key ("bill_line_id") references "bill_lines" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "equipment_assets" cascade;`);
  }

}
